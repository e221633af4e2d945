import { describe, expect, test } from 'vitest';
import { languageLabel, ogCard, titleFontSize } from '../../src/lib/og-card';

describe('languageLabel', () => {
	test('names each site language in itself', () => {
		expect(languageLabel('id')).toBe('Bahasa Indonesia');
		expect(languageLabel('en')).toBe('English');
		expect(languageLabel('ja')).toBe('日本語');
	});

	test('falls back to the language code', () => {
		expect(languageLabel('not a language')).toBe('not a language');
	});
});

describe('titleFontSize', () => {
	test('short titles are largest', () => {
		expect(titleFontSize('金型').fontSize).toBe(96);
		expect(titleFontSize('Mold and dies (cetakan)').fontSize).toBe(96);
	});

	test('longer titles get smaller, and Japanese counts as wider', () => {
		const sizes = [
			'Promosi ekspor dan investasi',
			'a'.repeat(60),
			'a'.repeat(90),
			'a'.repeat(400),
		].map((title) => titleFontSize(title).fontSize);
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		expect(sizes.at(-1)).toBeLessThan(sizes[0] ?? 0);
		expect(titleFontSize('製'.repeat(30)).fontSize).toBeLessThan(
			titleFontSize('a'.repeat(30)).fontSize,
		);
	});
});

test('the card shows the title, the site name and the language', () => {
	const text = JSON.stringify(
		ogCard({ title: '金型', siteName: '新MIDEC', languageLabel: '日本語' }),
	);
	for (const part of ['"金型"', '"新MIDEC"', '"日本語"']) expect(text).toContain(part);
});
