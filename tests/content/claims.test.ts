import { describe, expect, test } from 'vitest';
import { localeSlugs, readPage } from '../../src/lib/content-files';
import { localeCodes } from '../../src/lib/locales';

/** The prose of an MDX page: no front matter, no import lines, no code. */
function prose(text: string): string {
	return text
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/^import .+$/gm, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/`[^`]*`/g, '');
}

const months = {
	id: 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember',
	en: 'January|February|March|April|May|June|July|August|September|October|November|December',
};
// A day or month with its year is a date; it comes from the data, where it is written once.
const retypedDate = new RegExp(
	`\\b(\\d{1,2} )?(${months.id}|${months.en}) \\d{4}\\b|\\d{4}年\\d{1,2}月`,
	'g',
);
// Whether a Technical Arrangement was signed is what the data (gaps, subject status) says.
const signedArrangement =
	/(Technical Arrangement|\bTA\b|技術取決め)[^.。\n]*(ditandatangani|\bsigned\b|署名済み|署名され)|(ditandatangani|\bsigned\b|署名済み|署名され)[^.。\n]*(Technical Arrangement|\bTA\b|技術取決め)/;

describe.each(localeCodes)('claims that the data holds are rendered from it (%s)', (locale) => {
	test.each(localeSlugs(locale))('%s', (slug) => {
		const page = readPage(slug, locale);
		const text = prose(page.text);
		expect(
			text.match(retypedDate) ?? [],
			`${page.file}: write dates with <Value of="…" />`,
		).toEqual([]);
		const arrangement = text
			.split('\n')
			.filter((line) => signedArrangement.test(line) && !/<Gaps|gaps\.no-signed-ta/.test(line));
		expect(
			arrangement,
			`${page.file}: say whether a TA was signed from the data: <Value of="gaps.no-signed-ta.about" />, <Gaps ids={['no-signed-ta']} /> or <SubjectStatus />`,
		).toEqual([]);
	});
});
