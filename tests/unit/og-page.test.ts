import { describe, expect, test } from 'vitest';
import { readOgPage } from '../../src/lib/og-page';

/** A built page; `null` leaves the og:site_name meta or the h1 out. */
const page = ({
	lang = 'en',
	title = 'Framework document | New MIDEC',
	siteName = 'New MIDEC' as string | null,
	h1 = '<h1 id="_top">Framework document</h1>' as string | null,
}) =>
	`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
	(siteName === null ? '' : `<meta property="og:site_name" content="${siteName}"/>`) +
	`<style>h1 { color: red }</style></head><body><header><a href="/">New MIDEC</a></header>` +
	`<main>${h1 ?? ''}<p>Text</p>${h1 ? '<h1>Second heading</h1>' : ''}</main></body></html>`;

describe('readOgPage', () => {
	test('reads the h1, og:site_name and lang', () => {
		expect(readOgPage(page({}))).toEqual({
			title: 'Framework document',
			siteName: 'New MIDEC',
			lang: 'en',
		});
	});

	test('takes the text of the first h1, entities decoded and whitespace collapsed', () => {
		const h1 = '<h1 id="_top">Mold &amp; dies\n  <span>(cetakan)</span></h1>';
		expect(readOgPage(page({ h1 })).title).toBe('Mold & dies (cetakan)');
	});

	test('without an h1, uses the <title> without the site name', () => {
		expect(readOgPage(page({ h1: null, title: '404 | 新MIDEC', siteName: '新MIDEC' })).title).toBe(
			'404',
		);
	});

	test('without og:site_name, takes the site name from the <title>', () => {
		const read = readOgPage(page({ siteName: null, title: '枠組み文書 | 新MIDEC', lang: 'ja' }));
		expect(read.siteName).toBe('新MIDEC');
	});

	test('names what is missing', () => {
		expect(() => readOgPage(page({ h1: null, title: '' }))).toThrow(
			/neither an <h1> nor a <title>/,
		);
		expect(() => readOgPage(page({ siteName: null, title: 'Framework' }))).toThrow(/og:site_name/);
	});
});
