import { expect, test } from 'vitest';
import { homophones } from '../../src/lib/search-homophones';

test('each kanji gets the common kanji of the reading it has in the term', async () => {
	const table = await homophones(['金型', '溶接', 'Tekstil']);
	// 金型 is read かながた: 型 as かた (voiced), 金 as かな.
	expect(table['型']).toContain('形');
	expect(table['型']).toContain('方');
	expect(table['型']).not.toContain('計');
	expect(table['金']).toBeDefined();
	expect(table['接']).toContain('説');
	expect(Object.keys(table).every((character) => /\p{Script=Han}/u.test(character))).toBe(true);
});
