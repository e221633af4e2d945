import { cachedFormatter, intlLocale } from './intl';
import type { Locale } from './locales';

/** A calendar date known to the day, the month or only the year: `2019-06-27`, `2019-06`, `2019`. */
export type PartialDate = string;

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface ParsedDate {
	date: Date;
	precision: 'year' | 'month' | 'day';
}

export function parsePartialDate(value: PartialDate): ParsedDate | undefined {
	const match = partialDatePattern.exec(value);
	if (!match) return undefined;
	const [, year, month, day] = match;
	const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
	// Date.UTC rolls 2019-02-30 over into March; a real date survives the round trip.
	const roundTrip = date.toISOString().slice(0, value.length);
	if (roundTrip !== value) return undefined;
	return { date, precision: day ? 'day' : month ? 'month' : 'year' };
}

export function isPartialDate(value: string): boolean {
	return parsePartialDate(value) !== undefined;
}

const precisionOptions: Record<ParsedDate['precision'], Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric' },
	month: { year: 'numeric', month: 'long' },
	day: { year: 'numeric', month: 'long', day: 'numeric' },
};

function parseOrThrow(value: PartialDate): ParsedDate {
	const parsed = parsePartialDate(value);
	if (!parsed) throw new Error(`"${value}" is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY.`);
	return parsed;
}

/** "27 Juni 2019", "27 June 2019", "2019年6月27日"; shorter when only the month or year is known. */
export function formatDate(value: PartialDate, locale: Locale): string {
	const { date, precision } = parseOrThrow(value);
	const format = cachedFormatter(
		`date ${precision} ${locale}`,
		() =>
			new Intl.DateTimeFormat(intlLocale[locale], {
				...precisionOptions[precision],
				timeZone: 'UTC',
			}),
	);
	return format.format(date);
}

/** The range dash of each language; Japanese writes 〜 between dates. */
const rangeSeparator: Record<Locale, string> = { id: ' – ', en: ' – ', ja: '〜' };

/**
 * A date range in the page's language, e.g. "20 August 2025 – 2 September 2025". Both ends are
 * formatted in full because ICU's Japanese range format falls back to "2025/08/20～2025/09/02".
 */
export function formatDateRange(start: PartialDate, end: PartialDate, locale: Locale): string {
	return [start, end].map((value) => formatDate(value, locale)).join(rangeSeparator[locale]);
}

/**
 * Sorts partial dates chronologically. A date known only to the month or year sorts after the
 * days it contains: "2019" means some time in 2019, not its first day.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	const end = (value: PartialDate) => value.padEnd(10, '-99-99'.slice(value.length - 4));
	return end(a).localeCompare(end(b));
}
