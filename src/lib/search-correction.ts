import damerauLevenshtein from 'damerau-levenshtein';
import { isKana, isKanji, toHiragana } from './kana';

/** What search knows, built from the data (src/routes/search-vocabulary.ts). */
export interface SearchVocabulary {
	/** Names, synonyms, abbreviations, people, places and page titles, in all three languages. */
	terms: string[];
	/** For a kanji of a Japanese term, the other kanji of the same reading (see search-homophones). */
	homophones: Record<string, string>;
}

/**
 * The query as search compares it: full-width letters and half-width katakana in their usual
 * form (ＩＪＥＰＡ → IJEPA, ｶﾅｶﾞﾀ → カナガタ), spaces folded. Not a correction: the reader typed
 * the same characters.
 */
export function normalizeQuery(query: string): string {
	return query.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

const comparable = (text: string) => toHiragana(normalizeQuery(text).toLowerCase());
const hasJapanese = (text: string) =>
	[...text].some((character) => isKanji(character) || isKana(character));

/**
 * Typing mistakes allowed in a Latin word or name of this many letters: none up to three (IKM,
 * las), one up to seven (tekstl), two beyond (chmeicals). A swap of two neighbours is one.
 */
const latinAllowance = (length: number) => (length <= 3 ? 0 : length <= 7 ? 1 : 2);

const latinDistance = (a: string, b: string) => damerauLevenshtein(a, b).steps;

/**
 * Near misses in Japanese: a kanji replaced by another of the same reading (金形 for 金型), or
 * kana added or left out (okurigana: 取組 / 取り組み). Any other change is no near miss, because one
 * wrong kanji of another sound is usually another word. One such change is allowed in a term of up
 * to four characters, two in a longer one.
 */
function japaneseDistance(typed: string, term: string, homophones: Record<string, string>): number {
	const a = [...typed];
	const b = [...term];
	const far = a.length + b.length + 1;
	const row = Array.from({ length: b.length + 1 }, (_, j) =>
		b.slice(0, j).every(isKana) ? j : far,
	);
	for (let i = 1; i <= a.length; i++) {
		const typedCharacter = a[i - 1] ?? '';
		let diagonal = row[0] ?? far;
		row[0] = a.slice(0, i).every(isKana) ? i : far;
		for (let j = 1; j <= b.length; j++) {
			const termCharacter = b[j - 1] ?? '';
			const above = row[j] ?? far;
			const substitution =
				typedCharacter === termCharacter
					? 0
					: homophones[termCharacter]?.includes(typedCharacter)
						? 1
						: far;
			row[j] = Math.min(
				diagonal + substitution,
				isKana(typedCharacter) ? above + 1 : far,
				isKana(termCharacter) ? (row[j - 1] ?? far) + 1 : far,
			);
			diagonal = above;
		}
	}
	return row[b.length] ?? far;
}

const japaneseAllowance = (length: number) => (length <= 4 ? 1 : 2);

/**
 * Whether a query is long enough to hold a typing mistake that can be corrected: four Latin
 * letters, two Japanese characters. Shorter ones are never corrected, so search need not fetch
 * the vocabulary for them while the reader is still typing.
 */
export function correctable(query: string): boolean {
	const typed = comparable(query);
	return hasJapanese(typed) ? [...typed].length >= 2 : latinAllowance(typed.length) > 0;
}

/** The nearest of `candidates` to `typed` within the allowance, the earliest of equals; or none. */
function nearest(
	typed: string,
	candidates: string[],
	distance: (typed: string, candidate: string) => number,
	allowance: number,
): string | undefined {
	let best: { candidate: string; steps: number } | undefined;
	for (const candidate of candidates) {
		const steps = distance(typed, candidate);
		if (steps > 0 && steps <= allowance && (!best || steps < best.steps))
			best = { candidate, steps };
	}
	return best?.candidate;
}

/**
 * The term a reader probably meant: the nearest name in the vocabulary, or the query with each
 * unknown word replaced by the nearest known word. Undefined when the query is itself a term or
 * made of known words (exact matches are never corrected) or when nothing is near enough.
 */
export function correctQuery(query: string, vocabulary: SearchVocabulary): string | undefined {
	const corrected = nearMiss(query, vocabulary);
	// A reader who typed in lower case sees the correction in lower case too.
	return corrected && query === query.toLowerCase() ? corrected.toLowerCase() : corrected;
}

function nearMiss(query: string, vocabulary: SearchVocabulary): string | undefined {
	const typed = comparable(query);
	if (!typed) return undefined;
	const terms = vocabulary.terms.map(comparable);
	if (terms.includes(typed)) return undefined;
	const original = (term: string) => vocabulary.terms[terms.indexOf(term)];

	if (hasJapanese(typed)) {
		const japanese = terms.filter(hasJapanese);
		const term = nearest(
			typed,
			japanese,
			(a, b) => japaneseDistance(a, b, vocabulary.homophones),
			japaneseAllowance([...typed].length),
		);
		return term && original(term);
	}

	const latinTerms = terms.filter((term) => !hasJapanese(term));
	const whole = nearest(typed, latinTerms, latinDistance, latinAllowance(typed.length));
	if (whole) return original(whole);
	// Each known word as the vocabulary first spells it, by the form it is compared in.
	const spelling = new Map<string, string>();
	for (const term of vocabulary.terms.filter((term) => !hasJapanese(term))) {
		for (const word of normalizeQuery(term).split(' ')) {
			if (!spelling.has(comparable(word))) spelling.set(comparable(word), word);
		}
	}
	const words = [...spelling.keys()];
	let changed = false;
	const corrected = normalizeQuery(query)
		.split(' ')
		.map((word) => {
			const key = comparable(word);
			if (spelling.has(key)) return word;
			const replacement = nearest(key, words, latinDistance, latinAllowance(key.length));
			if (replacement) changed = true;
			return replacement ? (spelling.get(replacement) ?? word) : word;
		});
	return changed ? corrected.join(' ') : undefined;
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
