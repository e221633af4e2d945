/**
 * Pagefind's ranking, shared by the index configuration and the search dialog: a page whose
 * title or keywords (its names and synonyms in three languages) match the query ranks first, and
 * an exact word beats a longer word that merely starts the same ("automation" vs "automotive").
 */
export const searchRanking = { termSimilarity: 9, metaWeights: { title: 8, keywords: 10 } };
