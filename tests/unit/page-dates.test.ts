import { expect, test } from 'vitest';
import { pageDates } from '../../src/lib/page-dates';

const note = { id: 'a', en: 'b', ja: 'c' };
const history = {
	published: '2026-11-27',
	pages: [
		{
			page: 'status',
			updates: [
				{ date: '2027-01-05', note },
				{ date: '2027-03-01', note },
			],
		},
		{ page: 'about', published: '2027-02-01', updates: [] },
	],
};

test('a page without history was published with the site and never updated', () => {
	expect(pageDates(history, 'framework')).toEqual({
		published: '2026-11-27',
		updated: '2026-11-27',
		updates: [],
	});
});

test('the last update is the newest, and updates are listed newest first', () => {
	const dates = pageDates(history, 'status');
	expect(dates.updated).toBe('2027-03-01');
	expect(dates.updates.map((update) => update.date)).toEqual(['2027-03-01', '2027-01-05']);
});

test('a page can have its own publication date', () => {
	expect(pageDates(history, 'about').published).toBe('2027-02-01');
});
