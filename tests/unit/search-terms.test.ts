import { expect, test } from 'vitest';
import { searchTerms } from '../../src/lib/search-terms';

test('splits names at list punctuation and keeps every part once', () => {
	expect(searchTerms(['Elektronik', 'elektronik', 'Electrical/electronic'])).toBe(
		'Elektronik elektronik Electrical/electronic Electrical electronic',
	);
});

test('keeps a bracketed alternative name as a term of its own', () => {
	expect(searchTerms(['Mold and dies (cetakan)'])).toBe(
		'Mold and dies (cetakan) Mold and dies cetakan',
	);
});

test('adds the words a Japanese query is segmented into, after the whole compound', () => {
	const terms = searchTerms(['金属加工', '電機・電子']).split(' ');
	expect(terms.slice(0, 3)).toEqual(['金属加工', '金属', '加工']);
	expect(terms).toEqual(expect.arrayContaining(['電機・電子', '電機', '電子']));
	expect(new Set(terms).size).toBe(terms.length);
});

test('folds repeated spaces and drops empty parts', () => {
	expect(searchTerms(['  food   and beverages ', ''])).toBe('food and beverages');
});
