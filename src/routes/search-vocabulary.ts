import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { SearchVocabulary } from '../lib/search-correction';
import { homophones } from '../lib/search-homophones';
import { searchVocabulary } from '../lib/search-keywords';
import { searchablePage } from '../page-titles';
import { programme } from '../programme';

export const prerender = true;

/**
 * The terms that search corrects typing mistakes to, fetched by the search dialog only when a
 * query finds no page whose title or keywords match it.
 */
export const GET: APIRoute = async () => {
	const pages = await Promise.all((await getCollection('docs')).map(searchablePage));
	const terms = searchVocabulary(programme, pages);
	const vocabulary: SearchVocabulary = { terms, homophones: await homophones(terms) };
	return new Response(JSON.stringify(vocabulary), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
