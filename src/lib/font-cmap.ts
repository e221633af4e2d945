import { create } from 'fontkitten';

/**
 * The Unicode code points a font has glyphs for, from its character map, read by fontkitten:
 * TrueType/OpenType (`.ttf`, `.otf`), WOFF and WOFF2.
 */
export function fontCodePoints(font: Uint8Array): Set<number> {
	const parsed = create(Buffer.from(font.buffer, font.byteOffset, font.byteLength));
	if (!('characterSet' in parsed))
		throw new Error('This is a font collection: give the file of one font.');
	return new Set(parsed.characterSet);
}
