import { describe, expect, test } from 'vitest';
import { describeCharacter, uncoveredCharacters } from '../../src/lib/glyph-coverage';
import { loadOgFonts } from '../../src/integrations/og-images';

describe('uncoveredCharacters', () => {
	const covered = new Set([...'New MIDEC新'].map((c) => c.codePointAt(0)));
	const covers = (codePoint: number) => covered.has(codePoint);

	test('is empty when the fonts cover every character', () => {
		expect(uncoveredCharacters('新 MIDEC', covers)).toEqual([]);
	});

	test('reports each missing character once, in order', () => {
		expect(uncoveredCharacters('MIDEC 日本 日', covers)).toEqual(['日', '本']);
	});

	test('counts a character outside the Basic Multilingual Plane as one', () => {
		expect(uncoveredCharacters('New 😀', covers)).toEqual(['😀']);
	});

	test('needs no glyph for joiners, variation selectors and controls', () => {
		expect(uncoveredCharacters('New\u200d\ufe0f\u00ad\t', covers)).toEqual([]);
	});

	test('describes a character by code point', () => {
		expect(describeCharacter('😀')).toBe('U+1F600 "😀"');
		expect(describeCharacter('A')).toBe('U+0041 "A"');
	});
});

describe('the fonts of the preview images', () => {
	const { covers } = loadOgFonts();

	test('cover Indonesian, English and Japanese titles', () => {
		for (const title of [
			'Pengembangan IKM',
			'Mold and dies (cetakan)',
			'MIDEC（前身のプログラム）',
			'日インドネシアEPA・経済産業省・工業省・金型・溶接',
			'Bahasa Indonesia English 日本語',
			'Indonesia–Japan “quotes” — café',
		]) {
			expect(uncoveredCharacters(title, covers), title).toEqual([]);
		}
	});

	test('report characters they do not have', () => {
		expect(uncoveredCharacters('新MIDEC 😀 ภาษาไทย', covers)).toEqual([
			'😀',
			'ภ',
			'า',
			'ษ',
			'ไ',
			'ท',
			'ย',
		]);
	});
});
