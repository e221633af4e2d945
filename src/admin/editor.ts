/**
 * The editor at /admin/: Decap CMS (loaded before this script as a classic script, which defines
 * the globals below) with what this site needs on top of it: the data files read and written as
 * they are on disk (top-level lists, comments kept), texts in three languages side by side, dates
 * and whole files checked with the build's own schemas before anything is saved, and pages whose
 * MDX is kept byte for byte.
 */
import { parse } from 'yaml';
import { fileProblems, isProgrammeFile } from '../lib/cms/check';
import { formats, listField, localizeConfig, pageFields, sourceField } from '../lib/cms/names';
import { splitPage, updatePage, updateYaml } from '../lib/cms/source-text';
import { isLocale, localeCodes, locales, type Locale } from '../lib/locales';
import { localized, partialDate, sourceSchema, type Source } from '../lib/programme/schema';
import { z } from 'astro/zod';
import { decapPhrasesId, type DecapPhrases } from './decap-phrases-id';

type Element = unknown;
type CreateElement = (
	type: unknown,
	props?: Record<string, unknown> | null,
	...children: unknown[]
) => Element;
interface WidgetProps {
	value: unknown;
	field: ImmutableLike;
	onChange: (value: unknown) => void;
	forID: string;
	classNameWrapper: string;
}
interface Widget {
	props: WidgetProps;
}
interface ImmutableLike {
	toJS(): unknown;
	get(key: string): unknown;
}
interface DecapCms {
	init(options: { config: unknown }): void;
	registerLocale(locale: string, phrases: DecapPhrases): void;
	registerCustomFormat(
		name: string,
		extension: string,
		format: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string },
	): void;
	registerWidget(name: string, control: unknown): void;
	registerEventListener(listener: {
		name: string;
		handler(event: { entry: ImmutableLike }): void;
	}): void;
}
declare global {
	interface Window {
		CMS: DecapCms;
		CMS_MANUAL_INIT: boolean;
		h: CreateElement;
		createClass(spec: Record<string, unknown>): unknown;
	}
}

const { CMS, h, createClass } = window;

const plain = (value: unknown): unknown =>
	value !== null && typeof value === 'object' && 'toJS' in value
		? (value as ImmutableLike).toJS()
		: value;

const isEmpty = (value: unknown) =>
	value === undefined ||
	value === null ||
	value === '' ||
	(typeof value === 'object' && Object.values(value).every((text) => !text));

/**
 * The build's message for a value the schema refuses, as Decap shows it under the field. An
 * optional field left empty is left out of the file, so it is no mistake.
 */
function verdict(schema: z.ZodType, props: WidgetProps, empty: unknown) {
	const value = plain(props.value) ?? empty;
	if (props.field.get('required') === false && isEmpty(value)) return true;
	const result = schema.safeParse(value);
	if (result.success) return true;
	const [issue] = result.error.issues;
	const language = issue?.path.find((key) => isLocale(String(key))) as Locale | undefined;
	const message = issue?.message ?? '';
	return { error: { message: language ? `${locales[language].label}: ${message}` : message } };
}

/** The language the editor works in: `?lang=`, else the browser's, else Indonesian. */
function editorLocale(): Locale {
	const asked = new URLSearchParams(location.search).get('lang') ?? undefined;
	if (isLocale(asked)) return asked;
	const browser = navigator.languages
		.map((language) => language.slice(0, 2))
		.find((language) => isLocale(language));
	return (browser as Locale | undefined) ?? 'id';
}

// Sources as the editor last read sources.yaml: a fact's confidence is checked against them.
let knownSources: Source[] | undefined;
const sourcesSchema = z.array(sourceSchema);

CMS.registerCustomFormat(formats.list, 'yaml', {
	fromFile(text) {
		const items: unknown = parse(text) ?? [];
		const sources = sourcesSchema.safeParse(items);
		if (sources.success) knownSources = sources.data;
		return { [listField]: items, [sourceField]: text };
	},
	toFile: (data) => updateYaml(String(data[sourceField] ?? ''), data[listField] ?? []),
});

CMS.registerCustomFormat(formats.record, 'yaml', {
	fromFile: (text) => ({ ...(parse(text) as object), [sourceField]: text }),
	toFile({ [sourceField]: source, ...data }) {
		return updateYaml(String(source ?? ''), data);
	},
});

CMS.registerCustomFormat(formats.page, 'mdx', {
	fromFile(text) {
		const { frontMatter, body } = splitPage(text);
		return { ...frontMatter, body, [sourceField]: text };
	},
	toFile(data) {
		const source = String(data[sourceField] ?? '');
		// Only the fields the form offers change; every other line of the front matter stays.
		const { frontMatter } = splitPage(source);
		for (const field of pageFields)
			if (field !== 'body' && data[field] !== undefined) frontMatter[field] = data[field];
		return updatePage(source, { frontMatter, body: String(data.body ?? '') });
	},
});

/** A text in the three languages, side by side, each in its own language. */
const LocalizedControl = createClass({
	isValid(this: Widget) {
		return verdict(localized, this.props, {});
	},
	render(this: Widget) {
		const value = (plain(this.props.value) ?? {}) as Partial<Record<Locale, string>>;
		return h(
			'div',
			{ className: 'localized', id: this.props.forID },
			localeCodes.map((locale) =>
				h(
					'label',
					{ key: locale, lang: locale },
					h('span', null, locales[locale].label),
					h('textarea', {
						value: value[locale] ?? '',
						rows: 2,
						onChange: (event: { target: { value: string } }) =>
							this.props.onChange(
								Object.fromEntries(
									localeCodes.map((code) => [
										code,
										code === locale ? event.target.value : (value[code] ?? ''),
									]),
								),
							),
					}),
				),
			),
		);
	},
});

const PartialDateControl = createClass({
	isValid(this: Widget) {
		return verdict(partialDate, this.props, '');
	},
	render(this: Widget) {
		return h('input', {
			id: this.props.forID,
			className: this.props.classNameWrapper,
			value: String(this.props.value ?? ''),
			placeholder: '2026-11-30 · 2026-11 · 2026',
			inputMode: 'numeric',
			onChange: (event: { target: { value: string } }) => this.props.onChange(event.target.value),
		});
	},
});

/** The components a page may use, offered as blocks to insert where the cursor is. */
const pageComponents = [
	{ name: 'Cite', snippet: '<Cite fact="" />' },
	{ name: 'Value', snippet: '<Value of="" />' },
	{ name: 'FactList', snippet: "<FactList facts={['']} />" },
	{ name: 'Timeline', snippet: '<Timeline />' },
];

/** The page's text as written, MDX and all: the editor never rewrites what it did not change. */
const MdxControl = createClass({
	insert(
		this: Widget & { textarea?: HTMLTextAreaElement },
		component: (typeof pageComponents)[number],
	) {
		const text = String(this.props.value ?? '');
		const at = this.textarea?.selectionStart ?? text.length;
		let next = `${text.slice(0, at)}${component.snippet}${text.slice(at)}`;
		const importLine = `import ${component.name} from '~/components/${component.name}.astro';`;
		if (!next.includes(importLine)) next = `\n${importLine}\n${next.replace(/^\n/, '')}`;
		this.props.onChange(next);
	},
	render(this: Widget & { insert(component: unknown): void; textarea?: HTMLTextAreaElement }) {
		return h(
			'div',
			{ className: 'mdx' },
			h(
				'div',
				{ className: 'mdx-blocks', role: 'toolbar' },
				pageComponents.map((component) =>
					h(
						'button',
						{ key: component.name, type: 'button', onClick: () => this.insert(component) },
						`+ ${component.name}`,
					),
				),
			),
			h('textarea', {
				id: this.props.forID,
				ref: (element: HTMLTextAreaElement | null) => {
					this.textarea = element ?? undefined;
				},
				value: String(this.props.value ?? ''),
				rows: 30,
				spellCheck: true,
				onChange: (event: { target: { value: string } }) => this.props.onChange(event.target.value),
			}),
		);
	},
});

// Decap has English and Japanese words of its own, not Indonesian.
CMS.registerLocale('id', decapPhrasesId);
CMS.registerWidget('localized', LocalizedControl);
CMS.registerWidget('partial-date', PartialDateControl);
CMS.registerWidget('mdx', MdxControl);

// The last check before a file is written: the file as a whole, as the build will read it.
CMS.registerEventListener({
	name: 'preSave',
	handler({ entry }) {
		const path = String(entry.get('path'));
		const file = path.replace(/^content\/programme\//, '');
		if (!isProgrammeFile(file)) return;
		const data = plain(entry.get('data')) as Record<string, unknown>;
		const record = Object.fromEntries(Object.entries(data).filter(([key]) => key !== sourceField));
		const value = Array.isArray(data[listField]) ? data[listField] : record;
		const problems = fileProblems(file, value, knownSources);
		if (problems.length) throw new Error(problems.join('\n'));
	},
});

const locale = editorLocale();
document.documentElement.lang = locale;
const response = await fetch('config.yml');
const config = localizeConfig(parse(await response.text()) as Record<string, unknown>, locale);
CMS.init({ config: { ...config, locale, load_config_file: false } });
