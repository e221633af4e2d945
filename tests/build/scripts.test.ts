import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assetsFolder } from '../../src/integrations/precompressed-assets';
import { builtPages, distDir } from './dist';

// Every page loads the same few script files: each is read once.
const codeByFile = new Map<string, string>();
function codeOf(file: string): string {
	const code = codeByFile.get(file) ?? readFileSync(join(distDir, file), 'utf8');
	codeByFile.set(file, code);
	return code;
}

/** A script file of the build with the files it imports statically, by their paths in dist/. */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = codeOf(file);
	for (const [, imported] of code.matchAll(
		/(?:^|[;}])\s*import\s*(?:[^'"`(]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g,
	))
		withStaticImports(join(assetsFolder, imported ?? ''), seen);
	return seen;
}

// Vite's preload helper looks for `modulepreload` support; the site preloads nothing.
const preloadHelper = 'modulepreload';

describe.each(builtPages())('$file', ({ $ }) => {
	const scriptFiles = new Set(
		$('script[src]')
			.map((_, script) => $(script).attr('src')?.replace(/^\//, '') ?? '')
			.get()
			.flatMap((file) => [...withStaticImports(file)]),
	);
	const loadedCode = [
		...$('script:not([src])').map((_, script) => $(script).text()),
		...[...scriptFiles].map(codeOf),
	];

	test('loads no search engine and no preload helper until the reader opens search', () => {
		expect([...scriptFiles].filter((file) => /search-engine|pagefind/.test(file))).toEqual([]);
		expect(loadedCode.filter((code) => code.includes(preloadHelper))).toEqual([]);
		expect(
			loadedCode.some((code) => /import\(`[^`]*\/_astro\/search-engine\.[\w-]+\.js`\)/.test(code)),
		).toBe(true);
	});
});
