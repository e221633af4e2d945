import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test } from 'vitest';
import { builtPages } from './dist';

const pages = builtPages().filter(({ file }) => !file.startsWith('404'));

test.each(pages)('the QR code on $file decodes to its permanent link', ({ $ }) => {
	const svg = $.html($('.share svg[role="img"]'));
	const png = PNG.sync.read(
		new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: 'white' }).render().asPng(),
	);
	const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	expect(decoded?.data).toBe($('#permalink').attr('value'));
});
