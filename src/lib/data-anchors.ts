import { splitLocalePath } from './locales';
import type { Programme } from './programme/parse';

/** The page that lists every fact and every source, where citations link to. */
export const sourcesPage = 'sources';

/** The `id` a component gives the element that shows one data entry, so links can point at it. */
export const dataAnchor = {
	fact: (id: string) => `fact-${id}`,
	source: (id: string) => `source-${id}`,
	sourceError: (id: string) => `error-${id}`,
	gap: (id: string) => `gap-${id}`,
	event: (id: string) => `event-${id}`,
	glossaryTerm: (id: string) => id,
};

/**
 * The anchors that the pages listing the programme data get from its components, by page slug:
 * the glossary lists every term, the timeline every event, the sources page every fact, source,
 * source error and gap.
 */
export function dataAnchorsByPage(programme: Programme): Map<string, Set<string>> {
	return new Map([
		['glossary', new Set(programme.glossary.map(({ id }) => dataAnchor.glossaryTerm(id)))],
		['timeline', new Set(programme.events.map(({ id }) => dataAnchor.event(id)))],
		[
			sourcesPage,
			new Set([
				...programme.facts.map(({ id }) => dataAnchor.fact(id)),
				...programme.sources.map(({ id }) => dataAnchor.source(id)),
				...programme.sourceErrors.map(({ id }) => dataAnchor.sourceError(id)),
				...programme.gaps.map(({ id }) => dataAnchor.gap(id)),
			]),
		],
	]);
}

/**
 * Whether `link` points at an anchor that exists because the data has that entry, e.g.
 * `/en/glossary/#midc`. A Markdown link checker sees only headings, not what components draw.
 */
export function isDataAnchorLink(
	link: string,
	anchors: Map<string, Set<string>>,
	base = '/',
): boolean {
	const [path = '', hash] = link.split('#');
	if (hash === undefined || !path.startsWith('/')) return false;
	return anchors.get(splitLocalePath(path, base).slug)?.has(hash) ?? false;
}
