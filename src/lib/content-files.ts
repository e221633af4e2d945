import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { localeCodes, locales, rootLocale, type Locale } from './locales';
import { sourceFingerprint } from './translations';

export const docsDir = join(process.cwd(), 'content/docs');

/** The slug of every Indonesian page, e.g. `framework`, `sectors/automotive`, `index`. */
export function rootSlugs(dir = docsDir): string[] {
	const prefixes = localeCodes.map((code) => locales[code].prefix).filter(Boolean);
	return globSync('**/*.{md,mdx}', { cwd: dir, ignore: prefixes.map((prefix) => `${prefix}/**`) })
		.map((file) => file.replace(/\.mdx?$/, ''))
		.sort();
}

/** The slugs that exist in a translated locale. */
export function localeSlugs(locale: Locale, dir = docsDir): string[] {
	const prefix = locales[locale].prefix;
	if (!prefix) return rootSlugs(dir);
	return globSync('**/*.{md,mdx}', { cwd: join(dir, prefix) })
		.map((file) => file.replace(/\.mdx?$/, ''))
		.sort();
}

/**
 * The page slugs of a locale as they appear in URLs: `index` → ``, `sectors/index` → `sectors`,
 * `sectors/automotive` stays.
 */
export function pageSlugs(locale: Locale, dir = docsDir): string[] {
	return localeSlugs(locale, dir)
		.map((slug) => slug.replace(/(^|\/)index$/, ''))
		.sort();
}

export function pageFile(slug: string, locale: Locale, dir = docsDir): string {
	const prefix = locales[locale].prefix;
	const [file] = globSync(`${slug}.{md,mdx}`, {
		cwd: prefix ? join(dir, prefix) : dir,
		absolute: true,
	});
	if (!file) throw new Error(`No ${locale} page for "${slug}" in ${relative(process.cwd(), dir)}.`);
	return file;
}

export interface PageSource {
	file: string;
	text: string;
	frontmatter: Record<string, unknown>;
}

export function readPage(slug: string, locale: Locale = rootLocale, dir = docsDir): PageSource {
	const file = pageFile(slug, locale, dir);
	const text = readFileSync(file, 'utf8');
	const match = /^---\n([\s\S]*?)\n---/.exec(text);
	const frontmatter = (match ? parse(match[1] ?? '') : {}) as Record<string, unknown>;
	return { file: relative(process.cwd(), file), text, frontmatter };
}

export type UiStrings = Record<string, string>;

/** The UI strings of `content/i18n/<locale>.json`. */
export function readUiStrings(locale: Locale): UiStrings {
	const file = join(process.cwd(), 'content/i18n', `${locale}.json`);
	return JSON.parse(readFileSync(file, 'utf8')) as UiStrings;
}

export function readAllUiStrings(): Record<Locale, UiStrings> {
	return Object.fromEntries(localeCodes.map((locale) => [locale, readUiStrings(locale)])) as Record<
		Locale,
		UiStrings
	>;
}

/**
 * What breaks the rule that every page exists in every language under the same file name: each
 * translation not yet written, and each translation whose Indonesian original is gone. Starlight
 * would quietly show the Indonesian page in place of a missing translation.
 */
export function translationProblems(dir = docsDir): string[] {
	const shown = (file: string) => relative(process.cwd(), file);
	const originals = rootSlugs(dir);
	const problems: string[] = [];
	for (const locale of localeCodes.filter((code) => code !== rootLocale)) {
		const folder = join(dir, locales[locale].prefix);
		const translated = localeSlugs(locale, dir);
		for (const slug of originals.filter((candidate) => !translated.includes(candidate))) {
			const original = readPage(slug, rootLocale, dir);
			problems.push(
				`${shown(join(folder, `${slug}.mdx`))} is missing: translate ${original.file} into ${locales[locale].label} under the same file name, with translatedFrom: '${sourceFingerprint(original.text)}'`,
			);
		}
		for (const slug of translated.filter((candidate) => !originals.includes(candidate))) {
			problems.push(
				`${shown(pageFile(slug, locale, dir))} has no Indonesian original ${shown(join(dir, `${slug}.mdx`))}: write the original, or delete the translation`,
			);
		}
	}
	return problems;
}
