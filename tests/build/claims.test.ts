import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readUiStrings } from '../../src/lib/content-files';
import { fillTemplate } from '../../src/lib/fill-template';
import { formatDate } from '../../src/lib/dates';
import { localeCodes, splitLocalePath } from '../../src/lib/locales';
import { loadProgramme } from '../../src/lib/programme/load';
import {
	factById,
	findById,
	findSubject,
	newestSourceDate,
	originCount,
	subjectSlug,
	subjectStatus,
	type SubjectKind,
} from '../../src/lib/programme/lookup';
import { factOrigins, originOf } from '../../src/lib/programme/parse';
import { builtPages, distDir, pageFor } from './dist';

const programme = loadProgramme(join(process.cwd(), 'content/programme'));
const fill = (template: string | undefined, values: Record<string, string | number>) =>
	fillTemplate(template ?? '', values);

describe('every citation marker shows, in visible text, the confidence and origins in the data', () => {
	const pages = builtPages().filter(({ $ }) => $('a.cite').length > 0);

	test('the markers are on the pages', () => {
		expect(pages.length).toBeGreaterThan(60);
	});

	test.each(pages)('$file', ({ file, $ }) => {
		const { locale } = splitLocalePath(`/${file.replace(/index\.html$/, '')}`);
		const strings = readUiStrings(locale);
		$('a.cite').each((_, link) => {
			const id = $(link).attr('href')?.split('#fact-')[1] ?? '';
			const fact = factById(programme, id);
			const expected = fill(strings[`cite.${fact.confidence}`], {
				count: originCount(programme, fact),
			});
			expect($(link).text(), `marker of ${id}`).toBe(expected);
			// Nothing that only a mouse would reveal: no tooltip, no name that differs from the text.
			expect($(link).attr('title'), `title of ${id}`).toBeUndefined();
			expect($(link).attr('aria-label'), `aria-label of ${id}`).toBeUndefined();
		});
	});
});

describe.each(localeCodes)('status is what the data shows (%s)', (locale) => {
	const strings = readUiStrings(locale);
	const subjects: [SubjectKind, string][] = [
		...programme.sectors.map(({ id }): [SubjectKind, string] => ['sector', id]),
		...programme.themes.map(({ id }): [SubjectKind, string] => ['theme', id]),
	];

	test.each(subjects)('%s %s', (kind, id) => {
		const { $ } = pageFor(subjectSlug(kind, id), locale);
		const subject = findSubject(programme, kind, id);
		const panel = $('#status')
			.closest('.sl-heading-wrapper')
			.nextUntil('.sl-heading-wrapper.level-h2')
			.filter('.subject-status');
		expect(panel.length, 'the status section renders <SubjectStatus />').toBe(1);
		expect(panel.find('dd').eq(1).find('li').length).toBe(subject.documents.length);
		expect(panel.find('dd').eq(2).find('li').length).toBe(subject.activities.length);
		const overview = $('.subject-overview').text();
		expect(overview).toContain(
			strings[`subject.statusExplain.${subjectStatus(programme, kind, id)}`],
		);
	});

	test('the key facts say how old the newest source is, beside when the status was checked', () => {
		const newest = formatDate(newestSourceDate(programme, 'new-midec').slice(0, 7), locale);
		for (const slug of ['', 'framework']) {
			const text = pageFor(slug, locale).$('.key-facts').text();
			expect(text).toContain(fill(strings['freshness.newest'], { date: newest }));
			expect(text).toContain(
				fill(strings['freshness.reviewed'], {
					date: formatDate(programme.programme.reviewed, locale),
				}),
			);
		}
	});

	test('the matrix legend is on the page with the matrix', () => {
		const { $ } = pageFor('status', locale);
		expect($('.matrix .legend').text()).toBe(strings['matrix.legend']);
	});
});

test('/api/programme.json carries every fact with its origins and sources, and every source with its origin', () => {
	const api = JSON.parse(readFileSync(join(distDir, 'api/programme.json'), 'utf8')) as {
		facts: { id: string; confidence: string; origins: string[]; sources: string[] }[];
		sources: { id: string; origin: string }[];
	};
	expect(api.facts.map(({ id }) => id)).toEqual(programme.facts.map(({ id }) => id));
	for (const fact of api.facts) {
		const data = factById(programme, fact.id);
		expect(fact.origins).toEqual(factOrigins(programme, data));
		expect(fact.sources).toEqual(data.sources);
		expect(fact.confidence).toBe(data.confidence);
	}
	expect(api.sources.map(({ id }) => id)).toEqual(programme.sources.map(({ id }) => id));
	for (const source of api.sources)
		expect(source.origin).toBe(originOf(findById(programme.sources, source.id, 'source')));
});

describe('full names at first mention in the prose of each page', () => {
	const firstMentions = {
		id: [
			['Kementerian Perindustrian', 'Kemenperin'],
			['Kementerian Ekonomi, Perdagangan, dan Industri', 'METI'],
		],
		en: [
			['Kementerian Perindustrian', 'Kemenperin'],
			['Ministry of Economy, Trade and Industry', 'METI'],
		],
		ja: [['インドネシア工業省', '工業省']],
	} as const;
	const pages = builtPages().filter(({ file }) => file !== '404.html');

	test.each(pages)('$file', ({ file, $ }) => {
		const { locale, slug } = splitLocalePath(`/${file.replace(/index\.html$/, '')}`);
		// The page's own prose, in order; components that list data (key facts, status boxes,
		// source lists) name things in their own short form.
		const text = $('.sl-markdown-content')
			.children('p, ul, ol, h2, h3, table, blockquote')
			.not('.not-content')
			.map((_, element) => $(element).text())
			.get()
			.join('\n')
			.replace(/\s+/g, ' ');
		for (const [full, short] of firstMentions[locale]) {
			const first = text.indexOf(short);
			if (first === -1) continue;
			const expanded = text.indexOf(full);
			expect(expanded, `${file}: write "${full}" before the first "${short}"`).toBeGreaterThan(-1);
			expect(expanded, `${file}: write "${full}" before the first "${short}"`).toBeLessThanOrEqual(
				first,
			);
		}
		if (slug === '' || slug === 'framework')
			expect(text, `${file}: spell out the programme's name`).toContain(
				'New Manufacturing Industry Development Center',
			);
	});
});
