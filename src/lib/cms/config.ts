import { z } from 'astro/zod';
import { localeCodes, locales, type Locale } from '../locales';
import type { Programme } from '../programme/parse';
import {
	programmeFiles,
	type Localized,
	type ProgrammeFile,
	type ProgrammeListFile,
} from '../programme/schema';
import type { UiStrings } from '../content-files';
import { choiceLabels, choiceStringPrefixes, fieldHints, fieldLabels, fileLabels } from './labels';
import { dataCollection, formats, listField, sourceField } from './names';

/**
 * The editor's configuration (Decap CMS collections), derived from the Zod schemas that validate
 * the build: fields, required fields, enumerations, and the entries another field refers to. It is
 * written in every language at once; `localizeConfig` picks the editor's language.
 */

/** A text in every language, which `localizeConfig` turns into the editor's one. */
type Text = Localized;

/** The field that names an entry of each list file, shown when a form offers the entries. */
const nameFields: Record<ProgrammeListFile, string> = {
	'sectors.yaml': 'name',
	'themes.yaml': 'name',
	'events.yaml': 'title',
	'people.yaml': 'name',
	'institutions.yaml': 'name',
	'glossary.yaml': 'term',
	'origins.yaml': 'name',
	'sources.yaml': 'about',
	'facts.yaml': 'about',
	'source-errors.yaml': 'error',
	'gaps.yaml': 'about',
};

interface JsonSchema {
	type?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	enum?: string[];
	anyOf?: JsonSchema[];
	minItems?: number;
	pattern?: string;
	default?: unknown;
	form?: 'localized' | 'partial-date';
	references?: ProgrammeListFile | ProgrammeListFile[];
	patternError?: string;
}

export type CmsField = Record<string, unknown> & { name: string };

const fileName = (file: ProgrammeFile) => file.replace(/\.yaml$/, '');

function label(name: string): Text {
	const text = fieldLabels[name];
	if (!text) throw new Error(`src/lib/cms/labels.ts: give the field "${name}" a label`);
	return text;
}

function languageLabel(locale: Locale): Text {
	const { label: name } = locales[locale];
	return { id: name, en: name, ja: name };
}

/**
 * The field that offers the entries of `file`, named in the editor's language, after their date
 * where the entries have one.
 */
function relation(file: ProgrammeListFile, multiple: boolean, min?: number) {
	const named = `${listField}.*.${nameFields[file]}`;
	const dated = jsonSchema(file).items?.properties?.date ? [`${listField}.*.date`] : [];
	return {
		widget: 'relation',
		collection: dataCollection,
		file: fileName(file),
		value_field: `${listField}.*.id`,
		search_fields: [`${named}.{locale}`, `${listField}.*.id`, ...dated],
		display_fields: [...dated, `${named}.{locale}`],
		multiple,
		...(min ? { min } : {}),
	};
}

/** A field's choices with their names: the site's own words where it shows them, else the editor's. */
function choicesOf(name: string, values: string[], strings: Record<Locale, UiStrings>) {
	const prefix = choiceStringPrefixes[name];
	return values.map((value) => {
		const label = prefix
			? (Object.fromEntries(
					localeCodes.map((locale) => [locale, strings[locale][`${prefix}.${value}`]]),
				) as Partial<Text>)
			: choiceLabels[name]?.[value];
		if (!label || localeCodes.some((locale) => !label[locale]))
			throw new Error(
				prefix
					? `content/i18n: give "${prefix}.${value}" a text in every language`
					: `src/lib/cms/labels.ts: name the choice "${value}" of "${name}" in choiceLabels`,
			);
		return { value, label };
	});
}

function widgetFor(
	name: string,
	schema: JsonSchema,
	programme: Programme,
	strings: Record<Locale, UiStrings>,
): Record<string, unknown> {
	if (schema.form) return { widget: schema.form };
	const references = schema.references ?? schema.items?.references;
	if (Array.isArray(references)) {
		const entries = references.flatMap((file) =>
			file === 'sectors.yaml' ? programme.sectors : programme.themes,
		);
		return {
			widget: 'select',
			multiple: schema.type === 'array',
			options: entries.map(({ id, name }) => ({ value: id, label: name })),
		};
	}
	if (references) return relation(references, schema.type === 'array', schema.minItems);
	if (schema.enum) return { widget: 'select', options: choicesOf(name, schema.enum, strings) };
	if (schema.type === 'boolean') return { widget: 'boolean' };
	if (schema.type === 'object' || schema.anyOf) {
		return { widget: 'object', collapsed: false, fields: fieldsOf(schema, programme, strings) };
	}
	if (schema.type === 'array' && schema.items) {
		const item = schema.items;
		if (item.type === 'object' && !item.form)
			return { widget: 'list', fields: fieldsOf(item, programme, strings), ...summaryOf(item) };
		return { widget: 'list', ...(schema.minItems ? { min: schema.minItems } : {}) };
	}
	return {
		widget: 'string',
		...(schema.pattern && schema.patternError
			? { pattern: [schema.pattern, schema.patternError] }
			: {}),
	};
}

/**
 * What the collapsed entries of a list show: the date and the name in the editor's language where
 * an entry has them, else the field that tells it apart.
 */
function summaryOf(item: JsonSchema) {
	const properties = item.properties ?? {};
	const has = (key: string) => key in properties;
	const name = [...new Set(Object.values(nameFields))].find(
		(key) => properties[key]?.form === 'localized',
	);
	const shown = [
		...['date', 'page'].filter(has).map((key) => `{{fields.${key}}}`),
		name
			? `{{fields.${name}.{locale} | truncate(80)}}`
			: ['id', 'document', 'sector', 'wording'].filter(has).map((key) => `{{fields.${key}}}`),
	].flat();
	return shown.length ? { summary: shown.join(' · ') } : {};
}

function fieldsOf(
	schema: JsonSchema,
	programme: Programme,
	strings: Record<Locale, UiStrings>,
): CmsField[] {
	// A union (an item matches one of several forms) offers every field of every form.
	const forms = schema.anyOf ?? [schema];
	const properties = Object.assign({}, ...forms.map((form) => form.properties)) as Record<
		string,
		JsonSchema
	>;
	// A list of entries to pick is checked by the build's schema on saving, with the build's
	// message ("name at least one source from sources.yaml"), rather than the CMS's own.
	const required = (name: string) =>
		forms.every(
			(form) =>
				form.required?.includes(name) &&
				form.properties?.[name]?.default === undefined &&
				!(form.properties?.[name]?.type === 'array' && form.properties[name]?.items?.references),
		);
	// Words per language (`synonyms`): each list is named by its language.
	const byLanguage = Object.keys(properties).join() === localeCodes.join();
	return Object.entries(properties).map(([name, field]) => ({
		name,
		label: byLanguage ? languageLabel(name as Locale) : label(name),
		required: required(name),
		...(fieldHints[name] ? { hint: fieldHints[name] } : {}),
		...widgetFor(name, field, programme, strings),
	}));
}

const jsonSchema = (file: ProgrammeFile) =>
	z.toJSONSchema(programmeFiles[file], { io: 'input' }) as JsonSchema;

const listFiles = (Object.keys(programmeFiles) as ProgrammeFile[]).filter(
	(file): file is ProgrammeListFile => jsonSchema(file).type === 'array',
);
const recordFiles = (Object.keys(programmeFiles) as ProgrammeFile[]).filter(
	(file) => jsonSchema(file).type === 'object',
);

const hiddenSource = { name: sourceField, widget: 'hidden', required: false };

export interface PageEntry {
	/** The path from the project root, e.g. `content/docs/en/status.mdx`. */
	file: string;
	title: string;
}

function pageCollection(locale: Locale, pages: PageEntry[]) {
	const { label: languageName } = locales[locale];
	return {
		name: `pages-${locale}`,
		label: {
			id: `Halaman: ${languageName}`,
			en: `Pages: ${languageName}`,
			ja: `ページ：${languageName}`,
		},
		format: formats.page,
		create: false,
		delete: false,
		editor: { preview: false },
		files: pages.map(({ file, title }) => ({
			name: file
				.replace(/^content\/docs\//, '')
				.replace(/\.mdx$/, '')
				.replaceAll('/', '--'),
			label: title,
			file,
			fields: [
				{ name: 'title', label: label('title'), widget: 'string' },
				{ name: 'description', label: label('description'), widget: 'text' },
				{ ...relation('facts.yaml', true), name: 'facts', label: label('facts'), required: false },
				{ name: 'body', label: label('body'), widget: 'mdx' },
				hiddenSource,
			],
		})),
	};
}

/** The collections of the editor: the data files, then the pages in each language. */
export function cmsCollections(
	programme: Programme,
	pages: Record<Locale, PageEntry[]>,
	strings: Record<Locale, UiStrings>,
) {
	const common = { editor: { preview: false }, create: false, delete: false };
	return [
		{
			name: dataCollection,
			label: { id: 'Data program', en: 'Programme data', ja: 'プログラムのデータ' },
			format: formats.list,
			...common,
			files: listFiles.map((file) => {
				const schema = jsonSchema(file);
				return {
					name: fileName(file),
					label: fileLabels[file],
					file: `content/programme/${file}`,
					fields: [
						{
							name: listField,
							label: fileLabels[file],
							widget: 'list',
							collapsed: true,
							minimize_collapsed: false,
							// A new entry goes at the end of the file, where a hand edit adds it.
							add_to_top: false,
							fields: fieldsOf(schema.items ?? {}, programme, strings),
							...summaryOf(schema.items ?? {}),
						},
						hiddenSource,
					],
				};
			}),
		},
		{
			name: 'records',
			label: { id: 'Data tunggal', en: 'Single records', ja: '単一の記録' },
			format: formats.record,
			...common,
			files: recordFiles.map((file) => ({
				name: fileName(file),
				label: fileLabels[file],
				file: `content/programme/${file}`,
				fields: [...fieldsOf(jsonSchema(file), programme, strings), hiddenSource],
			})),
		},
		...localeCodes.map((locale) => pageCollection(locale, pages[locale])),
	];
}
