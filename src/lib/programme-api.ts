import { z } from 'astro/zod';
import { localeCodes, type Locale } from './locales';
import type { Programme } from './programme/parse';
import { factOrigins, originOf } from './programme/parse';
import {
	findById,
	officeOn,
	subjectSlug,
	subjectStatus,
	type SubjectKind,
} from './programme/lookup';
import {
	confidences,
	documentKinds,
	documentStates,
	factTopics,
	localized,
	sourceKinds,
	statuses,
} from './programme/schema';

const urls = z.strictObject({ id: z.url(), en: z.url(), ja: z.url() });

const subject = z.strictObject({
	id: z.string(),
	name: localized,
	/** Named for a pilot in the 2019 announcement, or not. */
	status: z.enum(statuses),
	documents: z.array(
		z.strictObject({
			document: z.enum(documentKinds),
			state: z.enum(documentStates),
			by: z.string(),
			fact: z.string(),
		}),
	),
	activities: z.array(z.string()),
	url: urls,
});

const fact = z.strictObject({
	id: z.string(),
	topic: z.enum(factTopics),
	about: localized,
	confidence: z.enum(confidences),
	/** The independent origins of its sources: an origin id from `origins`, or a source id. */
	origins: z.array(z.string()),
	sources: z.array(z.string()),
	note: localized.optional(),
});

const source = z.strictObject({
	id: z.string(),
	origin: z.string(),
	title: z.string().optional(),
	about: localized,
	publisher: z.string(),
	date: z.string().optional(),
	url: z.url().optional(),
	incompleteUrl: z.string().optional(),
	publisherUrl: z.url().optional(),
	language: z.enum(localeCodes),
	kind: z.enum(sourceKinds),
});

/** The schema of /api/programme.json, published beside it as JSON Schema. */
export const programmeApiSchema = z.strictObject({
	name: localized,
	fullName: localized,
	statusReviewed: z.iso.date(),
	agreement: z.strictObject({
		name: localized,
		titles: z.strictObject({
			en: z.string(),
			enJapanOrder: z.string(),
			ja: z.string(),
			jaTreatyNumber: z.string(),
			idAsShown: z.string(),
		}),
		abbreviations: z.array(z.string()),
		signed: z.string(),
		inForce: z.string(),
		url: urls,
	}),
	framework: z.strictObject({
		title: localized,
		date: z.iso.date(),
		place: localized,
		signatories: z.array(
			z.strictObject({ name: localized, office: localized, country: z.string() }),
		),
		url: urls,
	}),
	statuses: z.array(z.strictObject({ id: z.enum(statuses) })),
	sectors: z.array(subject),
	themes: z.array(subject),
	matrix: z.array(z.strictObject({ sector: z.string(), theme: z.string(), pilot: z.boolean() })),
	facts: z.array(fact),
	origins: z.array(z.strictObject({ id: z.string(), name: localized })),
	sources: z.array(source),
	pages: z.array(
		z.strictObject({
			slug: z.string(),
			title: z.partialRecord(z.enum(localeCodes), z.string()),
			url: urls,
		}),
	),
});

export type ProgrammeApi = z.infer<typeof programmeApiSchema>;

/**
 * The machine-readable programme: agreement, framework document, sectors, themes, statuses, the
 * sector × theme matrix, every fact with its confidence, origins and sources, every source with
 * its origin, and the canonical URL of every page in each language.
 */
export function programmeApi(
	programme: Programme,
	pageTitles: Map<string, Partial<Record<Locale, string>>>,
	urlOf: (slug: string, locale: Locale) => string,
): ProgrammeApi {
	const urlsOf = (slug: string) =>
		Object.fromEntries(localeCodes.map((locale) => [locale, urlOf(slug, locale)])) as z.infer<
			typeof urls
		>;
	const subjects = (kind: SubjectKind) =>
		(kind === 'sector' ? programme.sectors : programme.themes).map(
			({ id, name, documents, activities }) => ({
				id,
				name,
				status: subjectStatus(programme, kind, id),
				documents,
				activities,
				url: urlsOf(subjectSlug(kind, id)),
			}),
		);
	const { framework, agreement } = programme;
	return {
		name: programme.programme.name,
		fullName: programme.programme.fullName,
		statusReviewed: programme.programme.reviewed,
		agreement: {
			name: agreement.name,
			titles: agreement.titles,
			abbreviations: agreement.abbreviations,
			signed: agreement.signed,
			inForce: agreement.inForce,
			url: urlsOf('ijepa'),
		},
		framework: {
			title: framework.title,
			date: framework.date,
			place: framework.place,
			signatories: framework.signatories.map((id) => {
				const person = findById(programme.people, id, 'person');
				const office = officeOn(person, framework.date);
				return { name: person.name, office: office?.title ?? person.name, country: person.country };
			}),
			url: urlsOf('framework'),
		},
		statuses: statuses.map((id) => ({ id })),
		sectors: subjects('sector'),
		themes: subjects('theme'),
		matrix: programme.sectors.flatMap((sector) =>
			programme.themes.map((theme) => ({
				sector: sector.id,
				theme: theme.id,
				pilot: framework.pilots.some(
					(pilot) => pilot.sector === sector.id && pilot.theme === theme.id,
				),
			})),
		),
		facts: programme.facts.map((entry) => ({ ...entry, origins: factOrigins(programme, entry) })),
		origins: programme.origins,
		sources: programme.sources.map((entry) => ({ ...entry, origin: originOf(entry) })),
		pages: [...pageTitles]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([slug, title]) => ({ slug, title, url: urlsOf(slug) })),
	};
}
