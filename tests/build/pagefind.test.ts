import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from './dist';

test("dist/pagefind/ holds only what the site's search fetches", () => {
	const entries = readdirSync(join(distDir, 'pagefind'), { withFileTypes: true });
	const files = entries.filter((entry) => entry.isFile()).map(({ name }) => name);
	expect(files).toContain('pagefind.js');
	expect(files).toContain('pagefind-entry.json');
	expect(files.filter((name) => name.endsWith('.pf_meta'))).toHaveLength(3);
	expect(files.some((name) => /^wasm\..+\.pagefind$/.test(name))).toBe(true);
	expect(files.filter((name) => /ui|highlight|worker/.test(name))).toEqual([]);
	const folders = entries.filter((entry) => entry.isDirectory()).map(({ name }) => name);
	expect(folders.toSorted()).toEqual(['filter', 'fragment', 'index']);
});
