import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { localePath, splitLocalePath, type Locale } from '~/lib/locales';
import { programmeApi } from '~/lib/programme-api';
import { programme } from '~/programme';

export const prerender = true;

export const GET: APIRoute = async ({ site }) => {
	const titles = new Map<string, Partial<Record<Locale, string>>>();
	for (const entry of await getCollection('docs')) {
		const { locale, slug } = splitLocalePath(`/${entry.id}/`);
		titles.set(slug, { ...titles.get(slug), [locale]: entry.data.title });
	}
	const base = import.meta.env.BASE_URL;
	const api = programmeApi(
		programme,
		titles,
		(slug, locale) => new URL(localePath(slug, locale, base), site).href,
	);
	return new Response(JSON.stringify(api, null, '\t'), {
		headers: { 'Content-Type': 'application/json' },
	});
};
