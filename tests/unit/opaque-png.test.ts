import { PNG } from 'pngjs';
import { expect, test } from 'vitest';
import { opaquePng } from '../../src/integrations/opaque-png.mjs';

/** A width × height RGBA image with a different colour in every pixel, fully opaque. */
function gradient(width: number, height: number): Buffer {
	const pixels = Buffer.alloc(width * height * 4);
	for (let index = 0; index < width * height; index++) {
		pixels.set([index % 256, (index * 7) % 256, (index * 13) % 256, 255], index * 4);
	}
	return pixels;
}

test('an opaque image decodes to the same pixels', () => {
	const pixels = gradient(37, 11);
	const png = opaquePng(pixels, 37, 11);
	expect(png).toBeDefined();
	const decoded = PNG.sync.read(png as Buffer);
	expect({ width: decoded.width, height: decoded.height }).toEqual({ width: 37, height: 11 });
	expect(decoded.data.equals(pixels)).toBe(true);
});

test('an image with a transparent pixel is left to another encoder', () => {
	const pixels = gradient(4, 4);
	pixels[4 * 9 + 3] = 128;
	expect(opaquePng(pixels, 4, 4)).toBeUndefined();
});
