import { describe, expect, test } from 'vitest';
import { correctQuery, type SearchVocabulary } from '../../src/lib/search-correction';
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
		expect(correctQuery(typed, vocabulary)).toBe(meant);
	});

	test('corrects each unknown word of a longer query, spelt as the vocabulary spells it', () => {
		expect(correctQuery('weldng and mold', vocabulary)).toBe('welding and mold');
		expect(correctQuery('Chemicls and Tekstl', vocabulary)).toBe('Chemicals and Tekstil');
	});

	test('never corrects a known term, whatever its case or width', () => {
		for (const typed of ['welding', 'WELDING', 'ＩＫＭ', 'las', 'mold and dies']) {
			expect(correctQuery(typed, vocabulary), typed).toBeUndefined();
		}
	});

	test('leaves short words and far misses alone', () => {
		expect(correctQuery('lax', vocabulary)).toBeUndefined();
		expect(correctQuery('IKN', vocabulary)).toBeUndefined();
		expect(correctQuery('kwzrtq', vocabulary)).toBeUndefined();
		expect(correctQuery('chmcls', vocabulary)).toBeUndefined();
	});
});

describe('Japanese', () => {
	test('a kanji of the same reading is a near miss', () => {
		expect(correctQuery('金形', vocabulary)).toBe('金型');
		expect(correctQuery('先維', vocabulary)).toBe('繊維');
	});

	test('a kanji of another reading is not', () => {
		expect(correctQuery('金具', vocabulary)).toBeUndefined();
	});

	test('okurigana left out or added is a near miss', () => {
		expect(correctQuery('取組み', vocabulary)).toBe('取り組み');
		expect(correctQuery('取り組みの', vocabulary)).toBe('取り組み');
	});

	test('half-width katakana and full-width letters are the same characters, not a correction', () => {
		expect(normalizeQuery(' ｶﾅｶﾞﾀ  ＩＪＥＰＡ ')).toBe('カナガタ IJEPA');
		expect(correctQuery('金型', vocabulary)).toBeUndefined();
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
