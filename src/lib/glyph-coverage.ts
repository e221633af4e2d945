/** Characters that are drawn without a glyph of their own: joiners, variation selectors, controls. */
const needsNoGlyph = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;

/**
 * The characters of `text` that no loaded font can draw, each once, in order of appearance.
 * `covers` answers whether some font has a glyph for a code point. An empty result means the text
 * renders without missing-glyph boxes ("tofu").
 */
export function uncoveredCharacters(
	text: string,
	covers: (codePoint: number) => boolean,
): string[] {
	const missing = new Set<string>();
	for (const char of text) {
		if (missing.has(char) || needsNoGlyph.test(char)) continue;
		if (!covers(char.codePointAt(0) ?? 0)) missing.add(char);
	}
	return [...missing];
}

/** `U+1F600 "😀"`: a character as a reader can find it in a file or a code chart. */
export function describeCharacter(char: string): string {
	const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
	return `U+${hex} "${char}"`;
}
