import { describe, expect, it } from 'vitest';
import {
	findModuleScripts,
	moduleScriptsKey,
	withBundledModuleScripts,
} from '../../src/lib/page-scripts';

const page =
	'<head><script>classic()</script><script type="module" src="/_astro/toc.js"></script></head>' +
	'<body><p>a</p><script type="module">define("a < b")</script><script type="application/ld+json">{}</script></body>';

describe('module scripts of a page', () => {
	it('finds module scripts only, in document order, with their address or code', () => {
		const scripts = findModuleScripts(page);
		expect(scripts.map(({ src, code }) => ({ src, code }))).toEqual([
			{ src: '/_astro/toc.js', code: undefined },
			{ src: undefined, code: 'define("a < b")' },
		]);
		expect(page.slice(scripts[1].start, scripts[1].end)).toBe(
			'<script type="module">define("a < b")</script>',
		);
	});

	it('gives pages with the same scripts the same key, and other pages another', () => {
		const other = page.replace('define("a < b")', 'define("c")');
		expect(moduleScriptsKey(findModuleScripts(page))).toBe(
			moduleScriptsKey(findModuleScripts(`<p>x</p>${page}`)),
		);
		expect(moduleScriptsKey(findModuleScripts(other))).not.toBe(
			moduleScriptsKey(findModuleScripts(page)),
		);
	});

	it('replaces them with one script where the first was, and keeps everything else', () => {
		expect(withBundledModuleScripts(page, findModuleScripts(page), '/_astro/page.js')).toBe(
			'<head><script>classic()</script><script type="module" src="/_astro/page.js"></script></head>' +
				'<body><p>a</p><script type="application/ld+json">{}</script></body>',
		);
	});
});
