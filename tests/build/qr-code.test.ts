import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test } from 'vitest';
import { builtPages, distDir } from './dist';

const pages = builtPages().filter(({ file }) => !file.startsWith('404'));

test.each(pages)('the QR code of $file decodes to its permanent link', ({ $ }) => {
	const image = $('.share figure img');
	expect(image.attr('alt')).toBeTruthy();
	expect(image.attr('loading')).toBe('lazy');
	const svg = readFileSync(join(distDir, image.attr('src') ?? ''), 'utf8');
	const png = PNG.sync.read(
		new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: 'white' }).render().asPng(),
	);
	const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	expect(decoded?.data).toBe($('#permalink').attr('value'));
});

test('the page for an unknown address offers nothing to share', () => {
	const notFound = builtPages().find(({ file }) => file === '404.html');
	expect(notFound?.$('main').length).toBe(1);
	expect(notFound?.$('.share').length).toBe(0);
});
