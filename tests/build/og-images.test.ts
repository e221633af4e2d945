import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ogImagePath } from '../../src/lib/og-image-path';
import { builtHtmlFiles, distDir } from './dist';

/** Width and height from a PNG's header (the IHDR chunk right after the signature). */
function pngSize(png: Buffer): { width: number; height: number } {
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	if (!png.subarray(0, 8).equals(signature)) throw new Error('not a PNG file');
	if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('the PNG has no IHDR chunk first');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const image = (htmlFile: string) => readFileSync(join(distDir, ogImagePath(htmlFile)));

describe('every page has a 1200×630 link-preview image', () => {
	test.each(builtHtmlFiles())('%s', (file) => {
		const path = join(distDir, ogImagePath(file));
		expect(existsSync(path), `${path} is missing`).toBe(true);
		expect(pngSize(readFileSync(path))).toEqual({ width: 1200, height: 630 });
	});
});

test('the 404 page has its image', () => {
	expect(existsSync(join(distDir, 'og/404.png'))).toBe(true);
});

test('the Japanese home page has its own image, not the English one', () => {
	expect(image('ja/index.html').equals(image('en/index.html'))).toBe(false);
	expect(image('ja/index.html').equals(image('index.html'))).toBe(false);
});
