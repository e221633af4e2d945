import damerauLevenshtein from 'damerau-levenshtein';
import { isKana } from './kana';
import { comparable, hasJapanese, latinAllowance, normalizeQuery } from './search-query';

/** What search knows, built from the data (src/routes/search-vocabulary.ts). */
export interface SearchVocabulary {
	/** Names, synonyms, abbreviations, people, places and page titles, in all three languages. */
	terms: string[];
	/** For a kanji of a Japanese term, the other kanji of the same reading (see search-homophones). */
	homophones: Record<string, string>;
}

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
 * A corrector for the vocabulary, which it prepares once: it gives the term a reader probably
 * meant, the nearest name in the vocabulary or the query with each unknown word replaced by the
 * nearest known word; undefined when the query is itself a term or made of known words (exact
 * matches are never corrected) or when nothing is near enough.
 */
export function corrector(vocabulary: SearchVocabulary): (query: string) => string | undefined {
	// Each term by the form it is compared in, the first spelling of each.
	const spellingOf = new Map<string, string>();
	for (const term of vocabulary.terms) {
		if (!spellingOf.has(comparable(term))) spellingOf.set(comparable(term), term);
	}
	const terms = [...spellingOf.keys()];
	const japaneseTerms = terms.filter(hasJapanese);
	const latinTerms = terms.filter((term) => !hasJapanese(term));
	// Each known word as the vocabulary first spells it, by the form it is compared in.
	const wordSpelling = new Map<string, string>();
	for (const term of vocabulary.terms.filter((term) => !hasJapanese(term))) {
		for (const word of normalizeQuery(term).split(' ')) {
			if (!wordSpelling.has(comparable(word))) wordSpelling.set(comparable(word), word);
		}
	}
	const words = [...wordSpelling.keys()];

	const nearMiss = (query: string): string | undefined => {
		const typed = comparable(query);
		if (!typed || spellingOf.has(typed)) return undefined;
		if (hasJapanese(typed)) {
			const term = nearest(
				typed,
				japaneseTerms,
				(a, b) => japaneseDistance(a, b, vocabulary.homophones),
				japaneseAllowance([...typed].length),
			);
			return term && spellingOf.get(term);
		}
		const whole = nearest(typed, latinTerms, latinDistance, latinAllowance(typed.length));
		if (whole) return spellingOf.get(whole);
		let changed = false;
		const corrected = normalizeQuery(query)
			.split(' ')
			.map((word) => {
				const key = comparable(word);
				if (wordSpelling.has(key)) return word;
				const replacement = nearest(key, words, latinDistance, latinAllowance(key.length));
				if (replacement) changed = true;
				return replacement ? (wordSpelling.get(replacement) ?? word) : word;
			});
		return changed ? corrected.join(' ') : undefined;
	};

	return (query) => {
		const corrected = nearMiss(query);
		// A reader who typed in lower case sees the correction in lower case too.
		return corrected && query === query.toLowerCase() ? corrected.toLowerCase() : corrected;
	};
}
