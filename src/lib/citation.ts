import { fillTemplate } from './fill-template';

/** The parts of the site's one citation format: who, what, which version, where, when read. */
export interface CitationParts {
	site: string;
	title: string;
	updated: string;
	url: string;
}

/** The UI strings `citation.format` (with `{{site}}`, `{{title}}`, `{{date}}`, `{{url}}`) and `citation.accessed`. */
export interface CitationTemplates {
	format: string;
	accessed: string;
}

/**
 * The suggested citation of a page, the same on every page and in the About page's example: site,
 * title, the date of the version cited, its address, and the reader's date of access.
 */
export function formatCitation(
	{ format, accessed }: CitationTemplates,
	{ site, title, updated, url }: CitationParts,
): string {
	const cited = fillTemplate(format, { site, title, date: updated, url });
	// Japanese puts the access date in brackets straight after the address, with no space.
	return /^[（(]/.test(accessed) ? `${cited}${accessed}` : `${cited} ${accessed}`;
}
