import { describe, expect, test } from 'vitest';
import { localeSlugs, readPage, readUiStrings, rootSlugs } from '../../src/lib/content-files';
import { localeCodes, rootLocale, type Locale } from '../../src/lib/locales';
import { sectionsOf, translationState } from '../../src/lib/translations';

/**
 * The facts a page's text cites, each as often as it is cited: a translation cites the same
 * claims (sorted, since Japanese may order a sentence's claims differently).
 */
const citedFacts = (text: string) =>
	[...text.matchAll(/<Cite fact="([^"]+)"/g)].map(([, fact]) => fact).sort();

const translatedLocales = localeCodes.filter((code) => code !== rootLocale);
const slugs = rootSlugs();

test('the Indonesian site has pages', () => {
	expect(slugs).toContain('index');
});

describe.each(translatedLocales)('%s pages mirror the Indonesian pages', (locale) => {
	test('every page exists in both, with the same slug', () => {
		expect(localeSlugs(locale)).toEqual(slugs);
	});

	test.each(slugs)('%s', (slug) => {
		const original = readPage(slug);
		const translation = readPage(slug, locale);
		const sections = sectionsOf(original.text);
		const translatedSections = sectionsOf(translation.text);
		expect(translatedSections.length, 'number of sections').toBeGreaterThanOrEqual(sections.length);
		expect(translatedSections.map(({ id }) => id).filter(Boolean), 'section ids').toEqual(
			sections.map(({ id }) => id).filter(Boolean),
		);
		expect(citedFacts(translation.text), 'the facts cited in the text').toEqual(
			citedFacts(original.text),
		);
		for (const key of ['pageType', 'subject', 'facts']) {
			expect(translation.frontmatter[key], key).toEqual(original.frontmatter[key]);
		}
		expect(
			translationState(original.text, translation.frontmatter.translatedFrom),
			`${translation.file} is behind ${original.file}: run \`npm run translations\``,
		).toBe('current');
	});
});

describe('UI strings', () => {
	// English alone has a singular form; every other key is in every language.
	const baseKeys = (locale: Locale) =>
		Object.keys(readUiStrings(locale))
			.filter((key) => !key.endsWith('_one'))
			.sort();

	test.each(translatedLocales)('%s has every key of the Indonesian file and no other', (locale) => {
		expect(baseKeys(locale)).toEqual(baseKeys(rootLocale));
	});

	test('English has a singular for every plural', () => {
		const en = readUiStrings('en');
		for (const key of Object.keys(en).filter((candidate) => candidate.endsWith('_other'))) {
			expect(en[key.replace(/_other$/, '_one')], key).toBeTruthy();
		}
	});
});
