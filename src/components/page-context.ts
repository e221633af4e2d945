import { punctuation } from '~/lib/intl';
import { localeOfLang, localePath, type Locale } from '~/lib/locales';
import { findSubject, type Subject, type SubjectKind } from '~/lib/programme/lookup';
import { programme } from '~/programme';

interface PageLocals {
	starlightRoute: { lang: string; entry: { filePath?: string; data: Record<string, unknown> } };
}

/**
 * The page's locale, a helper that links a slug in that locale under the deployment base, and
 * `gap`: what stands between a sentence and the next sentence or its marker, a space but none in
 * Japanese.
 */
export function pageContext(locals: PageLocals) {
	const locale: Locale = localeOfLang(locals.starlightRoute.lang);
	const href = (slug: string, hash?: string) =>
		localePath(slug, locale, import.meta.env.BASE_URL) + (hash ? `#${hash}` : '');
	return {
		locale,
		href,
		gap: punctuation[locale].sentenceGap,
		entry: locals.starlightRoute.entry,
	};
}

/**
 * The sector or theme a sector or theme page is about, from its front matter, for the components
 * that show it; `component` names the component in the error when the page is not one.
 */
export function pageSubject(
	locals: PageLocals,
	component: string,
): { kind: SubjectKind; subject: Subject } {
	const { entry } = locals.starlightRoute;
	const { pageType, subject } = entry.data as { pageType?: string; subject?: string };
	if ((pageType !== 'sector' && pageType !== 'theme') || !subject) {
		throw new Error(
			`${entry.filePath ?? 'A page'}: <${component} /> needs front matter with pageType sector or theme and a subject id.`,
		);
	}
	return { kind: pageType, subject: findSubject(programme, pageType, subject) };
}
