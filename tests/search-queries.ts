import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../src/lib/locales';

export interface SearchQuery {
	/** The locale whose search box the reader types in. */
	lang: Locale;
	q: string;
	/** The page, without locale prefix, that must be the first result. */
	expect: string;
}

/**
 * The programme's search acceptance examples. The file is a copy of the shared acceptance list,
 * kept in the repository so that a fresh clone runs the same checks on its own.
 */
export const searchQueries = (
	JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/search-queries.json'), 'utf8')) as {
		queries: SearchQuery[];
	}
).queries;
