import type { UiStrings } from './content-files';
import { localeCodes, locales, rootLocale, type Locale } from './locales';
import type { Programme } from './programme/parse';
import { subjectSlug, subjectStatus, type SubjectKind } from './programme/lookup';

type Strings = Record<Locale, UiStrings>;

/** The same UI string in every language, keyed by `lang` as Starlight's sidebar expects. */
function translated(
	strings: Strings,
	key: string,
): { label: string; translations: Record<string, string> } {
	const pick = (locale: Locale) => {
		const value = strings[locale][key];
		if (!value) throw new Error(`content/i18n/${locale}.json has no "${key}": add it.`);
		return value;
	};
	return {
		label: pick(rootLocale),
		translations: Object.fromEntries(
			localeCodes.map((locale) => [locales[locale].lang, pick(locale)]),
		),
	};
}

function subjectItems(programme: Programme, strings: Strings, kind: SubjectKind) {
	const subjects = kind === 'sector' ? programme.sectors : programme.themes;
	// Only a pilot gets a badge: it says what the 2019 announcement named, nothing more.
	return subjects.map(({ id }) =>
		subjectStatus(programme, kind, id) === 'pilot'
			? {
					slug: subjectSlug(kind, id),
					badge: {
						text: translated(strings, 'status.pilot').translations,
						variant: 'success' as const,
					},
				}
			: subjectSlug(kind, id),
	);
}

/**
 * Starlight's sidebar: four groups, each listing a fixed set of pages. Page labels come from each
 * page's title in its language; group labels and pilot badges from the UI strings.
 */
export function buildSidebar(programme: Programme, strings: Strings) {
	return [
		{
			...translated(strings, 'sidebar.programme'),
			items: ['index', 'framework', 'ijepa', 'midec-2008', 'status', 'timeline'],
		},
		{
			...translated(strings, 'sidebar.sectors'),
			items: ['sectors', ...subjectItems(programme, strings, 'sector')],
		},
		{
			...translated(strings, 'sidebar.themes'),
			items: ['themes', ...subjectItems(programme, strings, 'theme')],
		},
		{
			...translated(strings, 'sidebar.reference'),
			items: ['glossary', 'sources', 'about'],
		},
	];
}
