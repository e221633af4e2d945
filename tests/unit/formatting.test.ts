import { describe, expect, test } from 'vitest';
import {
	comparePartialDates,
	formatDate,
	formatDateRange,
	isPartialDate,
} from '../../src/lib/dates';
import { listConnector } from '../../src/lib/intl';

describe('formatDate', () => {
	test.each([
		['id', '27 Juni 2019', 'Juni 2019', '2019'],
		['en', '27 June 2019', 'June 2019', '2019'],
		['ja', '2019年6月27日', '2019年6月', '2019年'],
	] as const)('%s', (locale, day, month, year) => {
		expect(formatDate('2019-06-27', locale)).toBe(day);
		expect(formatDate('2019-06', locale)).toBe(month);
		expect(formatDate('2019', locale)).toBe(year);
	});

	test('rejects a date that is not one', () => {
		expect(() => formatDate('27/6/2019', 'en')).toThrow(/YYYY-MM-DD/);
	});
});

test('formatDateRange joins both ends with the dash of the language', () => {
	expect(formatDateRange('2025-08-20', '2025-09-02', 'en')).toBe(
		'20 August 2025 – 2 September 2025',
	);
	expect(formatDateRange('2025-08-20', '2025-09-02', 'ja')).toBe('2025年8月20日〜2025年9月2日');
});

test.each([
	['2019-06-27', true],
	['2019-06', true],
	['2019', true],
	['2019-02-29', false],
	['2019-13', false],
	['19-06-27', false],
])('isPartialDate(%s) is %s', (value, expected) => {
	expect(isPartialDate(value)).toBe(expected);
});

test('a date known only to the year or month sorts after the days it contains', () => {
	const dates = ['2019', '2019-07', '2019-06-27', '2018-12-01', '2019-06'];
	expect(dates.toSorted(comparePartialDates)).toEqual([
		'2018-12-01',
		'2019-06-27',
		'2019-06',
		'2019-07',
		'2019',
	]);
});

test.each([
	['id', ' dan '],
	['en', ' and '],
	['ja', '、'],
] as const)('listConnector(%s)', (locale, connector) => {
	expect(listConnector(locale)).toBe(connector);
});
