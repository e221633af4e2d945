/** The parts of the site's one citation format: who, what, which version, where, when read. */
export interface CitationParts {
	site: string;
	title: string;
	updated: string;
	url: string;
}

type Translate = (key: 'citation.format' | 'citation.accessed', values?: object) => string;

/**
 * The suggested citation of a page, the same on every page and in the About page's example: site,
 * title, the date of the version cited, its address, and the reader's date of access.
 */
export function formatCitation(t: Translate, { site, title, updated, url }: CitationParts): string {
	const cited = t('citation.format', {
		site,
		title,
		date: updated,
		url,
		interpolation: { escapeValue: false },
	});
	return `${cited} ${t('citation.accessed')}`;
}
