import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadProgramme } from '../../src/lib/programme/load';
import {
	aliasesOfName,
	buildShortLinks,
	shortLinkTargets,
	ShortLinkError,
	slugifyAlias,
	preferredShortLink,
	type ShortLink,
} from '../../src/lib/short-links';

const programme = loadProgramme(join(import.meta.dirname, '../../content/programme'));
const mainPages = ['about', 'framework', 'sectors', 'themes'];

describe('slugifyAlias', () => {
	test.each([
		['Otomotif', 'otomotif'],
		['Makanan dan minuman', 'makanan-dan-minuman'],
		['food & beverages', 'food-and-beverages'],
		['Industry 4.0', 'industry-4-0'],
		['logam non-ferro', 'logam-non-ferro'],
		['Pengembangan IKM', 'pengembangan-ikm'],
		['Café  crème', 'cafe-creme'],
		['  --Mold   and dies--  ', 'mold-and-dies'],
		['ＳＭＥ', 'sme'],
	])('%s → %s', (text, alias) => {
		expect(slugifyAlias(text)).toBe(alias);
	});

	test.each(['自動車', 'インダストリー4.0', '!!!', ''])('%s has no ASCII alias', (text) => {
		expect(slugifyAlias(text)).toBeUndefined();
	});
});

describe('aliasesOfName', () => {
	test('a gloss in brackets gives the name and the gloss each on their own', () => {
		expect(aliasesOfName('Mold and dies (cetakan)')).toEqual(['mold-and-dies', 'cetakan']);
	});

	test('a plain name gives its slug', () => {
		expect(aliasesOfName('Pengelasan')).toEqual(['pengelasan']);
		expect(aliasesOfName('溶接')).toEqual([]);
	});
});

describe('buildShortLinks', () => {
	const links = buildShortLinks(shortLinkTargets(programme, mainPages));
	const target = (alias: string) => links.find((link) => link.alias === alias)?.slug;

	test('ids, Indonesian and English names and synonyms of sectors and themes', () => {
		expect(target('automotive')).toBe('sectors/automotive');
		expect(target('otomotif')).toBe('sectors/automotive');
		expect(target('mold-and-dies')).toBe('themes/mold-and-dies');
		expect(target('cetakan')).toBe('themes/mold-and-dies');
		expect(target('welding')).toBe('themes/welding');
		expect(target('pengelasan')).toBe('themes/welding');
		expect(target('ikm')).toBe('themes/sme-development');
		expect(target('food-and-beverages')).toBe('sectors/food-and-beverage');
	});

	test('main pages by their slug', () => {
		expect(target('framework')).toBe('framework');
		expect(target('sectors')).toBe('sectors');
	});

	test('every sector and theme has its id as an alias', () => {
		for (const { id } of programme.sectors) expect(target(id)).toBe(`sectors/${id}`);
		for (const { id } of programme.themes) expect(target(id)).toBe(`themes/${id}`);
	});

	test('aliases are lowercase ASCII with hyphens, sorted, each once', () => {
		const aliases = links.map(({ alias }) => alias);
		for (const alias of aliases) expect(alias).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		expect(aliases).toEqual([...new Set(aliases)].sort());
	});

	test('an alias given twice for the same page is kept once, with both origins', () => {
		const [link] = buildShortLinks([
			{
				slug: 'themes/welding',
				names: [
					{ text: 'welding', where: 'a' },
					{ text: 'Welding', where: 'b' },
				],
			},
		]);
		expect(link).toEqual({
			alias: 'welding',
			slug: 'themes/welding',
			origins: [
				{ text: 'welding', where: 'a' },
				{ text: 'Welding', where: 'b' },
			],
		});
	});

	test('two pages claiming one alias fail, naming both', () => {
		const claim = () =>
			buildShortLinks([
				{
					slug: 'sectors/metals',
					names: [{ text: 'Metal', where: 'sectors.yaml, entry "metals"' }],
				},
				{
					slug: 'themes/metal-working',
					names: [{ text: 'metal', where: 'themes.yaml, entry "metal-working"' }],
				},
			]);
		expect(claim).toThrow(ShortLinkError);
		expect(claim).toThrow(
			'/s/metal/ would go to /sectors/metals/ (sectors.yaml, entry "metals": "Metal") and to /themes/metal-working/ (themes.yaml, entry "metal-working": "metal")',
		);
	});

	test('a synonym that repeats another entry’s name names the data file, entry and field', () => {
		const changed = structuredClone(programme);
		changed.sectors[1]?.synonyms.en.push('Automotive');
		expect(() => buildShortLinks(shortLinkTargets(changed, mainPages))).toThrow(
			/\/s\/automotive\/ would go to \/sectors\/automotive\/ \(content\/programme\/sectors\.yaml, entry "automotive", field "id": "automotive"; .*\) and to \/sectors\/electronics\/ \(content\/programme\/sectors\.yaml, entry "electronics", field "synonyms\.en\[2\]": "Automotive"\)/,
		);
	});

	test('a main page slug that is also an entry name fails', () => {
		expect(() => buildShortLinks(shortLinkTargets(programme, ['welding']))).toThrow(
			/\/s\/welding\/ would go to \/welding\/ \(the page \/welding\/: "welding"\) and to \/themes\/welding\//,
		);
	});
});

describe('preferredShortLink', () => {
	const origins: ShortLink['origins'] = [];
	const links: ShortLink[] = [
		{ alias: 'automotive', slug: 'sectors/automotive', origins },
		{ alias: 'otomotif', slug: 'sectors/automotive', origins },
		{ alias: 'framework', slug: 'framework', origins },
	];

	test("prefers the alias of the page's name in the reader's language", () => {
		expect(preferredShortLink(links, 'sectors/automotive', ['Otomotif'])?.alias).toBe('otomotif');
	});

	test('falls back to the slug, for names that make no alias', () => {
		expect(preferredShortLink(links, 'sectors/automotive', ['自動車'])?.alias).toBe('automotive');
	});

	test('gives nothing for a page without short links', () => {
		expect(preferredShortLink(links, 'glossary', ['Glossary'])).toBeUndefined();
	});
});
