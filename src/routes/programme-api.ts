import type { APIRoute } from 'astro';
import { localePath } from '~/lib/locales';
import { programmeApi } from '~/lib/programme-api';
import { pageTitles } from '~/page-titles';
import { programme } from '~/programme';

export const prerender = true;

export const GET: APIRoute = async ({ site }) => {
	const base = import.meta.env.BASE_URL;
	const api = programmeApi(
		programme,
		await pageTitles,
		(slug, locale) => new URL(localePath(slug, locale, base), site).href,
	);
	return new Response(JSON.stringify(api, null, '\t'), {
		headers: { 'Content-Type': 'application/json' },
	});
};
