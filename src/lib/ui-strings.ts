import { z } from 'astro/zod';

const text = z.string().min(1);

/**
 * A key whose text depends on a count: every language has `_other`, English also `_one`. The base
 * key is declared too (and never written) because components call `t(base, { count })`.
 */
const plural = <Key extends string>(key: Key) =>
	({
		[key]: z.never().optional(),
		[`${key}_one`]: text.optional(),
		[`${key}_other`]: text,
	}) as Record<Key | `${Key}_one`, z.ZodOptional<z.ZodString | z.ZodNever>> &
		Record<`${Key}_other`, typeof text>;

/**
 * The UI strings of the site's own components, on top of Starlight's. Every key is required, so a
 * language file that misses one fails the build. Values may use i18next `{{placeholders}}`.
 */
export const uiStrings = z.object({
	'site.description': text,
	'status.pilot': text,
	'status.awaiting-arrangement': text,
	'confidence.confirmed': text,
	'confidence.single-source': text,
	...plural('cite.sources'),
	'cite.label': text,
	'facts.sources': text,
	'keyFacts.heading': text,
	'keyFacts.document': text,
	'keyFacts.signed': text,
	'keyFacts.setting': text,
	'keyFacts.signatories': text,
	'keyFacts.agreement': text,
	'keyFacts.scope': text,
	...plural('keyFacts.sectorCount'),
	...plural('keyFacts.themeCount'),
	'keyFacts.firstImplementation': text,
	'keyFacts.arrangement': text,
	'keyFacts.reviewed': text,
	'matrix.caption': text,
	'matrix.sectorHeader': text,
	'matrix.pilot': text,
	'matrix.none': text,
	'timeline.approximate': text,
	'sources.language': text,
	'sources.noAddress': text,
	'sources.supports': text,
	'sourceErrors.says': text,
	'sourceErrors.correct': text,
	'subject.status': text,
	'subject.statusExplain.pilot': text,
	'subject.statusExplain.awaiting-arrangement': text,
	'subject.names': text,
	'subject.wording2019': text,
	'subject.wording2021': text,
	'subject.notIn2021': text,
	'subject.related2021': text,
	'subject.pilotWith.sector': text,
	'subject.pilotWith.theme': text,
	'subject.noPilot': text,
	'themeLists.caption': text,
	'themeLists.theme': text,
	'themeLists.list2019': text,
	'themeLists.list2021': text,
	'themeLists.absent': text,
	'themeLists.new2021': text,
	'pageSources.heading': text,
	'pageSources.intro': text,
	'search.hint': text,
	'search.filter.kind': text,
	'search.filter.status': text,
	'search.filter.all': text,
	...plural('search.results'),
	'search.noResults': text,
	'search.more': text,
	'search.suggest': text,
	'search.glossary': text,
	'directory.filter.sector': text,
	'directory.filter.theme': text,
	'directory.count': text,
	'search.kind.programme': text,
	'search.kind.sector': text,
	'search.kind.theme': text,
	'search.kind.reference': text,
	'sidebar.programme': text,
	'sidebar.sectors': text,
	'sidebar.themes': text,
	'sidebar.reference': text,
});

export type UiStringKey = keyof z.infer<typeof uiStrings>;
