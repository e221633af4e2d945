import { describe, expect, test } from 'vitest';
import { ogImagePath } from '../../src/lib/og-image-path';

describe('ogImagePath', () => {
	test.each([
		['index.html', 'og/index.png'],
		['en/index.html', 'og/en/index.png'],
		['ja/index.html', 'og/ja/index.png'],
		['framework/index.html', 'og/framework.png'],
		['en/framework/index.html', 'og/en/framework.png'],
		['ja/sectors/automotive/index.html', 'og/ja/sectors/automotive.png'],
		['en/sectors/index.html', 'og/en/sectors.png'],
		['404.html', 'og/404.png'],
		['en/404.html', 'og/en/404.png'],
		['reindex.html', 'og/reindex.png'],
	])('%s → %s', (html, png) => {
		expect(ogImagePath(html)).toBe(png);
	});

	test('accepts a leading ./ or / and Windows separators', () => {
		expect(ogImagePath('./en/framework/index.html')).toBe('og/en/framework.png');
		expect(ogImagePath('/404.html')).toBe('og/404.png');
		expect(ogImagePath('ja\\themes\\welding\\index.html')).toBe('og/ja/themes/welding.png');
	});

	test('gives every page of a site its own image', () => {
		const pages = [
			'index.html',
			'en/index.html',
			'framework/index.html',
			'en/framework/index.html',
			'sectors/index.html',
			'sectors/metals/index.html',
			'404.html',
		];
		expect(new Set(pages.map(ogImagePath)).size).toBe(pages.length);
	});

	test('rejects what is not an HTML file', () => {
		expect(() => ogImagePath('sitemap-index.xml')).toThrow(/not an HTML file/);
	});
});
