import { editorFolder } from './cms/names';

/**
 * The site's speculation rules (https://developer.chrome.com/docs/web-platform/prerender-pages):
 * when a reader shows intent to follow a link to another page of the site (the pointer rests on
 * it, or goes down on it: "moderate" eagerness), the browser renders that page in the
 * background, so that the click shows it at once. Browsers without speculation rules ignore the
 * script and load the page on the click as before.
 *
 * Only the site's pages: their addresses all end in a slash (`trailingSlash: 'always'`), while
 * its files (the feed, the programme data and its schema, the sitemaps, preview images) do not.
 * Never the editors' area (`admin/`), which loads the CMS, nor a link marked as a download.
 * The patterns are paths, so they match the site's own origin only.
 */
export function speculationRules(base: string) {
	const root = base.endsWith('/') ? base : `${base}/`;
	return {
		prerender: [
			{
				where: {
					and: [
						{ href_matches: [root, `${root}*/`] },
						{ not: { href_matches: `${root}${editorFolder}/*` } },
						{ not: { selector_matches: '[download]' } },
					],
				},
				eagerness: 'moderate',
			},
		],
	};
}
