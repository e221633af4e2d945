import { localeOfLang, localePath, type Locale } from '~/lib/locales';

interface PageLocals {
	starlightRoute: { lang: string; entry: { filePath?: string; data: Record<string, unknown> } };
}

/** The page's locale and a helper that links a slug in that locale under the deployment base. */
export function pageContext(locals: PageLocals) {
	const locale: Locale = localeOfLang(locals.starlightRoute.lang);
	const href = (slug: string, hash?: string) =>
		localePath(slug, locale, import.meta.env.BASE_URL) + (hash ? `#${hash}` : '');
	return { locale, href, entry: locals.starlightRoute.entry };
}
