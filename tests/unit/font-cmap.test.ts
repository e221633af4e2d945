import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { fontCodePoints } from '../../src/lib/font-cmap';

const require = createRequire(import.meta.url);
const codePoint = (char: string) => char.codePointAt(0) ?? -1;
const fontFile = (name: string) =>
	readFileSync(require.resolve(`@fontsource/noto-sans-jp/files/${name}`));

describe('fontCodePoints', () => {
	test('reads the characters of a WOFF font', () => {
		const latin = fontCodePoints(fontFile('noto-sans-jp-latin-700-normal.woff'));
		expect(latin.has(codePoint('A'))).toBe(true);
		expect(latin.has(codePoint('新'))).toBe(false);
	});

	test('reads Japanese characters from the files that have them', () => {
		const japanese = fontCodePoints(fontFile('noto-sans-jp-japanese-700-normal.woff'));
		for (const char of '新日本語のプログラム') expect(japanese.has(codePoint(char))).toBe(true);
	});

	test('reads WOFF2 as well, with the same characters', () => {
		expect(fontCodePoints(fontFile('noto-sans-jp-latin-700-normal.woff2'))).toEqual(
			fontCodePoints(fontFile('noto-sans-jp-latin-700-normal.woff')),
		);
	});
});
