import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { subpathBase as base } from '../support/nginx';

/** The site built with BASE_PATH=/new-midec/ (`npm run build:subpath`). */
const distDir = join(import.meta.dirname, '../../dist-subpath');
const htmlFiles = globSync('**/*.html', { cwd: distDir }).sort();

test('the sub-path build exists', () => {
	expect(htmlFiles.length, 'run `npm run build:subpath` first').toBeGreaterThan(70);
});

describe.each(htmlFiles)('%s', (file) => {
	const $ = load(readFileSync(join(distDir, file), 'utf8'));

	test('every root-relative link and asset is under the base path', () => {
		const addresses = $('[href], [src]')
			.map((_, element) => $(element).attr('href') ?? $(element).attr('src'))
			.get()
			.filter((address) => address.startsWith('/') && !address.startsWith('//'));
		for (const address of addresses) expect(address, address).toMatch(new RegExp(`^${base}`));
	});

	test('canonical URL, preview image and search live under the base path', () => {
		for (const selector of [
			'link[rel="canonical"]',
			'meta[property="og:image"]',
			'meta[property="og:url"]',
		]) {
			const value = $(selector).attr('href') ?? $(selector).attr('content');
			if (value) expect(new URL(value).pathname, selector).toMatch(new RegExp(`^${base}`));
		}
		const search = $('site-search');
		if (search.length) {
			expect(search.attr('data-bundle')).toBe(`${base}pagefind/`);
			expect(search.attr('data-base')).toBe(base);
		}
	});
});

test('search index, feeds, data and robots.txt are built for the sub-path', () => {
	expect(existsSync(join(distDir, 'pagefind/pagefind.js'))).toBe(true);
	const api = readFileSync(join(distDir, 'api/programme.json'), 'utf8');
	expect(api).toContain(`${base}sectors/automotive/`);
	expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`${base}sitemap-index.xml`);
	expect(readFileSync(join(distDir, 'en/feed.xml'), 'utf8')).toContain(`${base}en/framework/`);
});

test('the security headers of _headers hosts apply under the sub-path', () => {
	const headers = readFileSync(join(distDir, '_headers'), 'utf8');
	expect(headers.split('\n')[0]).toBe(`${base}*`);
	expect(headers).toContain("  Content-Security-Policy: default-src 'none'; script-src 'self'");
});
