const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const japaneseWords = new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * The words Pagefind splits a Japanese term into when a reader types it in the Japanese search
 * box (金型 → 金, 型). Indexing them too makes the page match however the query is segmented.
 */
function japaneseSegments(term: string): string[] {
	if (!cjk.test(term)) return [];
	return [...japaneseWords.segment(term)]
		.filter((part) => part.isWordLike)
		.map((part) => part.segment);
}

/**
 * Names with their parts: each name is also split at list punctuation (電機・電子, "Mold and dies
 * (cetakan)"), so that each part is a search term of its own.
 */
export function nameParts(values: string[]): string[] {
	const terms = new Set<string>();
	for (const value of values) {
		for (const part of [value, ...value.split(/[・、,/()（）]+/)]) {
			const term = part.trim().replace(/\s+/g, ' ');
			if (term) terms.add(term);
		}
	}
	return [...terms];
}

/**
 * Joins names and synonyms, with their parts, into the space-separated keyword list that Pagefind
 * indexes; spaces keep Japanese compounds such as 金型 whole tokens.
 */
export function searchTerms(values: string[]): string {
	const terms = nameParts(values).flatMap((term) => [term, ...japaneseSegments(term)]);
	return [...new Set(terms)].join(' ');
}
