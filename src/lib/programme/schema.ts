import { z } from 'astro/zod';
import { isPartialDate } from '../dates';

const text = z.string({ error: 'write a non-empty text' }).trim().min(1, 'write a non-empty text');

/** A text in each of the site's languages; a missing language fails the build. */
export const localized = z
	.strictObject(
		{ id: text, en: text, ja: text },
		{ error: 'give the text in all three languages: id, en and ja' },
	)
	.meta({ form: 'localized' });

/** Words per language, for search synonyms and short-link aliases. */
export const localizedList = z.strictObject({
	id: z.array(text),
	en: z.array(text),
	ja: z.array(text),
});

const entryIdRule = 'use lowercase letters, digits and hyphens, e.g. "mold-and-dies"';
export const entryId = z
	.string({ error: 'give an id' })
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, entryIdRule)
	// The same message for the editor's form, which checks the pattern as the editor types.
	.meta({ patternError: entryIdRule });

export const partialDate = z
	.string({ error: 'write the date as YYYY-MM-DD, YYYY-MM or YYYY (in quotes)' })
	.refine(isPartialDate, 'write a real date as YYYY-MM-DD, YYYY-MM or YYYY')
	.meta({ form: 'partial-date' });

/**
 * The id of an entry in another data file. The file is recorded with the schema, so that the
 * editor (src/lib/cms/) offers the entries of that file to pick from.
 */
const idIn = (file: `${string}.yaml`) => entryId.meta({ references: file });
const factId = idIn('facts.yaml');
const sourceId = idIn('sources.yaml');
const personId = idIn('people.yaml');
const themeId = idIn('themes.yaml');

const citeAFact = 'cite at least one fact from facts.yaml';
const factRefs = z.array(factId, { error: citeAFact }).min(1, citeAFact);

/**
 * Whether the 2019 announcement named a sector or theme for a pilot project. It is derived from
 * framework.yaml's `pilots`, never typed, so that a status cannot claim more than the pilot list.
 */
export const statuses = ['pilot', 'not-pilot'] as const;

/** What the sources show about a planning document for a sector or theme, as far as it went. */
export const documentKinds = ['ta-concept', 'tor', 'technical-arrangement'] as const;
export const documentStates = ['sent', 'accepted-in-principle', 'signed'] as const;

/** confirmed: two or more independent origins; single-source: one origin, however many outlets. */
export const confidences = ['confirmed', 'single-source'] as const;
const confidence = z.enum(confidences, {
	error: `use one of: ${confidences.join(', ')}`,
});

export const languages = ['id', 'en', 'ja'] as const;
export const countries = ['ID', 'JP'] as const;
const country = z.enum(countries, { error: `use a country code: ${countries.join(', ')}` });

export const sourceKinds = [
	'official',
	'press-release',
	'news',
	'gazette',
	'study',
	'reference',
] as const;

/** Where a source's information first came from, when several sources carry it. */
export const originSchema = z.strictObject({
	id: entryId,
	name: localized,
});

export const factTopics = ['ijepa', 'midec', 'new-midec', 'people'] as const;

export const sourceSchema = z.strictObject({
	id: entryId,
	/**
	 * The origin it carries, from origins.yaml: a reprint of a press release names the release's
	 * issuer. Left out, the source is its own origin.
	 */
	origin: idIn('origins.yaml').optional(),
	/** The headline or title as published, in its own language; omitted when no source gives it. */
	title: text.optional(),
	/** What the source is, in each language, so that a reader knows it without opening it. */
	about: localized,
	publisher: text,
	date: partialDate.optional(),
	url: z.url({ error: 'give the full address, starting with https://' }).optional(),
	/**
	 * An address that the compiled sources give only cut short: shown as text, never as a link,
	 * beside a link to the publisher's site (`publisherUrl`).
	 */
	incompleteUrl: text.optional(),
	publisherUrl: z.url({ error: "give the publisher's address, starting with https://" }).optional(),
	language: z.enum(languages, { error: `use one of: ${languages.join(', ')}` }),
	kind: z.enum(sourceKinds, { error: `use one of: ${sourceKinds.join(', ')}` }),
});

const nameASource = 'name at least one source from sources.yaml';

export const factSchema = z.strictObject({
	id: entryId,
	topic: z.enum(factTopics, { error: `use one of: ${factTopics.join(', ')}` }),
	about: localized,
	sources: z.array(sourceId, { error: nameASource }).min(1, nameASource),
	confidence,
	note: localized.optional(),
});

export const institutionSchema = z.strictObject({
	id: entryId,
	name: localized,
	short: localized.optional(),
	country,
	facts: factRefs,
});

export const personSchema = z.strictObject({
	id: entryId,
	name: localized,
	country,
	offices: z
		.array(
			z.strictObject({
				title: localized,
				institution: idIn('institutions.yaml').optional(),
				from: partialDate.optional(),
				to: partialDate.optional(),
			}),
		)
		.min(1, 'list at least one office'),
	facts: factRefs,
});

const subjectDocument = z.strictObject({
	document: z.enum(documentKinds, { error: `use one of: ${documentKinds.join(', ')}` }),
	state: z.enum(documentStates, { error: `use one of: ${documentStates.join(', ')}` }),
	/** The date of the report that shows the state: "by" that date, not "on" it. */
	by: partialDate,
	fact: factId,
});

const subjectFields = {
	id: entryId,
	/** The name as a title: headings, lists, links, the sidebar. */
	name: localized,
	/** The name inside a sentence (Indonesian common nouns in lower case, per PUEBI). */
	inSentence: localized,
	/** The wording of the 2019 announcement, kept as published. */
	wording2019: text,
	synonyms: localizedList,
	/** Planning documents that a source shows for this sector or theme. */
	documents: z.array(subjectDocument).default([]),
	/** Facts that document an activity carried out for this sector or theme. */
	activities: z.array(factId).default([]),
	facts: factRefs,
};

export const sectorSchema = z.strictObject(subjectFields);

export const themeSchema = z.strictObject(subjectFields);

export const frameworkSchema = z.strictObject({
	title: localized,
	date: partialDate,
	place: localized,
	setting: localized,
	signatories: z.array(personId).min(2, 'name both signatories from people.yaml'),
	attendees: z.array(personId),
	/** Other words readers search for when they look for the document or its signing. */
	synonyms: localizedList,
	pilots: z.array(z.strictObject({ sector: idIn('sectors.yaml'), theme: themeId })),
	/** The February 2021 cross-sector list in its order, each item tied to a 2019 theme. */
	themes2021: z.array(
		z.union(
			[
				z.strictObject({ wording: text, theme: themeId }),
				z.strictObject({ wording: text, related: themeId }),
			],
			{
				error:
					'give each item a wording and either the theme it matches or the theme it relates to',
			},
		),
	),
	facts: factRefs,
});

export const agreementSchema = z.strictObject({
	name: localized,
	titles: z.strictObject({
		/** Indonesia's order, as in the English text of the agreement. */
		en: text,
		enJapanOrder: text,
		ja: text,
		jaTreatyNumber: text,
		/** The Indonesian title only as far as a source shows it. */
		idAsShown: text,
	}),
	abbreviations: z.array(text).min(1),
	/** Other words readers search for when they look for the agreement or its Protocol. */
	synonyms: localizedList,
	negotiationsStarted: partialDate,
	broadAgreement: partialDate,
	signed: partialDate,
	signedPlace: localized,
	signatories: z.array(personId),
	notesExchanged: partialDate,
	inForce: partialDate,
	protocol: z.strictObject({
		concluded: partialDate,
		/** The month for which the signing was planned in mid-2024: a plan, not an event. */
		signingPlanned: partialDate,
		concludedPlace: localized,
		promulgatedInJapan: partialDate,
	}),
	facts: factRefs,
});

export const programmeSchema = z.strictObject({
	name: localized,
	fullName: localized,
	/** When the status of every sector and theme was last checked against the sources. */
	reviewed: partialDate,
	facts: factRefs,
});

export const eventSchema = z.strictObject({
	id: entryId,
	date: partialDate,
	end: partialDate.optional(),
	approximate: z.boolean().default(false),
	title: localized,
	/** Sector or theme ids. */
	subjects: z.array(entryId.meta({ references: ['sectors.yaml', 'themes.yaml'] })).default([]),
	facts: factRefs,
});

export const glossarySchema = z.strictObject({
	id: entryId,
	term: localized,
	definition: localized,
	facts: z.array(factId).default([]),
});

export const sourceErrorSchema = z.strictObject({
	id: entryId,
	source: sourceId,
	error: localized,
	correction: localized,
	facts: factRefs,
});

export const gapSchema = z.strictObject({
	id: entryId,
	about: localized,
	facts: z.array(factId).default([]),
});

const dayDate = partialDate.refine(
	(value) => value.length === 10,
	'give the full date, YYYY-MM-DD',
);

export const pageHistorySchema = z.strictObject({
	published: dayDate,
	pages: z.array(
		z.strictObject({
			page: z
				.string()
				.regex(
					/^[a-z0-9-]+(\/[a-z0-9-]+)*$/,
					'use the page slug without locale, e.g. "status" or "sectors/automotive"',
				),
			published: dayDate.optional(),
			updates: z.array(z.strictObject({ date: dayDate, note: localized })).default([]),
		}),
	),
});

/** Each data file under content/programme/ and the schema of its content. */
export const programmeFiles = {
	'programme.yaml': programmeSchema,
	'framework.yaml': frameworkSchema,
	'agreement.yaml': agreementSchema,
	'sectors.yaml': z.array(sectorSchema).length(6, 'list the six sectors'),
	'themes.yaml': z.array(themeSchema).length(7, 'list the seven cross-sector themes of 2019'),
	'events.yaml': z.array(eventSchema),
	'people.yaml': z.array(personSchema),
	'institutions.yaml': z.array(institutionSchema),
	'glossary.yaml': z.array(glossarySchema),
	'origins.yaml': z.array(originSchema),
	'sources.yaml': z.array(sourceSchema),
	'facts.yaml': z.array(factSchema),
	'source-errors.yaml': z.array(sourceErrorSchema),
	'gaps.yaml': z.array(gapSchema),
	'page-history.yaml': pageHistorySchema,
} as const;

export type ProgrammeFile = keyof typeof programmeFiles;
/** The data files that are a list of entries with ids. */
export type ProgrammeListFile = Exclude<
	ProgrammeFile,
	'programme.yaml' | 'framework.yaml' | 'agreement.yaml' | 'page-history.yaml'
>;
export type Localized = z.infer<typeof localized>;
export type Status = (typeof statuses)[number];
export type SubjectDocument = z.infer<typeof subjectDocument>;
export type Origin = z.infer<typeof originSchema>;
export type Confidence = z.infer<typeof confidence>;
export type Source = z.infer<typeof sourceSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Institution = z.infer<typeof institutionSchema>;
export type Person = z.infer<typeof personSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type ProgrammeInfo = z.infer<typeof programmeSchema>;
export type ProgrammeEvent = z.infer<typeof eventSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type SourceError = z.infer<typeof sourceErrorSchema>;
export type Gap = z.infer<typeof gapSchema>;
export type PageHistory = z.infer<typeof pageHistorySchema>;
