import { describe, expect, it } from 'vitest';
import { withElementsReplaced } from '../../src/lib/html-elements';
import {
	findInlineClassicScripts,
	findModuleScripts,
	moduleScriptsKey,
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
		const bundle = '<script type="module" src="/_astro/page.js"></script>';
		expect(withElementsReplaced(page, findModuleScripts(page), bundle)).toBe(
			'<head><script>classic()</script><script type="module" src="/_astro/page.js"></script></head>' +
				'<body><p>a</p><script type="application/ld+json">{}</script></body>',
		);
	});
});

describe('classic scripts of a page', () => {
	it('finds the inline classic scripts only, with the place of their code', () => {
		const scripts = findInlineClassicScripts(
			`${page}<script type="text/javascript">late()</script><script src="/a.js"></script>`,
		);
		expect(scripts.map(({ code }) => code)).toEqual(['classic()', 'late()']);
		const [first] = scripts;
		expect(page.slice(first.codeRange.start, first.codeRange.end)).toBe('classic()');
		expect(page.slice(first.start, first.end)).toBe('<script>classic()</script>');
	});
});
