import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { localeCodes, localePath } from '../../src/lib/locales';
import { readBuiltSite } from '../../src/lib/permalinks';
import {
	parseNetlifyRedirects,
	parseNginxRedirects,
	servedRedirects,
	slugPath,
} from '../../src/lib/redirects';
import { subjectSlug } from '../../src/lib/programme/lookup';
import { programme } from '../../src/programme';
import { movedPages, pagePaths, redirects, shortLinks } from '../../src/redirects';
import { distDir } from './dist';

// The build under test may have been made under a sub-path: BASE_PATH=/new-midec/ npm run build.
const base = process.env.BASE_PATH ?? '/';
const site = readBuiltSite(distDir);
/** Each redirect in each locale, as served: under the base. */
const served = servedRedirects(redirects, base);
/** The same, base-less (as in dist/), with the served target: what each redirect page must say. */
const expected = servedRedirects(redirects).map(({ from, to }, index) => ({
	from,
	to,
	target: served[index]?.to,
}));

describe('every redirect has a static page pointing at its target', () => {
	test.each(expected)('$from → $target', ({ from, to, target }) => {
		const $ = load(readFileSync(join(distDir, from, 'index.html'), 'utf8'));
		expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
		const canonical = $('link[rel="canonical"]').attr('href') ?? '';
		expect(new URL(canonical).pathname).toBe(target);
		expect($('meta[name="robots"]').attr('content')).toBe('noindex');
		expect(site.pages, `${to} is not a built page`).toContain(to);
	});
});

test('dist/ has no redirect pages other than those of the list', () => {
	expect([...site.redirects.keys()].sort()).toEqual(expected.map(({ from }) => from).sort());
});

describe('server redirect files give exactly the same pairs', () => {
	const netlify = parseNetlifyRedirects(readFileSync(join(distDir, '_redirects'), 'utf8'));
	const nginx = parseNginxRedirects(readFileSync(join(distDir, 'nginx-redirects.conf'), 'utf8'));

	test('_redirects', () => expect(netlify).toEqual(served));
	test('nginx-redirects.conf', () => expect(nginx).toEqual(served));
	test('_redirects and nginx-redirects.conf agree', () => expect(nginx).toEqual(netlify));
	test('every line of both files is a 301 redirect', () => {
		const lines = (file: string) =>
			readFileSync(join(distDir, file), 'utf8')
				.split('\n')
				.filter((line) => line && !line.startsWith('#'));
		for (const line of lines('_redirects')) expect(line).toMatch(/^\S+ \S+ 301$/);
		expect(lines('nginx-redirects.conf')).toHaveLength(nginx.length);
	});
});

describe('the moved pages of content/redirects.yaml', () => {
	test('/sector/ goes to /sectors/ in every language', () => {
		expect(movedPages).toContainEqual({ from: '/sector/', to: '/sectors/' });
		for (const locale of localeCodes) {
			expect(site.redirects.get(localePath('sector', locale))).toBe(
				localePath('sectors', locale, base),
			);
		}
	});
});

describe('short links', () => {
	test.each([
		['/s/otomotif/', '/sectors/automotive/'],
		['/s/automotive/', '/sectors/automotive/'],
		['/en/s/cetakan/', '/en/themes/mold-and-dies/'],
		['/ja/s/mold-and-dies/', '/ja/themes/mold-and-dies/'],
		['/s/pengelasan/', '/themes/welding/'],
		['/en/s/welding/', '/en/themes/welding/'],
		['/s/ikm/', '/themes/sme-development/'],
		['/ja/s/framework/', '/ja/framework/'],
		['/s/midec-2008/', '/midec-2008/'],
	])('%s → %s', (from, to) => {
		expect(site.redirects.get(from)).toBe(localePath(to, 'id', base));
	});

	test('every sector, theme and main page has a short link of its id', () => {
		const aliases = new Map(shortLinks.map(({ alias, slug }) => [alias, slug]));
		for (const { id } of programme.sectors) expect(aliases.get(id)).toBe(subjectSlug('sector', id));
		for (const { id } of programme.themes) expect(aliases.get(id)).toBe(subjectSlug('theme', id));
		const mainPages = pagePaths.filter((path) => /^\/[^/]+\/$/.test(path));
		expect(mainPages.length).toBeGreaterThanOrEqual(10);
		for (const path of mainPages) expect(slugPath(aliases.get(path.slice(1, -1)) ?? '')).toBe(path);
	});

	test('redirect pages are not in the sitemap', () => {
		const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
		for (const from of site.redirects.keys()) expect(sitemap).not.toContain(`${from}<`);
	});
});
