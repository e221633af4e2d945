import type { Locale } from '../locales';
import type { Localized } from '../programme/schema';

/**
 * The names that the editor's configuration (config.ts) and the editor's page (src/admin/) share.
 */

/** Where the editor keeps each file's text as it was read, to write back only what changed. */
export const sourceField = '_source';

/** The collection of the list files and the custom formats the editor registers (src/admin/). */
export const dataCollection = 'data';
export const formats = { list: 'programme-list', record: 'programme-record', page: 'mdx-page' };
/** A list file's entries sit under this field in the editor (the file itself is the list). */
export const listField = 'items';

/** The front matter fields an editor changes on a page; the others stay as written. */
export const pageFields = ['title', 'description', 'facts', 'body'] as const;

/** The configuration in one language: every text in all three becomes the one of `locale`. */
export function localizeConfig<T>(config: T, locale: Locale): T {
	const isText = (value: unknown): value is Localized =>
		value !== null &&
		typeof value === 'object' &&
		!Array.isArray(value) &&
		Object.keys(value).sort().join() === 'en,id,ja';
	const walk = (value: unknown, key?: string): unknown => {
		if (typeof value === 'string') return value.replaceAll('{locale}', locale);
		if (Array.isArray(value)) return value.map((item) => walk(item));
		if (isText(value) && key !== undefined && ['label', 'label_singular', 'hint'].includes(key))
			return value[locale];
		if (value !== null && typeof value === 'object')
			return Object.fromEntries(
				Object.entries(value).map(([name, item]) => [name, walk(item, name)]),
			);
		return value;
	};
	return walk(config) as T;
}

/** The folder of the editor on the site: /admin/. No public page links to it or loads from it. */
export const editorFolder = 'admin';
