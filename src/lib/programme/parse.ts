import type { z } from 'astro/zod';
import {
	programmeFiles,
	type Agreement,
	type Fact,
	type Framework,
	type Gap,
	type GlossaryTerm,
	type PageHistory,
	type Institution,
	type Origin,
	type Person,
	type ProgrammeEvent,
	type ProgrammeFile,
	type ProgrammeInfo,
	type Sector,
	type Source,
	type SourceError,
	type Theme,
} from './schema';

export interface Programme {
	programme: ProgrammeInfo;
	framework: Framework;
	agreement: Agreement;
	sectors: Sector[];
	themes: Theme[];
	events: ProgrammeEvent[];
	people: Person[];
	institutions: Institution[];
	glossary: GlossaryTerm[];
	origins: Origin[];
	sources: Source[];
	facts: Fact[];
	sourceErrors: SourceError[];
	gaps: Gap[];
	pageHistory: PageHistory;
}

/** One mistake in the data: where it is and what to do about it. */
export interface DataProblem {
	file: ProgrammeFile;
	entry?: string;
	field?: string;
	message: string;
}

export class ProgrammeDataError extends Error {
	constructor(
		readonly problems: DataProblem[],
		dataDir: string,
	) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		const lines = problems.map((problem) => `- ${describeProblem(problem, dataDir)}`);
		super(`The programme data has ${count}. Fix the data and build again.\n${lines.join('\n')}`);
		this.name = 'ProgrammeDataError';
	}
}

export function describeProblem({ file, entry, field, message }: DataProblem, dataDir: string) {
	const where = [`${dataDir}/${file}`];
	if (entry) where.push(`entry "${entry}"`);
	if (field) where.push(`field "${field}"`);
	return `${where.join(', ')}: ${message}`;
}

function formatPath(path: PropertyKey[]): string {
	return path
		.map((key, index) =>
			typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`,
		)
		.join('');
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
	return path.reduce<unknown>(
		(value, key) =>
			value !== null && typeof value === 'object'
				? (value as Record<PropertyKey, unknown>)[key]
				: undefined,
		data,
	);
}

function entryName(data: unknown, index: PropertyKey): string {
	const id = valueAt(data, [index, 'id']);
	return typeof id === 'string' && id ? id : `#${Number(index) + 1}`;
}

/** The problems of one file's content that its schema finds, each with its entry and field. */
export function schemaProblems(
	file: ProgrammeFile,
	data: unknown,
	error: z.ZodError,
): DataProblem[] {
	return error.issues.map((issue) => {
		const isList = Array.isArray(data) && typeof issue.path[0] === 'number';
		const entry = isList ? entryName(data, issue.path[0] as number) : undefined;
		const fieldPath = isList ? issue.path.slice(1) : issue.path;
		const value = valueAt(data, issue.path);
		let message = issue.message;
		if (issue.code === 'unrecognized_keys') {
			message = `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}: remove it or fix its spelling`;
		} else if (issue.path.length > 0 && value === undefined) {
			message = `is missing: add it (${issue.message})`;
		} else if (value !== undefined && typeof value !== 'object') {
			message = `${JSON.stringify(value)} is not allowed: ${issue.message}`;
		}
		return { file, entry, field: fieldPath.length ? formatPath(fieldPath) : undefined, message };
	});
}

type Parsed = { [File in ProgrammeFile]: z.infer<(typeof programmeFiles)[File]> };

/**
 * Validates the raw content of every data file and the references between them. Returns the typed
 * programme, or throws one ProgrammeDataError that lists every problem with its file, entry and field.
 */
export function parseProgramme(
	raw: Partial<Record<ProgrammeFile, unknown>>,
	dataDir = 'content/programme',
): Programme {
	const problems: DataProblem[] = [];
	const parsed: Partial<Parsed> = {};
	for (const file of Object.keys(programmeFiles) as ProgrammeFile[]) {
		if (raw[file] === undefined) {
			problems.push({ file, message: 'the file is missing or empty: create it' });
			continue;
		}
		const result = programmeFiles[file].safeParse(raw[file]);
		if (result.success) Object.assign(parsed, { [file]: result.data });
		else problems.push(...schemaProblems(file, raw[file], result.error));
	}
	if (problems.length) throw new ProgrammeDataError(problems, dataDir);

	const data = parsed as Parsed;
	const programme: Programme = {
		programme: data['programme.yaml'],
		framework: data['framework.yaml'],
		agreement: data['agreement.yaml'],
		sectors: data['sectors.yaml'],
		themes: data['themes.yaml'],
		events: data['events.yaml'],
		people: data['people.yaml'],
		institutions: data['institutions.yaml'],
		glossary: data['glossary.yaml'],
		origins: data['origins.yaml'],
		sources: data['sources.yaml'],
		facts: data['facts.yaml'],
		sourceErrors: data['source-errors.yaml'],
		gaps: data['gaps.yaml'],
		pageHistory: data['page-history.yaml'],
	};
	problems.push(...referenceProblems(programme));
	if (problems.length) throw new ProgrammeDataError(problems, dataDir);
	problems.push(...evidenceProblems(programme));
	if (problems.length) throw new ProgrammeDataError(problems, dataDir);
	return programme;
}

/** The origin a source carries: the one it names in `origin`, or the source itself. */
export function originOf(source: Source): string {
	return source.origin ?? source.id;
}

/** The origin of the source with this id (the id itself for a source not in the list). */
function sourceOrigin(programme: Pick<Programme, 'sources'>, id: string): string {
	const source = programme.sources.find((candidate) => candidate.id === id);
	return source ? originOf(source) : id;
}

/** The independent origins of a fact: each source's origin, or the source itself. */
export function factOrigins(programme: Pick<Programme, 'sources'>, fact: Fact): string[] {
	return [...new Set(fact.sources.map((id) => sourceOrigin(programme, id)))];
}

/** A fact's confidence agrees with the number of independent origins of its sources. */
export function confidenceProblems(data: Pick<Programme, 'sources' | 'facts'>): DataProblem[] {
	const problems: DataProblem[] = [];
	for (const fact of data.facts) {
		const origins = factOrigins(data, fact);
		const described = origins
			.map((origin) => {
				const carriers = fact.sources.filter((id) => sourceOrigin(data, id) === origin);
				return carriers.length > 1 || carriers[0] !== origin
					? `${origin} (${carriers.join(', ')})`
					: origin;
			})
			.join('; ');
		if (fact.confidence === 'confirmed' && origins.length < 2)
			problems.push({
				file: 'facts.yaml',
				entry: fact.id,
				field: 'confidence',
				message: `"confirmed" needs two or more independent origins, but its sources carry one: ${described}. Write single-source, or cite a source from another origin.`,
			});
		if (fact.confidence === 'single-source' && origins.length > 1)
			problems.push({
				file: 'facts.yaml',
				entry: fact.id,
				field: 'confidence',
				message: `its sources carry ${origins.length} independent origins (${described}), so it is confirmed: write confirmed, or give the sources that reprint one origin the same origin in sources.yaml.`,
			});
	}
	return problems;
}

/**
 * The rules that keep a claim no stronger than its sources: a fact's confidence agrees with the
 * number of its independent origins, and an address that the sources give only cut short is never
 * offered as a link.
 */
function evidenceProblems(data: Programme): DataProblem[] {
	const problems = confidenceProblems(data);
	for (const source of data.sources) {
		if (source.incompleteUrl && (source.url || !source.publisherUrl))
			problems.push({
				file: 'sources.yaml',
				entry: source.id,
				field: 'publisherUrl',
				message:
					"an incomplete address is shown as text beside the publisher's site: give publisherUrl and no url.",
			});
	}

	return problems;
}

/**
 * Sources that no fact cites and origins that no source carries. They state nothing, so the build
 * warns of them instead of failing: an editor adds a source before the fact that cites it, and
 * with review each file's change is a merge request of its own, merged one after the other.
 */
export function unusedEntries(data: Programme): DataProblem[] {
	const cited = new Set(data.facts.flatMap((fact) => fact.sources));
	const carried = new Set(data.sources.map((source) => source.origin));
	return [
		...data.sources
			.filter((source) => !cited.has(source.id))
			.map((source) => ({
				file: 'sources.yaml' as const,
				entry: source.id,
				message:
					'no fact in facts.yaml cites this source: cite it on the fact it supports, or remove it.',
			})),
		...data.origins
			.filter((origin) => !carried.has(origin.id))
			.map((origin) => ({
				file: 'origins.yaml' as const,
				entry: origin.id,
				message: 'no source in sources.yaml carries this origin: use it or remove it.',
			})),
	];
}

function referenceProblems(data: Programme): DataProblem[] {
	const problems: DataProblem[] = [];
	const lists = {
		'sectors.yaml': data.sectors,
		'themes.yaml': data.themes,
		'events.yaml': data.events,
		'people.yaml': data.people,
		'institutions.yaml': data.institutions,
		'glossary.yaml': data.glossary,
		'origins.yaml': data.origins,
		'sources.yaml': data.sources,
		'facts.yaml': data.facts,
		'source-errors.yaml': data.sourceErrors,
		'gaps.yaml': data.gaps,
	} satisfies Partial<Record<ProgrammeFile, { id: string }[]>>;
	for (const [file, entries] of Object.entries(lists) as [ProgrammeFile, { id: string }[]][]) {
		const seen = new Set<string>();
		for (const { id } of entries) {
			if (seen.has(id))
				problems.push({
					file,
					entry: id,
					field: 'id',
					message: 'this id is used twice: give each entry its own id',
				});
			seen.add(id);
		}
	}

	const ids = (entries: { id: string }[]) => new Set(entries.map(({ id }) => id));
	const known = {
		fact: { ids: ids(data.facts), file: 'facts.yaml' },
		source: { ids: ids(data.sources), file: 'sources.yaml' },
		origin: { ids: ids(data.origins), file: 'origins.yaml' },
		person: { ids: ids(data.people), file: 'people.yaml' },
		institution: { ids: ids(data.institutions), file: 'institutions.yaml' },
		sector: { ids: ids(data.sectors), file: 'sectors.yaml' },
		theme: { ids: ids(data.themes), file: 'themes.yaml' },
		subject: {
			ids: new Set([...ids(data.sectors), ...ids(data.themes)]),
			file: 'sectors.yaml or themes.yaml',
		},
	};
	type Kind = keyof typeof known;
	const checkOne = (
		file: ProgrammeFile,
		entry: string | undefined,
		field: string,
		kind: Kind,
		value: string,
	) => {
		const target = known[kind];
		if (target.ids.has(value)) return;
		problems.push({
			file,
			entry,
			field,
			message: `unknown ${kind} "${value}": use an id from ${target.file} (${[...target.ids].join(', ')})`,
		});
	};
	const check = (
		file: ProgrammeFile,
		entry: string | undefined,
		field: string,
		kind: Kind,
		values: readonly string[],
	) => values.forEach((value, index) => checkOne(file, entry, `${field}[${index}]`, kind, value));

	check('programme.yaml', undefined, 'facts', 'fact', data.programme.facts);
	check('framework.yaml', undefined, 'facts', 'fact', data.framework.facts);
	check('framework.yaml', undefined, 'signatories', 'person', data.framework.signatories);
	check('framework.yaml', undefined, 'attendees', 'person', data.framework.attendees);
	data.framework.pilots.forEach(({ sector, theme }, index) => {
		checkOne('framework.yaml', undefined, `pilots[${index}].sector`, 'sector', sector);
		checkOne('framework.yaml', undefined, `pilots[${index}].theme`, 'theme', theme);
	});
	data.framework.themes2021.forEach((item, index) => {
		const [field, theme] = 'theme' in item ? ['theme', item.theme] : ['related', item.related];
		checkOne('framework.yaml', undefined, `themes2021[${index}].${field}`, 'theme', theme);
	});
	check('agreement.yaml', undefined, 'facts', 'fact', data.agreement.facts);
	check('agreement.yaml', undefined, 'signatories', 'person', data.agreement.signatories);
	for (const [file, entries] of [
		['sectors.yaml', data.sectors],
		['themes.yaml', data.themes],
		['events.yaml', data.events],
		['people.yaml', data.people],
		['institutions.yaml', data.institutions],
		['glossary.yaml', data.glossary],
		['source-errors.yaml', data.sourceErrors],
		['gaps.yaml', data.gaps],
	] as const) {
		for (const entry of entries) check(file, entry.id, 'facts', 'fact', entry.facts);
	}
	for (const fact of data.facts) check('facts.yaml', fact.id, 'sources', 'source', fact.sources);
	for (const source of data.sources)
		if (source.origin) checkOne('sources.yaml', source.id, 'origin', 'origin', source.origin);
	for (const [file, entries] of [
		['sectors.yaml', data.sectors],
		['themes.yaml', data.themes],
	] as const) {
		for (const subject of entries) {
			check(file, subject.id, 'activities', 'fact', subject.activities);
			subject.documents.forEach((document, index) =>
				checkOne(file, subject.id, `documents[${index}].fact`, 'fact', document.fact),
			);
		}
	}
	for (const event of data.events)
		check('events.yaml', event.id, 'subjects', 'subject', event.subjects);
	for (const error of data.sourceErrors)
		checkOne('source-errors.yaml', error.id, 'source', 'source', error.source);
	for (const person of data.people) {
		person.offices.forEach((office, index) => {
			if (office.institution)
				checkOne(
					'people.yaml',
					person.id,
					`offices[${index}].institution`,
					'institution',
					office.institution,
				);
		});
	}
	return problems;
}
