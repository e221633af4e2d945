import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeCodes, locales, splitLocalePath } from '../../src/lib/locales';
import { builtPages, distDir } from './dist';

const pages = builtPages();
const sharedStylesheet = pages[0]?.$('link[rel="stylesheet"]:not([media="print"])').attr('href');

describe.each(pages)('$file', ({ file, $ }) => {
	const { locale } = splitLocalePath(`/${file.replace(/index\.html$/, '')}`);

	test('declares the language of its locale', () => {
		expect($('html').attr('lang')).toBe(locales[locale].lang);
	});

	test('has a title and a meta description', () => {
		expect($('title').text().trim()).not.toBe('');
		expect($('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
	});

	// Each page's styles are in the site's one stylesheet (print aside), which a reader caches once.
	test('links the one site stylesheet and inlines no styles', () => {
		const screenSheets = $('link[rel="stylesheet"]:not([media="print"])')
			.map((_, link) => $(link).attr('href'))
			.get();
		expect(screenSheets).toEqual([sharedStylesheet]);
		expect($('style').length).toBe(0);
	});

	// Comments in component templates are for the code's readers; in the HTML every reader gets them.
	test('carries no HTML comments', () => {
		expect(readFileSync(join(distDir, file), 'utf8')).not.toContain('<!--');
	});

	// The 404 page answers every missing address, so it has no address to name as canonical.
	test('has an absolute canonical URL, unless it is the 404 page', () => {
		const canonical = $('link[rel="canonical"]').attr('href');
		if (file === '404.html') expect(canonical).toBeUndefined();
		else expect(canonical).toMatch(/^https?:\/\//);
	});
});

test('ships a 404 page', () => {
	expect(existsSync(join(distDir, '404.html'))).toBe(true);
});

test.each(localeCodes)('Pagefind wrote an index for %s', (locale) => {
	const entry = JSON.parse(
		readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
	) as {
		languages: Record<string, { hash: string; page_count: number }>;
	};
	const index = entry.languages[locales[locale].lang];
	expect(index?.page_count).toBeGreaterThan(0);
	expect(existsSync(join(distDir, 'pagefind', `pagefind.${index?.hash}.pf_meta`))).toBe(true);
});

describe('no page falls back to another language', () => {
	const starlightTranslations = join(
		distDir,
		'../node_modules/@astrojs/starlight/dist/translations',
	);
	const notices = localeCodes.map((locale) => {
		const source = readFileSync(join(starlightTranslations, `${locales[locale].lang}.js`), 'utf8');
		const notice = /"i18n\.untranslatedContent":\s*"([^"]+)"/.exec(source)?.[1];
		if (!notice) throw new Error(`Starlight has no untranslated-content notice for ${locale}`);
		return notice;
	});

	test.each(pages)('$file', ({ $ }) => {
		const text = $('main').text();
		for (const notice of notices) expect(text).not.toContain(notice);
	});
});
