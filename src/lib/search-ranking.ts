/**
 * Pagefind's ranking, set by the site's own search dialog (Pagefind ranks at query time; Starlight's
 * `pagefind.ranking` option only configures Starlight's search UI, which the site replaces): a page whose
 * title or keywords (its names and synonyms in three languages) match the query ranks first, and
 * an exact word beats a longer word that merely starts the same ("automation" vs "automotive").
 */
export const searchRanking = { termSimilarity: 9, metaWeights: { title: 8, keywords: 10 } };
