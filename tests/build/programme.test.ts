import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { docsDir, readPage } from '../../src/lib/content-files';
import { comparePartialDates, formatDate } from '../../src/lib/dates';
import { localeCodes, localePath, splitLocalePath } from '../../src/lib/locales';
import { findById, isPilot, subjectSlug, type SubjectKind } from '../../src/lib/programme/lookup';
import { loadProgramme } from '../../src/lib/programme/load';
import { sourcesPage } from '../../src/lib/data-anchors';
import { builtHtmlFiles, distDir, loadPage, pageFor, servedPath } from './dist';

const root = join(import.meta.dirname, '../..');
const programme = loadProgramme(join(root, 'content/programme'));

describe.each<[SubjectKind, string]>([
	['sector', 'sectors'],
	['theme', 'themes'],
])('%s pages and data agree', (kind, folder) => {
	const entries = kind === 'sector' ? programme.sectors : programme.themes;
	const files = readdirSync(join(docsDir, folder)).filter((file) => file !== 'index.mdx');

	test.each(entries.map(({ id }) => id))(
		`the ${kind} "%s" has a built page in every locale`,
		(id) => {
			for (const locale of localeCodes) {
				const file = join(distDir, localePath(subjectSlug(kind, id), locale), 'index.html');
				expect(existsSync(file), file).toBe(true);
			}
		},
	);

	test.each(files)(
		`content/docs/${folder}/%s is about the ${kind} its file is named after`,
		(file) => {
			const id = file.replace(/\.mdx?$/, '');
			const data = readPage(`${folder}/${id}`).frontmatter;
			expect(entries.map((entry) => entry.id)).toContain(id);
			expect(data.pageType).toBe(kind);
			expect(data.subject).toBe(id);
		},
	);
});

describe('every page that rests on facts cites their sources', () => {
	const sourceIds = new Set(programme.sources.map(({ id }) => id));
	// The About page speaks only of the site itself, which needs no source.
	const pages = builtHtmlFiles().filter(
		(file) =>
			!file.endsWith('404.html') &&
			!file.startsWith('404/') &&
			splitLocalePath(servedPath(file)).slug !== 'about',
	);

	test.each(pages)('%s', (file) => {
		const { $ } = loadPage(file);
		const { slug } = splitLocalePath(servedPath(file));
		// The sources page cites through its complete list of facts instead.
		const citations = slug === sourcesPage ? $('li[id^="fact-"]') : $('#page-sources').parent();
		const sourceLinks = citations
			.find('a[href*="#source-"]')
			.map((_, link) => $(link).attr('href')?.split('#source-')[1])
			.get();
		expect(sourceLinks.length).toBeGreaterThan(0);
		for (const id of sourceLinks) expect(sourceIds).toContain(id);
	});
});

describe.each(localeCodes)('rendered data matches the data (%s)', (locale) => {
	test('the pilot matrix on /status/ has a row per sector, a column per theme and the pilots marked', () => {
		const { $ } = pageFor('status', locale);
		const table = $('.matrix table');
		expect(table.find('caption').text().trim()).not.toBe('');
		const columns = table.find('thead th[scope="col"]').slice(1);
		expect(columns.map((_, th) => $(th).text().trim()).get()).toEqual(
			programme.themes.map((theme) => theme.name[locale]),
		);
		const rows = table.find('tbody tr');
		expect(rows.length).toBe(programme.sectors.length);
		programme.sectors.forEach((sector, rowIndex) => {
			const row = rows.eq(rowIndex);
			expect(row.find('th[scope="row"]').text().trim()).toBe(sector.name[locale]);
			const cells = row.find('td');
			programme.themes.forEach((theme, columnIndex) => {
				expect(cells.eq(columnIndex).hasClass('pilot'), `${sector.id} × ${theme.id}`).toBe(
					isPilot(programme, sector.id, theme.id),
				);
			});
		});
	});

	test.each(['', 'framework'])('the key facts on /%s show the signing from the data', (slug) => {
		const { $ } = pageFor(slug, locale);
		const panel = $('.key-facts');
		expect(panel.length).toBe(1);
		const text = panel.text();
		expect(text).toContain(formatDate(programme.framework.date, locale));
		expect(text).toContain(programme.framework.place[locale]);
		for (const id of programme.framework.signatories) {
			expect(text).toContain(findById(programme.people, id, 'person').name[locale]);
		}
	});

	test('the timeline lists every event in date order', () => {
		const { $ } = pageFor('timeline', locale);
		const ids = $('.timeline li')
			.map((_, item) => $(item).attr('id'))
			.get();
		const expected = programme.events
			.toSorted((a, b) => comparePartialDates(a.date, b.date))
			.map((event) => `event-${event.id}`);
		expect(ids).toEqual(expected);
	});
});
