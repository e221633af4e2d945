import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { localeCodes, localePath, locales, splitLocalePath, type Locale } from '~/lib/locales';
import { pageDates } from '~/lib/page-dates';
import { programme } from '~/programme';
import { readUiStrings } from '~/lib/content-files';

export const prerender = true;

export const getStaticPaths = (() =>
	localeCodes.map((locale) => ({
		params: { prefix: locales[locale].prefix || undefined },
		props: { locale },
	}))) satisfies GetStaticPaths;

/** The updates of every page in one language, newest first: publications and change notes. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale }, site }) => {
	const strings = readUiStrings(locale);
	const base = import.meta.env.BASE_URL;
	const pages = (await getCollection('docs')).filter(
		(entry) => splitLocalePath(`/${entry.id}/`).locale === locale,
	);
	const items = pages.flatMap((entry) => {
		const { slug } = splitLocalePath(`/${entry.id}/`);
		const link = new URL(localePath(slug, locale, base), site).href;
		const dates = pageDates(programme.pageHistory, slug);
		return [
			...dates.updates.map((update) => ({
				title: entry.data.title,
				link: `${link}#update-${update.date}`,
				description: update.note[locale],
				pubDate: new Date(update.date),
			})),
			{
				title: entry.data.title,
				link,
				description: strings['feed.published'],
				pubDate: new Date(dates.published),
			},
		];
	});
	return rss({
		title: `${programme.programme.name[locale]} — ${strings['feed.title']}`,
		description: strings['site.description'] ?? '',
		site: new URL(localePath('', locale, base), site).href,
		items: items.toSorted((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
		customData: `<language>${locale}</language>`,
	});
};
