import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir } from './dist';

/** A script file of the build with the files it imports statically, by their paths in dist/. */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = readFileSync(join(distDir, file), 'utf8');
	for (const [, imported] of code.matchAll(
		/(?:^|[;}])\s*import\s*(?:[^'"`(]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g,
	))
		withStaticImports(join('_astro', imported ?? ''), seen);
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
		...[...scriptFiles].map((file) => readFileSync(join(distDir, file), 'utf8')),
	];

	test('loads no search engine and no preload helper until the reader opens search', () => {
		expect([...scriptFiles].filter((file) => /search-engine|pagefind/.test(file))).toEqual([]);
		expect(loadedCode.filter((code) => code.includes(preloadHelper))).toEqual([]);
		expect(
			loadedCode.some((code) => /import\(`[^`]*\/_astro\/search-engine\.[\w-]+\.js`\)/.test(code)),
		).toBe(true);
	});
});
