import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { isKanji } from '../../src/lib/kana';
import { localeCodes, localePath, splitLocalePath, type Locale } from '../../src/lib/locales';
import { loadProgramme } from '../../src/lib/programme/load';
import { subjectSlug } from '../../src/lib/programme/lookup';
import type { SearchVocabulary } from '../../src/lib/search-correction';
import { builtPages, distDir } from '../build/dist';
import { wcagTags } from '../support/axe';
import { subpathBase, subpathE2ePort } from '../support/nginx';
import { firstResultFor, openSearch, searchButtonNames } from './search-helpers';

const programme = loadProgramme(join(import.meta.dirname, '../../content/programme'));
const vocabulary = JSON.parse(
	readFileSync(join(distDir, 'search-vocabulary.json'), 'utf8'),
) as SearchVocabulary;
const subjects = [
	...programme.sectors.map((subject) => ({ subject, slug: subjectSlug('sector', subject.id) })),
	...programme.themes.map((subject) => ({ subject, slug: subjectSlug('theme', subject.id) })),
];

/**
 * One typing mistake in a name, as a reader makes it: in Latin letters, two neighbours swapped in
 * its longest word (or, every other name, a letter left out); in Japanese, the first kanji that has
 * a homophone replaced by it (金型 → 金形).
 */
function typo(name: string, variant: number): string {
	if ([...name].some(isKanji)) {
		const characters = [...name];
		const index = characters.findIndex((character) => vocabulary.homophones[character]);
		if (index < 0) throw new Error(`no kanji of ${name} has a homophone`);
		characters[index] = [...(vocabulary.homophones[characters[index] ?? ''] ?? '')][0] ?? '';
		return characters.join('');
	}
	const words = name.split(' ');
	const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
	const at = Math.floor(longest.length / 2);
	const mistaken =
		variant % 2
			? longest.slice(0, at) + longest.slice(at + 1)
			: longest.slice(0, at - 1) +
				longest.charAt(at) +
				longest.charAt(at - 1) +
				longest.slice(at + 1);
	return words.map((word) => (word === longest ? mistaken : word)).join(' ');
}

for (const locale of localeCodes) {
	test(`a typing mistake in any name of a sector or theme still finds it first from the ${locale} search box`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await openSearch(page, locale);
		let variant = 0;
		for (const { subject, slug } of subjects) {
			for (const nameLocale of localeCodes) {
				const query = typo(subject.name[nameLocale], variant++);
				expect(await firstResultFor(page, query), `${query} → ${slug}`).toBe(
					localePath(slug, locale),
				);
			}
		}
	});
}

/** Each built page's address, kind and main text, read once. */
const builtPageTexts = builtPages().flatMap(({ $ }) => {
	const canonical = $('link[rel="canonical"]').attr('href');
	if (!canonical) return [];
	return [
		{
			path: new URL(canonical).pathname,
			kind: $('meta[name="pagefind-kind"]').attr('content'),
			text: $('main').text(),
		},
	];
});

const referenceKind = Object.fromEntries(
	localeCodes.map((locale) => [
		locale,
		(
			JSON.parse(
				readFileSync(join(import.meta.dirname, `../../content/i18n/${locale}.json`), 'utf8'),
			) as Record<string, string>
		)['search.kind.reference'],
	]),
) as Record<Locale, string | undefined>;

/**
 * The pages about `text`: those of the locale whose main text names it, other than the home page
 * and the reference pages (glossary, sources), which only summarise.
 */
function pagesAbout(text: string, locale: Locale): string[] {
	return builtPageTexts
		.filter(
			(page) =>
				splitLocalePath(page.path).locale === locale &&
				page.path !== localePath('', locale) &&
				page.kind !== referenceKind[locale] &&
				page.text.includes(text),
		)
		.map(({ path }) => path);
}

test.describe('people and places of the programme', () => {
	for (const locale of localeCodes) {
		test(`each finds the page about them first from the ${locale} search box`, async ({ page }) => {
			test.setTimeout(120_000);
			await openSearch(page, locale);
			const { framework, agreement } = programme;
			const cases = [
				...programme.people.map((person) => ({
					query: person.name[locale],
					expected: pagesAbout(person.name[locale], locale),
				})),
				{ query: framework.place[locale], expected: [localePath('framework', locale)] },
				{ query: agreement.signedPlace[locale], expected: [localePath('ijepa', locale)] },
				{
					query: agreement.protocol.concludedPlace[locale],
					expected: [localePath('ijepa', locale)],
				},
			];
			for (const { query, expected } of cases) {
				expect(expected.length, `a page names ${query}`).toBeGreaterThan(0);
				expect(expected, query).toContain(await firstResultFor(page, query));
			}
		});
	}
});

test('a corrected query says so, and the reader can search for what was typed', async ({
	page,
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await openSearch(page, 'en');
	const dialog = page.getByRole('dialog');
	const status = dialog.getByRole('status');

	expect(await firstResultFor(page, 'welding')).toBe('/en/themes/welding/');
	await expect(status).toHaveText(/^\d+ results? for “welding”$/);
	expect(fetched, 'a query that matches loads no vocabulary').not.toContain(
		'/search-vocabulary.json',
	);

	expect(await firstResultFor(page, 'chemicls')).toBe('/en/sectors/chemicals/');
	await expect(status).toHaveText(
		/^Showing results for “chemicals” instead of “chemicls”\. \d+ results? for “chemicals”$/,
	);
	const asTyped = dialog.getByRole('button', { name: 'Search for “chemicls” instead' });
	await asTyped.focus();
	await page.keyboard.press('Enter');
	await expect(status).toHaveText(/“chemicls”/);
	await expect(status).not.toHaveText(/chemicals/);
	await expect(asTyped).toBeHidden();
	await expect(dialog.getByRole('searchbox')).toBeFocused();
	expect(fetched.filter((path) => path === '/search-vocabulary.json')).toHaveLength(1);
});

for (const theme of ['light', 'dark']) {
	test(`a corrected search passes axe in the ${theme} theme`, async ({ page }) => {
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await openSearch(page, 'ja');
		expect(await firstResultFor(page, '金形')).toBe('/ja/themes/mold-and-dies/');
		await expect(
			page.getByRole('dialog').getByRole('button', { name: '「金形」で検索する' }),
		).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		expect(
			violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`),
		).toEqual([]);
	});
}

test('full-width letters and half-width katakana are read as the usual forms', async ({ page }) => {
	await openSearch(page, 'ja');
	expect(await firstResultFor(page, 'ＩＪＥＰＡ')).toBe('/ja/ijepa/');
	await expect(page.getByRole('dialog').getByRole('button', { name: /で検索する$/ })).toBeHidden();
});

test.describe('search under a sub-path', () => {
	const origin = `https://127.0.0.1:${subpathE2ePort}`;
	for (const [locale, query, slug] of [
		['id', 'tekstl', 'sectors/textiles'],
		['en', 'mould', 'themes/mold-and-dies'],
		['ja', '金形', 'themes/mold-and-dies'],
	] as const) {
		test(`"${query}" typed on the ${locale} site under ${subpathBase} finds ${slug}`, async ({
			page,
		}) => {
			await page.goto(origin + localePath('', locale, subpathBase));
			await page.getByRole('button', { name: searchButtonNames[locale] }).click();
			expect(await firstResultFor(page, query)).toBe(localePath(slug, locale, subpathBase));
		});
	}
});
