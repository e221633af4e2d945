import { join, relative } from 'node:path';
import { pageSlugs } from './lib/content-files';
import { localeCodes } from './lib/locales';
import { loadRedirects, siteRedirects, slugPath } from './lib/redirects';
import { buildShortLinks, shortLinkTargets } from './lib/short-links';
import { programme, programmeDataDir } from './programme';

/** The moved pages, maintained by hand; see CONTRIBUTING.md, "Move or rename a page". */
export const redirectsFile = join(process.cwd(), 'content/redirects.yaml');

/** Page slugs that exist in every locale (a page missing in one language cannot be a target). */
const slugs = localeCodes
	.map((locale) => new Set(pageSlugs(locale)))
	.reduce((common, next) => new Set([...common].filter((slug) => next.has(slug))));

/** The locale-independent path of every page, e.g. `/`, `/sectors/automotive/`. */
export const pagePaths = [...slugs].map(slugPath).sort();

/** The main pages (top-level, `framework`, `sectors`, …): each gets a short link of its slug. */
const mainPages = [...slugs].filter((slug) => slug && !slug.includes('/')).sort();

/** `/s/<alias>/` for every sector, theme and main page, from the programme data. */
export const shortLinks = buildShortLinks(
	shortLinkTargets(programme, mainPages, relative(process.cwd(), programmeDataDir)),
);

/** The moved pages of content/redirects.yaml, validated against the pages. */
export const movedPages = loadRedirects(redirectsFile, pagePaths);

/** Every redirect of the site, locale-independent and base-less; all outputs come from it. */
export const redirects = siteRedirects(
	movedPages,
	shortLinks,
	relative(process.cwd(), redirectsFile),
);
