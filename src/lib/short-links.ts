import type { Programme } from './programme/parse';
import { subjectSlug, type SubjectKind } from './programme/lookup';
import type { Localized } from './programme/schema';

/** Where an alias comes from, for messages: `content/programme/sectors.yaml, entry "automotive", field "name.en"`. */
export interface AliasOrigin {
	/** The text the alias was made from, e.g. `Mold and dies (cetakan)`. */
	text: string;
	where: string;
}

/** A page that gets short links, and the names that become its aliases. */
export interface ShortLinkTarget {
	/** The locale-independent page slug, e.g. `sectors/automotive`. */
	slug: string;
	names: AliasOrigin[];
}

/** `/s/<alias>/` goes to the page `slug` (in each locale: `/en/s/<alias>/` → `/en/<slug>/`). */
export interface ShortLink {
	alias: string;
	slug: string;
	origins: AliasOrigin[];
}

/** The folder of every short link, under each locale: `/s/`, `/en/s/`, `/ja/s/`. */
export const shortLinkFolder = 's';

export class ShortLinkError extends Error {
	constructor(problems: string[]) {
		const count = problems.length === 1 ? '1 short link is' : `${problems.length} short links are`;
		super(
			`${count} claimed by two pages. Each alias must name one page: remove or reword one of the names or synonyms.\n${problems.map((problem) => `- ${problem}`).join('\n')}`,
		);
		this.name = 'ShortLinkError';
	}
}

/**
 * A name as a URL segment: lowercase ASCII letters and digits joined by hyphens, accents dropped,
 * `&` read as "and". `Makanan dan minuman` → `makanan-dan-minuman`, `Industry 4.0` → `industry-4-0`.
 * Returns undefined for a name in another script (Japanese), which has no ASCII form.
 */
export function slugifyAlias(text: string): string | undefined {
	const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/&/g, ' and ');
	if (/[^\x20-\x7e]/.test(folded)) return undefined;
	const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
	return slug || undefined;
}

/**
 * The aliases one name gives: its slug, and for a name with a gloss in brackets,
 * `Mold and dies (cetakan)`, the name and the gloss each on their own.
 */
export function aliasesOfName(text: string): string[] {
	const glossed = /^(.+?)\s*\((.+)\)\s*$/.exec(text);
	const parts = glossed ? [glossed[1] ?? '', glossed[2] ?? ''] : [text];
	return parts.map(slugifyAlias).filter((alias): alias is string => alias !== undefined);
}

/**
 * Every alias of every target, each going to one page. An alias that two targets share fails with
 * a message naming both; the same alias twice within one target (an id that is also a name) is kept once.
 */
export function buildShortLinks(targets: ShortLinkTarget[]): ShortLink[] {
	const claims = new Map<string, Map<string, AliasOrigin[]>>();
	for (const { slug, names } of targets) {
		for (const origin of names) {
			for (const alias of aliasesOfName(origin.text)) {
				const bySlug = claims.get(alias) ?? new Map<string, AliasOrigin[]>();
				bySlug.set(slug, [...(bySlug.get(slug) ?? []), origin]);
				claims.set(alias, bySlug);
			}
		}
	}
	const problems = [...claims]
		.filter(([, bySlug]) => bySlug.size > 1)
		.map(([alias, bySlug]) => {
			const pages = [...bySlug].map(
				([slug, origins]) =>
					`/${slug}/ (${origins.map(({ where, text }) => `${where}: "${text}"`).join('; ')})`,
			);
			return `/${shortLinkFolder}/${alias}/ would go to ${pages.join(' and to ')}`;
		});
	if (problems.length) throw new ShortLinkError(problems);
	return [...claims]
		.map(([alias, bySlug]) => {
			const [[slug, origins]] = [...bySlug] as [[string, AliasOrigin[]]];
			return { alias, slug, origins };
		})
		.sort((a, b) => compare(a.alias, b.alias));
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function localizedNames(
	where: string,
	field: string,
	value: Localized | { id: string[]; en: string[] },
): AliasOrigin[] {
	// Indonesian and English only: Japanese names have no ASCII form.
	return (['id', 'en'] as const).flatMap((lang) => {
		const texts = value[lang];
		return Array.isArray(texts)
			? texts.map((text, index) => ({
					text,
					where: `${where}, field "${field}.${lang}[${index}]"`,
				}))
			: [{ text: texts, where: `${where}, field "${field}.${lang}"` }];
	});
}

/**
 * What gets a short link: every sector and theme (its id, its Indonesian and English names and
 * synonyms) and each main page (its slug). `mainPages` are locale-independent page slugs such as
 * `framework` or `sectors`; `dataDir` only names the data files in messages.
 */
export function shortLinkTargets(
	programme: Programme,
	mainPages: string[],
	dataDir = 'content/programme',
): ShortLinkTarget[] {
	const subjects = (kind: SubjectKind) => {
		const file = `${dataDir}/${kind === 'sector' ? 'sectors' : 'themes'}.yaml`;
		const entries = kind === 'sector' ? programme.sectors : programme.themes;
		return entries.map(({ id, name, synonyms }): ShortLinkTarget => {
			const where = `${file}, entry "${id}"`;
			return {
				slug: subjectSlug(kind, id),
				names: [
					{ text: id, where: `${where}, field "id"` },
					...localizedNames(where, 'name', name),
					...localizedNames(where, 'synonyms', synonyms),
				],
			};
		});
	};
	const pages = mainPages.map((slug) => ({
		slug,
		names: [{ text: slug, where: `the page /${slug}/` }],
	}));
	return [...pages, ...subjects('sector'), ...subjects('theme')];
}

/**
 * The short link to show for a page: the alias made from one of `names` (the page's name in the
 * reader's language first), else the alias that repeats the slug's last part, else the first.
 */
export function preferredShortLink(
	links: ShortLink[],
	slug: string,
	names: string[],
): ShortLink | undefined {
	const ofPage = links.filter((link) => link.slug === slug);
	const wanted = [...names.map(slugifyAlias), slug.split('/').at(-1)];
	for (const alias of wanted) {
		const match = ofPage.find((link) => link.alias === alias);
		if (match) return match;
	}
	return ofPage[0];
}
