import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kanji from 'kanji';
import kuromoji from 'kuromoji';
import { isKanji, toHiragana } from './kana';

/**
 * The kanji taught in school grades 1–6 (kyōiku kanji): the common ones that an input method puts
 * first among the choices for a sound, so the usual wrong choices. All jōyō kanji would double the
 * table for rarer mistakes.
 */
const commonKanji = (['g01', 'g02', 'g03', 'g04', 'g05', 'g06'] as const).flatMap((grade) =>
	kanji.grade[grade](),
);

/** A kanji's readings as hiragana stems: on and kun alike, without okurigana (かた.い → かた). */
function readingsOf(character: string): string[] {
	let readings: { on: string[]; kun: string[] } | undefined;
	try {
		readings = kanji.readings(character);
	} catch {
		// The dictionary has entries without readings; such a kanji has no homophones here.
		return [];
	}
	const stems = [...(readings?.on ?? []), ...(readings?.kun ?? [])].map((reading) =>
		toHiragana(reading.replace(/^-|-$/g, '').split('.')[0] ?? ''),
	);
	return [...new Set(stems.filter(Boolean))];
}

/** A reading as it may sound inside a word: voiced (かた → がた) or with a small つ (がく → がっ). */
function soundsInWord(reading: string): string[] {
	const first = reading.charAt(0);
	const forms = new Set([reading]);
	for (const mark of ['\u3099', '\u309a']) {
		const changed = (first + mark).normalize('NFC');
		if (changed.length === 1) forms.add(changed + reading.slice(1));
	}
	for (const form of [...forms]) if (/[つくちき]$/.test(form)) forms.add(`${form.slice(0, -1)}っ`);
	return [...forms];
}

/** Which reading each kanji of `term` takes in `reading` (hiragana); undefined if none fits. */
function readingPerCharacter(term: string, reading: string): (string | undefined)[] | undefined {
	const characters = [...term];
	const align = (index: number, at: number): (string | undefined)[] | undefined => {
		if (index === characters.length) return at === reading.length ? [] : undefined;
		const character = characters[index] ?? '';
		if (!isKanji(character)) {
			if (toHiragana(character) !== reading.charAt(at)) return undefined;
			const rest = align(index + 1, at + 1);
			return rest && [undefined, ...rest];
		}
		for (const stem of readingsOf(character)) {
			for (const form of soundsInWord(stem)) {
				if (!reading.startsWith(form, at)) continue;
				const rest = align(index + 1, at + form.length);
				if (rest) return [stem, ...rest];
			}
		}
		return undefined;
	};
	return align(0, 0);
}

const dictionary = join(dirname(createRequire(import.meta.url).resolve('kuromoji')), '../dict');

/**
 * For each kanji of the Japanese terms, the common kanji with the reading it has in them: the
 * wrong choices an input method offers for the same sound (金型 read かながた: 型 → 形, 方, 片, …).
 * The reading of a term comes from kuromoji's dictionary; a term it reads in a way that the kanji
 * dictionary does not explain (many personal names) gets none.
 */
export async function homophones(terms: string[]): Promise<Record<string, string>> {
	const tokenizer = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>(
		(resolve, reject) =>
			kuromoji
				.builder({ dicPath: dictionary })
				.build((error, built) => (error ? reject(error) : resolve(built))),
	);
	const byReading = new Map<string, string[]>();
	for (const character of commonKanji) {
		for (const stem of readingsOf(character)) {
			byReading.set(stem, [...(byReading.get(stem) ?? []), character]);
		}
	}
	const table = new Map<string, Set<string>>();
	for (const term of new Set(terms.filter((term) => [...term].some(isKanji)))) {
		const reading = toHiragana(
			tokenizer
				.tokenize(term)
				.map((token) => token.reading ?? token.surface_form)
				.join(''),
		);
		const perCharacter = readingPerCharacter(term, reading) ?? [];
		[...term].forEach((character, index) => {
			const stem = perCharacter[index];
			if (!stem) return;
			const same = table.get(character) ?? new Set<string>();
			for (const other of byReading.get(stem) ?? []) if (other !== character) same.add(other);
			table.set(character, same);
		});
	}
	return Object.fromEntries(
		[...table]
			.filter(([, same]) => same.size)
			.map(([character, same]) => [character, [...same].join('')]),
	);
}
