import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { localeCodes, localePath, locales, splitLocalePath } from '../../src/lib/locales';
import { builtPages, distDir } from './dist';

const pages = builtPages().filter(({ file }) => !file.startsWith('404'));
const site = 'http://localhost:4321';
const ogLocales = { id: 'id_ID', en: 'en_GB', ja: 'ja_JP' };

function distFileOf(url: string): string {
	const { pathname } = new URL(url);
	return join(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

describe.each(pages)('$file', ({ file, $ }) => {
	const { locale, slug } = splitLocalePath(`/${file.replace(/index\.html$/, '')}`);
	const url = `${site}${localePath(slug, locale)}`;
	const metaContent = (selector: string) => $(`meta[${selector}]`).attr('content');

	test('previews well: Open Graph and Twitter metadata in its language, with its image', () => {
		expect(metaContent('property="og:title"')).toBe($('h1').first().text().trim());
		expect(metaContent('property="og:description"')).toBeTruthy();
		expect(metaContent('property="og:url"')).toBe(url);
		expect(metaContent('property="og:site_name"')).toBeTruthy();
		expect(metaContent('property="og:locale"')).toBe(ogLocales[locale]);
		expect(
			$('meta[property="og:locale:alternate"]')
				.map((_, element) => $(element).attr('content'))
				.get()
				.sort(),
		).toEqual(
			localeCodes
				.filter((code) => code !== locale)
				.map((code) => ogLocales[code])
				.sort(),
		);
		const image = metaContent('property="og:image"') ?? '';
		expect(image).toMatch(new RegExp(`^${site}/og/.+\\.png$`));
		expect(metaContent('property="og:image:width"')).toBe('1200');
		expect(metaContent('property="og:image:height"')).toBe('630');
		expect(metaContent('name="twitter:card"')).toBe('summary_large_image');
		// The og: tags serve X too: a twitter: copy of them would only add bytes.
		expect($('meta[name="twitter:title"], meta[name="twitter:image"]').length).toBe(0);
	});

	test('has its canonical URL and its other languages, with x-default', () => {
		expect($('link[rel="canonical"]').attr('href')).toBe(url);
		const alternates = Object.fromEntries(
			$('link[rel="alternate"][hreflang]')
				.map((_, element) => [[$(element).attr('hreflang'), $(element).attr('href')]])
				.get() as [string, string][],
		);
		for (const code of localeCodes)
			expect(alternates[locales[code].lang]).toBe(`${site}${localePath(slug, code)}`);
		expect(alternates['x-default']).toBe(`${site}${localePath(slug, 'id')}`);
		for (const href of Object.values(alternates))
			expect(existsSync(distFileOf(href)), href).toBe(true);
	});

	test('describes itself in JSON-LD that parses', () => {
		const scripts = $('script[type="application/ld+json"]');
		expect(scripts.length).toBe(1);
		const data = JSON.parse(scripts.text()) as Record<string, unknown> & {
			breadcrumb: { itemListElement: { item: string }[] };
		};
		expect(data['@type']).toBe('WebPage');
		expect(data.url).toBe(url);
		expect(data.inLanguage).toBe(locale);
		expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const crumbs = data.breadcrumb.itemListElement;
		expect(crumbs[0]?.item).toBe(`${site}${localePath('', locale)}`);
		expect(crumbs.at(-1)?.item).toBe(url);
	});

	test('shows when it was published and last updated, and how to share, cite and report it', () => {
		expect($('.page-dates time').length).toBeGreaterThanOrEqual(2);
		expect($('#permalink').attr('value')).toBe(url);
		expect($('.share .citation').text()).toContain(url);
		expect($('.share img[src$="/qr.svg"]').attr('alt')).toBeTruthy();
		// Every page but the home page, which needs none, offers a short link that leads back to it.
		const shortLink = $('.share a[href*="/s/"]').attr('href');
		expect(Boolean(shortLink)).toBe(slug !== '');
		if (shortLink)
			expect(readFileSync(distFileOf(shortLink), 'utf8')).toContain(`url=${new URL(url).pathname}`);
		expect($('.share a').last().attr('href')).toBeTruthy();
		expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe(
			`${localePath('', locale)}feed.xml`,
		);
	});
});

test.each(localeCodes)('the %s feed lists every page of its language', (locale) => {
	const feed = load(readFileSync(join(distDir, localePath('', locale), 'feed.xml'), 'utf8'), {
		xml: true,
	});
	expect(feed('channel > language').text()).toBe(locale);
	const links = new Set(
		feed('item > link')
			.map((_, element) => feed(element).text().split('#')[0])
			.get(),
	);
	const pagesOfLocale = pages.filter(
		({ file }) => splitLocalePath(`/${file.replace(/index\.html$/, '')}`).locale === locale,
	);
	expect(links.size).toBe(pagesOfLocale.length);
	for (const link of links) expect(existsSync(distFileOf(link)), link).toBe(true);
});

test('the sitemap lists every page with its alternates, and robots.txt points at it', () => {
	const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
	const $ = load(sitemap, { xml: true });
	expect($('url').length).toBe(pages.length);
	$('url').each((_, element) => {
		expect($(element).find('xhtml\\:link[hreflang]').length).toBe(localeCodes.length);
	});
	expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(
		`Sitemap: ${site}/sitemap-index.xml`,
	);
});

test('/api/programme.json is valid against the JSON Schema published beside it', () => {
	const data = JSON.parse(readFileSync(join(distDir, 'api/programme.json'), 'utf8')) as {
		sectors: { url: Record<string, string> }[];
		pages: { url: Record<string, string> }[];
	};
	const schema = JSON.parse(
		readFileSync(join(distDir, 'api/programme.schema.json'), 'utf8'),
	) as object;
	const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
	expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
	expect(data.sectors).toHaveLength(6);
	for (const page of [...data.sectors, ...data.pages]) {
		for (const href of Object.values(page.url))
			expect(existsSync(distFileOf(href)), href).toBe(true);
	}
});

test('key sections keep the same language-independent ids in every language', () => {
	const idsOf = (file: string) =>
		load(readFileSync(join(distDir, file), 'utf8'))('.sl-markdown-content h2[id]')
			.map((_, element) => element.attribs.id)
			.get();
	for (const { file } of pages.filter(({ file }) => splitLocalePath(`/${file}`).locale === 'id')) {
		const ids = idsOf(file);
		for (const locale of ['en', 'ja'] as const)
			expect(idsOf(`${locale}/${file}`), `${locale}/${file}`).toEqual(ids);
	}
	const framework = idsOf('framework/index.html');
	for (const id of ['parties', 'signing', 'agreement', 'scope', 'implementation', 'pilots'])
		expect(framework).toContain(id);
	const status = idsOf('status/index.html');
	for (const id of ['summary', 'matrix', 'technical-arrangement', 'activities', 'not-known'])
		expect(status).toContain(id);
	const sector = idsOf('sectors/automotive/index.html');
	for (const id of ['scope', 'status', 'connections', 'history', 'timeline', 'related'])
		expect(sector).toContain(id);
});
