/**
 * Pagefind's ranking, shared by the index configuration and the search dialog: a page whose
 * title or keywords (its names and synonyms in three languages) match the query ranks first.
 */
export const searchRanking = { metaWeights: { title: 8, keywords: 6 } };
