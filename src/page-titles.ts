import { getCollection } from 'astro:content';
import { splitLocalePath, type Locale } from './lib/locales';

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
