import { load } from 'cheerio';

/** What a page's link-preview image shows, read from its built HTML. */
export interface OgPage {
	/** The page's `<h1>`, or its `<title>` without the site name when it has no `<h1>`. */
	title: string;
	/** `og:site_name`, or the part of `<title>` after the last " | ". */
	siteName: string;
	/** The `lang` of `<html>`, e.g. `ja`. */
	lang: string;
}

function clean(text: string | undefined): string {
	return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Reads the title, site name and language of a built page. Only the `<head>` and the first
 * `<h1>` are parsed, not the whole page: a full parse costs tens of milliseconds per page.
 * Throws when the page has neither an `<h1>` nor a `<title>`, or no site name.
 */
export function readOgPage(html: string): OgPage {
	const headEnd = html.search(/<\/head\s*>/i);
	const head = headEnd === -1 ? html : html.slice(0, headEnd);
	const h1 = /<h1\b[^>]*>[\s\S]*?<\/h1\s*>/i.exec(html.slice(Math.max(headEnd, 0)))?.[0] ?? '';
	const $ = load(`${head}</head><body>${h1}</body></html>`);

	const documentTitle = clean($('title').first().text());
	const separator = documentTitle.lastIndexOf(' | ');
	const siteName =
		clean($('meta[property="og:site_name"]').attr('content')) ||
		(separator === -1 ? '' : documentTitle.slice(separator + 3).trim());
	const titleWithoutSite =
		siteName && documentTitle.endsWith(` | ${siteName}`)
			? documentTitle.slice(0, -` | ${siteName}`.length).trim()
			: documentTitle;
	const title = clean($('h1').first().text()) || titleWithoutSite;

	if (!title) throw new Error('the page has neither an <h1> nor a <title>');
	if (!siteName) {
		throw new Error(
			'the page names no site: add <meta property="og:site_name"> or a <title> like "Page | Site"',
		);
	}
	return { title, siteName, lang: clean($('html').attr('lang')) };
}
