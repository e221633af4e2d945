import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { localeCodes, localePath } from '../../src/lib/locales';
import { loadProgramme } from '../../src/lib/programme/load';
import { subjectSlug } from '../../src/lib/programme/lookup';
import { searchRanking } from '../../src/lib/search-ranking';
import { firstResultFor, openSearch } from './search-helpers';

const programme = loadProgramme(join(import.meta.dirname, '../../content/programme'));
const subjects = [
	...programme.sectors.map((subject) => ({ subject, slug: subjectSlug('sector', subject.id) })),
	...programme.themes.map((subject) => ({ subject, slug: subjectSlug('theme', subject.id) })),
];
/** The other words for a sector, theme, the framework document and IJEPA, and their pages. */
const synonyms = [
	...subjects.map(({ subject, slug }) => ({
		slug,
		words: localeCodes.flatMap((code) => subject.synonyms[code]),
	})),
	{ slug: 'framework', words: localeCodes.flatMap((code) => programme.framework.synonyms[code]) },
	{
		slug: 'ijepa',
		words: [
			...programme.agreement.abbreviations,
			...localeCodes.flatMap((code) => programme.agreement.synonyms[code]),
		],
	},
];

for (const locale of localeCodes) {
	test(`every synonym and abbreviation in the data finds its page first from the ${locale} search box`, async ({
		page,
	}) => {
		await page.goto(localePath('', locale));
		const misses = await page.evaluate(
			async ({ cases, ranking, bundle }) => {
				const pagefind = await import(/* @vite-ignore */ bundle);
				await pagefind.options({ ranking, noWorker: true });
				const wrong: string[] = [];
				for (const { query, expected } of cases) {
					const { results } = await pagefind.search(query);
					const first = results[0] ? (await results[0].data()).url : 'nothing';
					if (first !== expected) wrong.push(`${query} → ${first} (expected ${expected})`);
				}
				return wrong;
			},
			{
				bundle: '/pagefind/pagefind.js',
				ranking: searchRanking,
				cases: synonyms.flatMap(({ slug, words }) =>
					words.map((query) => ({ query, expected: localePath(slug, locale) })),
				),
			},
		);
		expect(misses).toEqual([]);
	});
}

test.describe('Indonesian and Japanese words', () => {
	const siteNames = { id: 'Indonesian', ja: 'Japanese' } as const;
	for (const [locale, query, slug] of [
		['id', 'pengelasan', 'themes/welding'],
		['id', 'las', 'themes/welding'],
		['id', 'cetakan', 'themes/mold-and-dies'],
		['id', 'IKM', 'themes/sme-development'],
		['ja', '金型', 'themes/mold-and-dies'],
		['ja', '溶接', 'themes/welding'],
		['ja', '中小企業振興', 'themes/sme-development'],
		['ja', '中小企業 振興', 'themes/sme-development'],
		['ja', '金属加工', 'themes/metal-working'],
		['ja', '金属 加工', 'themes/metal-working'],
	] as const) {
		test(`"${query}" on the ${siteNames[locale]} site finds ${slug}`, async ({ page }) => {
			await openSearch(page, locale);
			expect(await firstResultFor(page, query)).toBe(localePath(slug, locale));
		});
	}
});
