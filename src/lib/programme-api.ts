import { z } from 'astro/zod';
import { localeCodes, type Locale } from './locales';
import type { Programme } from './programme/parse';
import { findById, officeOn, subjectSlug, type SubjectKind } from './programme/lookup';
import { localized, statuses } from './programme/schema';

const urls = z.strictObject({ id: z.url(), en: z.url(), ja: z.url() });

const subject = z.strictObject({
	id: z.string(),
	name: localized,
	status: z.enum(statuses),
	url: urls,
});

/** The schema of /api/programme.json, published beside it as JSON Schema. */
export const programmeApiSchema = z.strictObject({
	name: localized,
	fullName: localized,
	statusReviewed: z.iso.date(),
	agreement: z.strictObject({
		name: localized,
		title: localized,
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
 * sector × theme matrix and the canonical URL of every page in each language.
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
		(kind === 'sector' ? programme.sectors : programme.themes).map(({ id, name, status }) => ({
			id,
			name,
			status,
			url: urlsOf(subjectSlug(kind, id)),
		}));
	const { framework, agreement } = programme;
	return {
		name: programme.programme.name,
		fullName: programme.programme.fullName,
		statusReviewed: programme.programme.reviewed,
		agreement: {
			name: agreement.name,
			title: agreement.title,
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
		pages: [...pageTitles]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([slug, title]) => ({ slug, title, url: urlsOf(slug) })),
	};
}
