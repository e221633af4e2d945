import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { localeCodes, splitLocalePath } from './lib/locales';
import { findSubject } from './lib/programme/lookup';
import { searchTerms } from './lib/search-terms';
import { programme } from './programme';

/** Page titles by locale-independent slug, in every language: a page is found by any of them. */
const titlesBySlug = getCollection('docs').then((entries) => {
	const titles = new Map<string, string[]>();
	for (const entry of entries) {
		const { slug } = splitLocalePath(`/${entry.id}/`);
		titles.set(slug, [...(titles.get(slug) ?? []), entry.data.title]);
	}
	return titles;
});

/**
 * Adds what Pagefind needs to the head of every page: the keywords it is found by (its title in
 * all three languages and, for a sector or theme, every name and synonym from the data) and the
 * filters readers narrow results by (kind of page and status), labelled in the page's language.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { t } = context.locals;
	const { pageType, subject } = route.entry.data;
	const { slug } = splitLocalePath(`/${route.id}/`);
	const keywords = [...((await titlesBySlug).get(slug) ?? [])];
	const meta = (attrs: Record<string, string>) =>
		route.head.push({ tag: 'meta', attrs, content: '' });

	if (pageType)
		meta({ 'data-pagefind-filter': 'kind[content]', content: t(`search.kind.${pageType}`) });
	if (subject && (pageType === 'sector' || pageType === 'theme')) {
		const entry = findSubject(programme, pageType, subject);
		keywords.push(
			...localeCodes.flatMap((locale) => [entry.name[locale], ...entry.synonyms[locale]]),
		);
		keywords.push(entry.wording2019);
		meta({ 'data-pagefind-filter': 'status[content]', content: t(`status.${entry.status}`) });
	}
	if (keywords.length)
		meta({ 'data-pagefind-meta': 'keywords[content]', content: searchTerms(keywords) });
});
