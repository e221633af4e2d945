import { describe, expect, test } from 'vitest';
import { corrector, type SearchVocabulary } from '../../src/lib/search-correction';
import { correctable, namesMatch, normalizeQuery } from '../../src/lib/search-query';

const vocabulary: SearchVocabulary = {
	terms: [
		'Tekstil',
		'Chemicals',
		'Kimia',
		'las',
		'welding',
		'mold and dies',
		'IKM',
		'金型',
		'取り組み',
		'繊維',
	],
	homophones: { 型: '形方', 繊: '先線' },
};
const correctQuery = corrector(vocabulary);

describe('Latin letters', () => {
	test.each([
		['tekstl', 'tekstil'],
		['chemicls', 'chemicals'],
		['chmeicals', 'chemicals'],
		['Chemicls', 'Chemicals'],
		['Kmia', 'Kimia'],
		['mold and dise', 'mold and dies'],
		['weldin', 'welding'],
	])('%s → %s', (typed, meant) => {
		expect(correctQuery(typed)).toBe(meant);
	});

	test('corrects each unknown word of a longer query, spelt as the vocabulary spells it', () => {
		expect(correctQuery('weldng and mold')).toBe('welding and mold');
		expect(correctQuery('Chemicls and Tekstl')).toBe('Chemicals and Tekstil');
	});

	test('never corrects a known term, whatever its case or width', () => {
		for (const typed of ['welding', 'WELDING', 'ＩＫＭ', 'las', 'mold and dies']) {
			expect(correctQuery(typed), typed).toBeUndefined();
		}
	});

	test('leaves short words and far misses alone', () => {
		expect(correctQuery('lax')).toBeUndefined();
		expect(correctQuery('IKN')).toBeUndefined();
		expect(correctQuery('kwzrtq')).toBeUndefined();
		expect(correctQuery('chmcls')).toBeUndefined();
	});
});

describe('Japanese', () => {
	test('a kanji of the same reading is a near miss', () => {
		expect(correctQuery('金形')).toBe('金型');
		expect(correctQuery('先維')).toBe('繊維');
	});

	test('a kanji of another reading is not', () => {
		expect(correctQuery('金具')).toBeUndefined();
	});

	test('okurigana left out or added is a near miss', () => {
		expect(correctQuery('取組み')).toBe('取り組み');
		expect(correctQuery('取り組みの')).toBe('取り組み');
	});

	test('half-width katakana and full-width letters are the same characters, not a correction', () => {
		expect(normalizeQuery(' ｶﾅｶﾞﾀ  ＩＪＥＰＡ ')).toBe('カナガタ IJEPA');
		expect(correctQuery('金型')).toBeUndefined();
	});
});

describe('whether a result already matches', () => {
	test('a Latin word counts while it is still being typed', () => {
		expect(namesMatch('automot', ['Automotive', 'otomotif mobil'])).toBe(true);
		expect(namesMatch('IJ-EPA', ['IJEPA', 'IJ-EPA JIEPA'])).toBe(true);
		expect(namesMatch('tekstl', ['Timeline', 'Linimasa'])).toBe(false);
	});

	test('Japanese matches anywhere in the names', () => {
		expect(namesMatch('金型', ['金型', '金型 金 型'])).toBe(true);
		expect(namesMatch('金形', ['資料', '出典'])).toBe(false);
	});
});

test('only queries long enough to hold a correctable mistake are checked', () => {
	expect(['pen', 'IKM', '金'].map(correctable)).toEqual([false, false, false]);
	expect(['tekstl', 'Kmia', '金形'].map(correctable)).toEqual([true, true, true]);
});
