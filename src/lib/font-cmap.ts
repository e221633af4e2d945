import { inflateSync } from 'node:zlib';

/**
 * The Unicode code points a font has glyphs for, read from its `cmap` table. Accepts the font
 * formats satori can draw with: TrueType/OpenType (`.ttf`, `.otf`) and WOFF 1 (`.woff`).
 */
export function fontCodePoints(font: Uint8Array): Set<number> {
	const data = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const cmap = fontTable(font, data, 'cmap');
	if (!cmap) throw new Error('The font has no cmap table.');
	return cmapCodePoints(new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength));
}

function tagAt(data: DataView, offset: number): string {
	return String.fromCharCode(
		data.getUint8(offset),
		data.getUint8(offset + 1),
		data.getUint8(offset + 2),
		data.getUint8(offset + 3),
	);
}

function fontTable(font: Uint8Array, data: DataView, tag: string): Uint8Array | undefined {
	const signature = tagAt(data, 0);
	if (signature === 'wOF2') {
		throw new Error('WOFF2 fonts are not supported here: this reader decompresses WOFF only.');
	}
	if (signature === 'wOFF') {
		const numTables = data.getUint16(12);
		for (let i = 0; i < numTables; i++) {
			const entry = 44 + i * 20;
			if (tagAt(data, entry) !== tag) continue;
			const offset = data.getUint32(entry + 4);
			const compLength = data.getUint32(entry + 8);
			const origLength = data.getUint32(entry + 12);
			const stored = font.subarray(offset, offset + compLength);
			return compLength < origLength ? inflateSync(stored) : stored;
		}
		return undefined;
	}
	const numTables = data.getUint16(4);
	for (let i = 0; i < numTables; i++) {
		const entry = 12 + i * 16;
		if (tagAt(data, entry) !== tag) continue;
		const offset = data.getUint32(entry + 8);
		return font.subarray(offset, offset + data.getUint32(entry + 12));
	}
	return undefined;
}

function isUnicodeEncoding(platform: number, encoding: number): boolean {
	return platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
}

function cmapCodePoints(cmap: DataView): Set<number> {
	const points = new Set<number>();
	const numTables = cmap.getUint16(2);
	for (let i = 0; i < numTables; i++) {
		const record = 4 + i * 8;
		if (!isUnicodeEncoding(cmap.getUint16(record), cmap.getUint16(record + 2))) continue;
		const offset = cmap.getUint32(record + 4);
		const format = cmap.getUint16(offset);
		if (format === 4) addFormat4(cmap, offset, points);
		else if (format === 12) addFormat12(cmap, offset, points);
	}
	return points;
}

/** Segment mapping to delta values: the Basic Multilingual Plane. */
function addFormat4(cmap: DataView, offset: number, points: Set<number>): void {
	const segCount = cmap.getUint16(offset + 6) / 2;
	const endCodes = offset + 14;
	const startCodes = endCodes + segCount * 2 + 2;
	const idDeltas = startCodes + segCount * 2;
	const idRangeOffsets = idDeltas + segCount * 2;
	for (let s = 0; s < segCount; s++) {
		const start = cmap.getUint16(startCodes + s * 2);
		const end = cmap.getUint16(endCodes + s * 2);
		const delta = cmap.getInt16(idDeltas + s * 2);
		const rangeOffsetAt = idRangeOffsets + s * 2;
		const rangeOffset = cmap.getUint16(rangeOffsetAt);
		for (let c = start; c <= end && c !== 0xffff; c++) {
			let glyph: number;
			if (rangeOffset === 0) {
				glyph = (c + delta) & 0xffff;
			} else {
				glyph = cmap.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2);
				if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
			}
			if (glyph !== 0) points.add(c);
		}
	}
}

/** Segmented coverage: all of Unicode, including the supplementary planes. */
function addFormat12(cmap: DataView, offset: number, points: Set<number>): void {
	const numGroups = cmap.getUint32(offset + 12);
	for (let g = 0; g < numGroups; g++) {
		const group = offset + 16 + g * 12;
		const start = cmap.getUint32(group);
		const end = cmap.getUint32(group + 4);
		const startGlyph = cmap.getUint32(group + 8);
		for (let c = start; c <= end; c++) if (startGlyph + (c - start) !== 0) points.add(c);
	}
}
