/**
 * The site's three languages. Indonesian is the root locale (no URL prefix);
 * English and Japanese live under /en/ and /ja/ with identical slugs.
 */
export const locales = {
	id: { label: 'Bahasa Indonesia', lang: 'id', prefix: '' },
	en: { label: 'English', lang: 'en', prefix: 'en' },
	ja: { label: '日本語', lang: 'ja', prefix: 'ja' },
} as const;

export type Locale = keyof typeof locales;

export const localeCodes = Object.keys(locales) as Locale[];

export const rootLocale: Locale = 'id';

export function isLocale(value: string | undefined): value is Locale {
	return value !== undefined && Object.hasOwn(locales, value);
}

/** Starlight's `locales` option: the root locale under `root`, the others by prefix. */
export function starlightLocales(): Record<string, { label: string; lang: string }> {
	return Object.fromEntries(
		localeCodes.map((code) => {
			const { label, lang, prefix } = locales[code];
			return [prefix || 'root', { label, lang }];
		}),
	);
}

function trimSlashes(path: string): string {
	return path.replace(/^\/+|\/+$/g, '');
}

/**
 * Splits a site path or content id (with or without the deployment base) into its locale and the
 * locale-independent slug, e.g. `/new-midec/ja/framework/` → `{ locale: 'ja', slug: 'framework' }`;
 * home pages have the slug `''`.
 */
export function splitLocalePath(pathname: string, base = '/'): { locale: Locale; slug: string } {
	let path = trimSlashes(pathname);
	const basePath = trimSlashes(base);
	if (basePath && (path === basePath || path.startsWith(`${basePath}/`))) {
		path = trimSlashes(path.slice(basePath.length));
	}
	const [first = '', ...rest] = path.split('/');
	const prefixed = localeCodes.find(
		(code) => locales[code].prefix && locales[code].prefix === first,
	);
	const [locale, slug] = prefixed ? [prefixed, rest.join('/')] : [rootLocale, path];
	// Content ids name the Indonesian home page `index`; its slug, like every home page's, is empty.
	return { locale, slug: slug === 'index' ? '' : slug };
}

/** The path of `slug` in `locale`, under `base`, always with a trailing slash. */
export function localePath(slug: string, locale: Locale, base = '/'): string {
	const parts = [trimSlashes(base), locales[locale].prefix, trimSlashes(slug)].filter(Boolean);
	return parts.length ? `/${parts.join('/')}/` : '/';
}

/** The site locale of a page's `lang` (Starlight route data gives `id`, `en` or `ja`). */
export function localeOfLang(lang: string): Locale {
	if (isLocale(lang)) return lang;
	throw new Error(`"${lang}" is not one of the site's languages (${localeCodes.join(', ')}).`);
}

/**
 * A root-relative link written in a page (`/status/#matrix`) as it must be served: under the
 * deployment base and in the page's locale. Other links (external, relative, `#…`) stay as they are.
 */
export function localizeHref(href: string, locale: Locale, base = '/'): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const match = /^([^?#]*)(.*)$/.exec(href);
	const [path, rest] = [match?.[1] ?? href, match?.[2] ?? ''];
	return localePath(path, locale, base) + rest;
}
