import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadProgramme } from '../../src/lib/programme/load';
import { pageSearchKeywords, peopleNamedIn, searchVocabulary } from '../../src/lib/search-keywords';

const programme = loadProgramme(join(import.meta.dirname, '../../content/programme'));

test('the framework page is found by who signed and attended it, where, when and its signing', () => {
	const keywords = pageSearchKeywords(programme, {
		slug: 'framework',
		titles: ['Dokumen kerangka'],
		pageType: 'programme',
		about: 'framework',
	});
	expect(keywords).toEqual(
		expect.arrayContaining([
			'Airlangga Hartarto',
			'世耕弘成',
			'Enggartiasto Lukita',
			'Osaka, Japan',
			'大阪',
			'27 June 2019',
			'27 Juni 2019',
			'2019年6月27日',
			'penandatanganan',
			'署名',
		]),
	);
});

test('the IJEPA page is found by every abbreviation, title, signatory, place and the Protocol', () => {
	const keywords = pageSearchKeywords(programme, {
		slug: 'ijepa',
		titles: ['IJEPA'],
		pageType: 'programme',
		about: 'agreement',
	});
	expect(keywords).toEqual(
		expect.arrayContaining([
			...programme.agreement.abbreviations,
			programme.agreement.titles.ja,
			'Shinzo Abe',
			'Jakarta',
			'東京',
			'20 August 2007',
			'Protocol',
			'改正議定書',
		]),
	);
});

test('a sector page is found by every name, synonym and wording of it', () => {
	const keywords = pageSearchKeywords(programme, {
		slug: 'themes/mold-and-dies',
		titles: ['Mold and dies (cetakan)'],
		pageType: 'theme',
		subject: 'mold-and-dies',
	});
	const theme = programme.themes.find(({ id }) => id === 'mold-and-dies');
	expect(keywords).toEqual(
		expect.arrayContaining([theme?.name.ja, ...(theme?.synonyms.en ?? []), 'mold & dies']),
	);
});

test('a page is found by the people it names, but the home and reference pages by their titles only', () => {
	const body =
		'Menteri <Value of="people.hiroshi-kajiyama" /> dan <Value of="people.masrokhan.name" />';
	expect(peopleNamedIn(body)).toEqual(['hiroshi-kajiyama', 'masrokhan']);
	const status = pageSearchKeywords(programme, {
		slug: 'status',
		titles: ['Status'],
		pageType: 'programme',
		body,
	});
	expect(status).toEqual(expect.arrayContaining(['Hiroshi Kajiyama', '梶山弘志', 'マスロハン']));
	for (const page of [
		{ slug: '', pageType: 'programme' },
		{ slug: 'glossary', pageType: 'reference' },
	]) {
		expect(pageSearchKeywords(programme, { ...page, titles: ['Title'], body })).toEqual(['Title']);
	}
});

test('the vocabulary has every name once, whatever its case', () => {
	const terms = searchVocabulary(programme, [
		{ slug: 'sectors/textiles', titles: ['Tekstil'], pageType: 'sector', subject: 'textiles' },
	]);
	expect(terms).toEqual(expect.arrayContaining(['Tekstil', '繊維', 'Kemenperin', 'New MIDEC']));
	const lower = terms.map((term) => term.toLowerCase());
	expect(new Set(lower).size).toBe(lower.length);
});
