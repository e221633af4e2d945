import type { Locale } from './locales';

/** The Intl locale of each site locale: British English writes "27 June 2019". */
export const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB', ja: 'ja-JP' };

const formatters = new Map<string, unknown>();

/**
 * The formatter that `create` makes, made once per `key`. Making an Intl formatter loads the
 * locale's ICU data and costs far more than using it, and every page formats dozens of values.
 */
export function cachedFormatter<T>(key: string, create: () => T): T {
	if (!formatters.has(key)) formatters.set(key, create());
	return formatters.get(key) as T;
}

const listFormat = (locale: Locale) =>
	cachedFormatter(
		`list ${locale}`,
		() => new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' }),
	);

const displayNames = (locale: Locale, type: 'region' | 'language') =>
	cachedFormatter(
		`display ${type} ${locale}`,
		() => new Intl.DisplayNames(intlLocale[locale], { type }),
	);

/** "a, b dan c", "a, b and c", "a、b、c". */
export function formatList(items: string[], locale: Locale): string {
	return listFormat(locale).format(items);
}

export function formatNumber(value: number, locale: Locale): string {
	return cachedFormatter(
		`number ${locale}`,
		() => new Intl.NumberFormat(intlLocale[locale]),
	).format(value);
}

/** A country's name in the page's language, from its ISO code: "Jepang", "Japan", "日本". */
export function countryName(code: string, locale: Locale): string {
	return displayNames(locale, 'region').of(code) ?? code;
}

/** A language's name in the page's language: "bahasa Jepang", "Japanese", "日本語". */
export function languageName(code: string, locale: Locale): string {
	return displayNames(locale, 'language').of(code) ?? code;
}

/** The words that join two items in the page's language: " dan ", " and ", "、". */
export function listConnector(locale: Locale): string {
	const parts = listFormat(locale).formatToParts(['a', 'b']);
	return parts.find((part) => part.type === 'literal')?.value ?? ', ';
}

interface Punctuation {
	comma: string;
	semicolon: string;
	colon: string;
	open: string;
	close: string;
	stop: string;
	/** Between two sentences: a space, none in Japanese. */
	sentenceGap: string;
	/** Around a quoted wording: “…” in Latin text, 「…」 in Japanese. */
	quoteOpen: string;
	quoteClose: string;
}

const latinPunctuation: Punctuation = {
	comma: ', ',
	semicolon: '; ',
	colon: ': ',
	open: ' (',
	close: ')',
	stop: '.',
	sentenceGap: ' ',
	quoteOpen: '“',
	quoteClose: '”',
};

/** Punctuation written between data values; Japanese uses its full-width forms. */
export const punctuation: Record<Locale, Punctuation> = {
	id: latinPunctuation,
	en: latinPunctuation,
	ja: {
		comma: '、',
		semicolon: '、',
		colon: '：',
		open: '（',
		close: '）',
		stop: '。',
		sentenceGap: '',
		quoteOpen: '「',
		quoteClose: '」',
	},
};
