import type { Locale } from '../locales';
import { comparePartialDates, formatDate, isPartialDate, type PartialDate } from '../dates';
import { formatList, formatNumber } from '../intl';
import type { Programme } from './parse';
import { factOrigins } from './parse';
import type { Fact, Localized, Person, Sector, Source, Status, Theme } from './schema';

export type SubjectKind = 'sector' | 'theme';
export type Subject = Sector | Theme;

/** The page slug of a sector or theme, e.g. `sectors/automotive`. */
export function subjectSlug(kind: SubjectKind, id: string): string {
	return `${kind === 'sector' ? 'sectors' : 'themes'}/${id}`;
}

export function findSubject(programme: Programme, kind: SubjectKind, id: string): Subject {
	const list = kind === 'sector' ? programme.sectors : programme.themes;
	const subject = list.find((entry) => entry.id === id);
	if (!subject) {
		throw new Error(
			`Unknown ${kind} "${id}": use one of ${list.map((entry) => entry.id).join(', ')}.`,
		);
	}
	return subject;
}

/** The sector × theme pairs of the pilots that involve this sector or theme. */
export function pilotPartners(programme: Programme, kind: SubjectKind, id: string): Subject[] {
	const pilots = programme.framework.pilots.filter((pilot) => pilot[kind] === id);
	const other: SubjectKind = kind === 'sector' ? 'theme' : 'sector';
	return pilots.map((pilot) => findSubject(programme, other, pilot[other]));
}

/** A sector's or theme's status: named for a pilot in the 2019 announcement, or not. */
export function subjectStatus(programme: Programme, kind: SubjectKind, id: string): Status {
	return programme.framework.pilots.some((pilot) => pilot[kind] === id) ? 'pilot' : 'not-pilot';
}

/** The number of independent origins behind a fact, as its citation marker shows it. */
export function originCount(programme: Programme, fact: Fact): number {
	return factOrigins(programme, fact).length;
}

/**
 * The date of the newest dated source behind the facts on a topic: how fresh the evidence is,
 * whatever the date on which it was last checked.
 */
export function newestSourceDate(programme: Programme, topic: Fact['topic']): PartialDate {
	const dates = programme.facts
		.filter((fact) => fact.topic === topic)
		.flatMap((fact) => sourcesOf(programme, fact).map((source) => source.date))
		.filter((date): date is string => date !== undefined);
	const newest = dates.sort(comparePartialDates).at(-1);
	if (!newest) throw new Error(`No dated source supports a fact on the topic "${topic}".`);
	return newest;
}

export function isPilot(programme: Programme, sectorId: string, themeId: string): boolean {
	return programme.framework.pilots.some(
		(pilot) => pilot.sector === sectorId && pilot.theme === themeId,
	);
}

/** How the February 2021 list treats a 2019 theme: the same item, a related new item, or neither. */
export function theme2021(programme: Programme, themeId: string) {
	const matching = programme.framework.themes2021.find(
		(item) => 'theme' in item && item.theme === themeId,
	);
	const related = programme.framework.themes2021.filter(
		(item) => 'related' in item && item.related === themeId,
	);
	return { wording: matching?.wording, related: related.map((item) => item.wording) };
}

/** The office a person held on a date: the one whose known term covers it, else their first. */
export function officeOn(person: Person, date: PartialDate) {
	const covers = ({ from, to }: Person['offices'][number]) =>
		(!from || comparePartialDates(from, date) <= 0) && (!to || comparePartialDates(date, to) <= 0);
	return person.offices.find(covers) ?? person.offices[0];
}

export function findById<T extends { id: string }>(entries: T[], id: string, what: string): T {
	const entry = entries.find((candidate) => candidate.id === id);
	if (!entry) throw new Error(`Unknown ${what} "${id}".`);
	return entry;
}

export function factById(programme: Programme, id: string): Fact {
	return findById(programme.facts, id, 'fact');
}

export function sourcesOf(programme: Programme, fact: Fact): Source[] {
	return fact.sources.map((id) => findById(programme.sources, id, 'source'));
}

/**
 * The number of each entry in a numbered list of all entries, in data order: how the sources page
 * cites a source from its list of facts, like a bibliography.
 */
export function listNumbers(entries: { id: string }[]): Map<string, number> {
	return new Map(entries.map(({ id }, index) => [id, index + 1]));
}

function isLocalized(value: unknown): value is Localized {
	return (
		typeof value === 'object' && value !== null && 'id' in value && 'en' in value && 'ja' in value
	);
}

/**
 * Resolves a dotted path into the programme data and renders the value in `locale`: dates are
 * formatted, localized texts picked, people and entries named, lists joined, `count` counted.
 * For example `framework.date`, `sectors.automotive.name`, `themes.count`, `framework.signatories`.
 */
export function renderValue(programme: Programme, path: string, locale: Locale): string {
	let value: unknown = programme;
	for (const segment of path.split('.')) {
		if (Array.isArray(value)) {
			value =
				segment === 'count'
					? value.length
					: value.find((entry: { id?: string }) => entry.id === segment);
		} else if (value !== null && typeof value === 'object' && !isLocalized(value)) {
			value = (value as Record<string, unknown>)[segment];
		} else {
			value = undefined;
		}
		if (value === undefined)
			throw new Error(
				`"${path}" does not name a value in the programme data (stopped at "${segment}").`,
			);
	}
	return renderResolved(programme, value, locale, path);
}

function renderResolved(
	programme: Programme,
	value: unknown,
	locale: Locale,
	path: string,
): string {
	if (isLocalized(value)) return value[locale];
	if (typeof value === 'number') return formatNumber(value, locale);
	if (typeof value === 'string') {
		const person = programme.people.find((candidate) => candidate.id === value);
		if (person) return person.name[locale];
		return isPartialDate(value) ? formatDate(value, locale) : value;
	}
	if (Array.isArray(value)) {
		const items = value.map((item) => renderResolved(programme, item, locale, path));
		return formatList(items, locale);
	}
	if (value !== null && typeof value === 'object') {
		const named = value as { name?: Localized; term?: Localized };
		const name = named.name ?? named.term;
		if (name) return name[locale];
	}
	throw new Error(`"${path}" names a value that cannot be shown as text; name one of its fields.`);
}
