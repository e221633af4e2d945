import { comparePartialDates } from './dates';
import type { PageHistory } from './programme/schema';

export interface PageDates {
	published: string;
	/** The date of the latest update, or the publication date when there is none. */
	updated: string;
	/** Updates, newest first. */
	updates: PageHistory['pages'][number]['updates'];
}

/**
 * Publication date, last update and change notes of the page `slug`. Home pages have the slug
 * `''`, which the history file writes as `index`.
 */
export function pageDates(history: PageHistory, slug: string): PageDates {
	const entry = history.pages.find((page) => page.page === (slug || 'index'));
	const published = entry?.published ?? history.published;
	const updates = (entry?.updates ?? []).toSorted((a, b) => comparePartialDates(b.date, a.date));
	return { published, updated: updates[0]?.date ?? published, updates };
}
