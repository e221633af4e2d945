/**
 * Joins names and synonyms into the space-separated keyword list that Pagefind indexes. Names are
 * also split at list punctuation (電機・電子, "Mold and dies (cetakan)"), so each part is a
 * search term of its own; spaces keep Japanese compounds such as 金型 whole tokens.
 */
export function searchTerms(values: string[]): string {
	const terms = new Set<string>();
	for (const value of values) {
		for (const part of [value, ...value.split(/[・、,/()（）]+/)]) {
			const term = part.trim().replace(/\s+/g, ' ');
			if (term) terms.add(term);
		}
	}
	return [...terms].join(' ');
}
