/** Katakana as hiragana (ア → あ), so that a reading or a typed word compares in one script. */
export function toHiragana(text: string): string {
	return text.replace(/[\u30a1-\u30f6]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));
}

/** Whether a character is hiragana or katakana (with the long-vowel mark): okurigana can be either. */
export const isKana = (character: string) =>
	/^[\p{Script=Hiragana}\p{Script=Katakana}ー]$/u.test(character);

/** Whether a character is a kanji. */
export const isKanji = (character: string) => /^\p{Script=Han}$/u.test(character);
