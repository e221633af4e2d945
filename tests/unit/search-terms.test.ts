import { expect, test } from 'vitest';
import { searchTerms } from '../../src/lib/search-terms';

test('splits names at list punctuation and keeps every part once', () => {
	expect(searchTerms(['電機・電子', 'Elektronik', 'elektronik'])).toBe('電機・電子 電機 電子 Elektronik elektronik');
});

test('keeps a bracketed alternative name as a term of its own', () => {
	expect(searchTerms(['Mold and dies (cetakan)', '金型'])).toBe('Mold and dies (cetakan) Mold and dies cetakan 金型');
});

test('folds repeated spaces and drops empty parts', () => {
	expect(searchTerms(['  food   and beverages ', '', '食品・'])).toBe('food and beverages 食品・ 食品');
});
