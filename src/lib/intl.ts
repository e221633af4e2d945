import type { Locale } from './locales';

/** The Intl locale of each site locale: British English writes "27 June 2019". */
export const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB', ja: 'ja-JP' };

/** "a, b dan c", "a, b and c", "a、b、c". */
export function formatList(items: string[], locale: Locale): string {
	return new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' }).format(items);
}

export function formatNumber(value: number, locale: Locale): string {
	return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/** A country's name in the page's language, from its ISO code: "Jepang", "Japan", "日本". */
export function countryName(code: string, locale: Locale): string {
	return new Intl.DisplayNames(intlLocale[locale], { type: 'region' }).of(code) ?? code;
}

/** A language's name in the page's language: "bahasa Jepang", "Japanese", "日本語". */
export function languageName(code: string, locale: Locale): string {
	return new Intl.DisplayNames(intlLocale[locale], { type: 'language' }).of(code) ?? code;
}

/** The words that join two items in the page's language: " dan ", " and ", "、". */
export function listConnector(locale: Locale): string {
	const parts = new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' }).formatToParts([
		'a',
		'b',
	]);
	return parts.find((part) => part.type === 'literal')?.value ?? ', ';
}

interface Punctuation {
	comma: string;
	semicolon: string;
	colon: string;
	open: string;
	close: string;
	stop: string;
}

const latinPunctuation: Punctuation = {
	comma: ', ',
	semicolon: '; ',
	colon: ': ',
	open: ' (',
	close: ')',
	stop: '.',
};

/** Punctuation written between data values; Japanese uses its full-width forms. */
export const punctuation: Record<Locale, Punctuation> = {
	id: latinPunctuation,
	en: latinPunctuation,
	ja: { comma: '、', semicolon: '、', colon: '：', open: '（', close: '）', stop: '。' },
};
