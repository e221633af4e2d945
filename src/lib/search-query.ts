import { isKana, isKanji, toHiragana } from './kana';

/**
 * The query as search compares it: full-width letters and half-width katakana in their usual
 * form (ＩＪＥＰＡ → IJEPA, ｶﾅｶﾞﾀ → カナガタ), spaces folded. Not a correction: the reader typed
 * the same characters.
 */
export function normalizeQuery(query: string): string {
	return query.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** The form in which queries and terms are compared: lower case, katakana as hiragana. */
export const comparable = (text: string) => toHiragana(normalizeQuery(text).toLowerCase());
export const hasJapanese = (text: string) =>
	[...text].some((character) => isKanji(character) || isKana(character));

/**
 * Typing mistakes allowed in a Latin word or name of this many letters: none up to three (IKM,
 * las), one up to seven (tekstl), two beyond (chmeicals). A swap of two neighbours is one.
 */
export const latinAllowance = (length: number) => (length <= 3 ? 0 : length <= 7 ? 1 : 2);

/**
 * Whether a query is long enough to hold a typing mistake that can be corrected: four Latin
 * letters, two Japanese characters. Shorter ones are never corrected, so search need not fetch
 * the vocabulary for them while the reader is still typing.
 */
export function correctable(query: string): boolean {
	const typed = comparable(query);
	return hasJapanese(typed) ? [...typed].length >= 2 : latinAllowance(typed.length) > 0;
}

const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether a result's title or keywords contain what the reader typed (each Latin word as the start
 * of a word, so that a word still being typed counts): then the query is not corrected.
 */
export function namesMatch(query: string, names: string[]): boolean {
	const typed = comparable(query);
	const text = comparable(names.join(' '));
	if (hasJapanese(typed)) return text.includes(typed);
	const words = wordsOf(text);
	return wordsOf(typed).every((word) => words.some((known) => known.startsWith(word)));
}
