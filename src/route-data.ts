import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { intlLocale } from './lib/intl';
import { localeCodes, localePath, splitLocalePath, type Locale } from './lib/locales';
import { ogImagePath } from './lib/og-image-path';
import { pageDates } from './lib/page-dates';
import { subjectStatus } from './lib/programme/lookup';
import { pageSearchKeywords } from './lib/search-keywords';
import { searchTerms } from './lib/search-terms';
import { pageJsonLd } from './lib/structured-data';
import { pageTitles, searchablePage } from './page-titles';
import { programme } from './programme';

/** The id Starlight gives its 404 page. */
export const notFoundId = '404';

/** Open Graph writes locales as language_TERRITORY. */
const ogLocale = (locale: Locale) => intlLocale[locale].replace('-', '_');

/**
 * Adds to the head of every page what search engines, link previews and Pagefind read:
 * - Open Graph and Twitter metadata with the page's preview image and its other languages;
 * - schema.org JSON-LD (WebPage with dates and breadcrumbs);
 * - the Atom feed of updates in the page's language;
 * - Pagefind keywords (the title in all three languages and the names, people, places and dates
 *   of what the page is about, from the data) and filters (kind of page, status) in the page's
 *   language.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { t } = context.locals;
	// Like nginx's server_tokens off, pages do not announce what built them, in which version; and
	// search engines find the sitemap in robots.txt, not in a link of every page.
	route.head = route.head.filter(
		({ attrs }) => attrs?.name !== 'generator' && attrs?.rel !== 'sitemap',
	);
	const { head, entry } = route;
	if (route.id === notFoundId) {
		// The 404 page answers any missing address: it has no URL of its own and no other languages.
		route.head = head.filter(
			({ attrs }) => attrs?.rel !== 'canonical' && !attrs?.hreflang && attrs?.property !== 'og:url',
		);
		return;
	}
	const { pageType, subject, title, description = '' } = entry.data;
	const { locale, slug } = splitLocalePath(`/${route.id}/`);
	const base = import.meta.env.BASE_URL;
	const site = context.site ?? new URL('http://localhost/');
	const absolute = (path: string) => new URL(path, site).href;
	const url = absolute(context.url.pathname);
	const htmlFile = `${context.url.pathname.slice(base.length).replace(/^\/|\/$/g, '')}/index.html`;
	const image = absolute(`${base.replace(/\/$/, '')}/${ogImagePath(htmlFile.replace(/^\//, ''))}`);
	const meta = (attrs: Record<string, string>) => head.push({ tag: 'meta', attrs, content: '' });
	const titlesBySlug = await pageTitles;

	const ogLocaleTag = head.find((tag) => tag.attrs?.property === 'og:locale');
	if (ogLocaleTag?.attrs) ogLocaleTag.attrs.content = ogLocale(locale);
	for (const other of localeCodes.filter((code) => code !== locale)) {
		meta({ property: 'og:locale:alternate', content: ogLocale(other) });
	}
	meta({ property: 'og:image', content: image });
	meta({ property: 'og:image:type', content: 'image/png' });
	meta({ property: 'og:image:width', content: '1200' });
	meta({ property: 'og:image:height', content: '630' });
	meta({ property: 'og:image:alt', content: title });
	// X reads the title, description and image from the og: tags when no twitter: tag repeats them.
	head.push({
		tag: 'link',
		attrs: {
			rel: 'alternate',
			// @astrojs/rss writes RSS 2.0.
			type: 'application/rss+xml',
			title: t('feed.title'),
			href: `${localePath('', locale, base)}feed.xml`,
		},
	});

	const dates = pageDates(programme.pageHistory, slug);
	const segments = slug ? slug.split('/') : [];
	const breadcrumbs = [
		'',
		...segments.map((_, index) => segments.slice(0, index + 1).join('/')),
	].map((crumbSlug) => ({
		name: titlesBySlug.get(crumbSlug)?.[locale] ?? route.siteTitle,
		url: absolute(localePath(crumbSlug, locale, base)),
	}));
	const jsonLd = pageJsonLd(
		{
			locale,
			url,
			title,
			description,
			siteName: t('site.publisher'),
			siteUrl: absolute(localePath('', locale, base)),
			published: dates.published,
			updated: dates.updated,
			image,
			breadcrumbs,
		},
		programme,
	);
	// `<` is escaped so that no text in the data can close the script element.
	head.push({
		tag: 'script',
		attrs: { type: 'application/ld+json' },
		content: JSON.stringify(jsonLd).replace(/</g, '\\u003c'),
	});

	const keywords = pageSearchKeywords(programme, await searchablePage(entry));
	if (pageType)
		meta({
			name: 'pagefind-kind',
			'data-pagefind-filter': 'kind[content]',
			content: t(`search.kind.${pageType}`),
		});
	if (subject && (pageType === 'sector' || pageType === 'theme')) {
		meta({
			name: 'pagefind-status',
			'data-pagefind-filter': 'status[content]',
			content: t(`status.${subjectStatus(programme, pageType, subject)}`),
		});
	}
	if (keywords.length)
		meta({
			name: 'pagefind-keywords',
			'data-pagefind-meta': 'keywords[content]',
			content: searchTerms(keywords),
		});
});
