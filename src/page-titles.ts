import { getCollection, type CollectionEntry } from 'astro:content';
import { splitLocalePath, type Locale } from './lib/locales';
import type { SearchablePage } from './lib/search-keywords';

/** Every page's title, by locale-independent slug and locale; read once per build. */
export const pageTitles: Promise<Map<string, Partial<Record<Locale, string>>>> = getCollection(
	'docs',
).then((entries) => {
	const bySlug = new Map<string, Partial<Record<Locale, string>>>();
	for (const entry of entries) {
		const { locale, slug } = splitLocalePath(`/${entry.id}/`);
		bySlug.set(slug, { ...bySlug.get(slug), [locale]: entry.data.title });
	}
	return bySlug;
});

/** A docs page as search reads it, with its title in every language (src/lib/search-keywords.ts). */
export async function searchablePage(entry: CollectionEntry<'docs'>): Promise<SearchablePage> {
	const { slug } = splitLocalePath(`/${entry.id}/`);
	const { pageType, subject, about } = entry.data;
	const titles = Object.values((await pageTitles).get(slug) ?? {});
	return { slug, titles, pageType, subject, about, body: entry.body };
}
