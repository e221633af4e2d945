import { formatDate, type PartialDate } from './dates';
import { localeCodes } from './locales';
import { findById, findSubject, theme2021, type SubjectKind } from './programme/lookup';
import type { Programme } from './programme/parse';
import { nameParts } from './search-terms';

/** The programme records that have a page of their own: a page says which with `about`. */
export const pageRecords = ['framework', 'agreement'] as const;
export type PageRecord = (typeof pageRecords)[number];

type Localized = Record<(typeof localeCodes)[number], string>;
type LocalizedList = Record<(typeof localeCodes)[number], string[]>;

const everyLanguage = (text: Localized) => localeCodes.map((code) => text[code]);
const everyWord = (words: LocalizedList) => localeCodes.flatMap((code) => words[code]);
const datesInEveryLanguage = (dates: PartialDate[]) =>
	dates.flatMap((date) => localeCodes.map((code) => formatDate(date, code)));
const peopleNames = (programme: Programme, ids: string[]) =>
	ids.flatMap((id) => everyLanguage(findById(programme.people, id, 'person').name));

/** Who, where, when and what of the record: what a reader types to find the page about it. */
function recordKeywords(programme: Programme, record: PageRecord): string[] {
	if (record === 'framework') {
		const { framework } = programme;
		return [
			...everyLanguage(framework.title),
			...everyLanguage(framework.place),
			...peopleNames(programme, [...framework.signatories, ...framework.attendees]),
			...datesInEveryLanguage([framework.date]),
			...everyWord(framework.synonyms),
		];
	}
	const { agreement } = programme;
	return [
		...everyLanguage(agreement.name),
		...Object.values(agreement.titles),
		...agreement.abbreviations,
		...everyLanguage(agreement.signedPlace),
		...everyLanguage(agreement.protocol.concludedPlace),
		...peopleNames(programme, agreement.signatories),
		...datesInEveryLanguage([agreement.signed, agreement.inForce, agreement.protocol.concluded]),
		...everyWord(agreement.synonyms),
	];
}

/** Every name of a sector or theme, with its 2019 and (for a theme) 2021 wordings. */
function subjectKeywords(programme: Programme, kind: SubjectKind, id: string): string[] {
	const subject = findSubject(programme, kind, id);
	const wording2021 = kind === 'theme' ? theme2021(programme, id).wording : undefined;
	return [
		...everyLanguage(subject.name),
		...everyWord(subject.synonyms),
		subject.wording2019,
		...(wording2021 ? [wording2021] : []),
	];
}

export interface SearchablePage {
	/** The locale-independent slug: '' is the home page. */
	slug: string;
	/** The page's title in every language it has. */
	titles: string[];
	pageType?: string;
	subject?: string;
	about?: PageRecord;
	/** The page's Markdown, where `<Value of="people.…" />` names people. */
	body?: string;
}

/** The ids of the people a page's Markdown names with `<Value of="people.…" />`. */
export function peopleNamedIn(body: string): string[] {
	return [...new Set([...body.matchAll(/people\.([a-z0-9-]+)/g)].map((match) => match[1] ?? ''))];
}

/**
 * The words Pagefind indexes as a page's keywords, which rank above its text, in all three
 * languages: its titles; the names, people, places and dates of the sector, theme or record it is
 * about; and the people it names. The home page and the reference pages (glossary, sources)
 * summarise the others: they get their titles only, so that the page about a thing comes first.
 */
export function pageSearchKeywords(programme: Programme, page: SearchablePage): string[] {
	const { slug, titles, pageType, subject, about, body = '' } = page;
	if (slug === '' || pageType === 'reference') return titles;
	return [
		...titles,
		...(subject && (pageType === 'sector' || pageType === 'theme')
			? subjectKeywords(programme, pageType, subject)
			: []),
		...(about ? recordKeywords(programme, about) : []),
		...peopleNames(programme, peopleNamedIn(body)),
	];
}

/**
 * Every term search knows, for correcting typing mistakes: each page's keywords and the other
 * names in the data (institutions, glossary terms, the programme), with their parts.
 */
export function searchVocabulary(programme: Programme, pages: SearchablePage[]): string[] {
	const terms = nameParts([
		...pages.flatMap((page) => pageSearchKeywords(programme, page)),
		...programme.institutions.flatMap((institution) => [
			...everyLanguage(institution.name),
			...(institution.short ? everyLanguage(institution.short) : []),
		]),
		...programme.glossary.flatMap((entry) => everyLanguage(entry.term)),
		...everyLanguage(programme.programme.name),
		...everyLanguage(programme.programme.fullName),
	]);
	// One spelling of each term is enough, the first: correction compares without case.
	const byCase = new Map<string, string>();
	for (const term of terms)
		if (!byCase.has(term.toLowerCase())) byCase.set(term.toLowerCase(), term);
	return [...byCase.values()];
}
