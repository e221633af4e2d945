/**
 * Lists every English and Japanese page that is missing, has no Indonesian original, or whose
 * Indonesian original changed since it was translated.
 * Run with `npm run translations`. After bringing a translation in step, set its front matter
 * `translatedFrom:` to the fingerprint printed here.
 */
import { localeCodes, rootLocale } from '../lib/locales';
import { localeSlugs, readPage, rootSlugs, translationProblems } from '../lib/content-files';
import { sourceFingerprint, translationState } from '../lib/translations';

const missing = translationProblems();
for (const problem of missing) console.log(problem);
let behind = missing.length;
for (const slug of rootSlugs()) {
	const original = readPage(slug);
	const fingerprint = sourceFingerprint(original.text);
	for (const locale of localeCodes.filter((code) => code !== rootLocale)) {
		if (!localeSlugs(locale).includes(slug)) continue;
		const translation = readPage(slug, locale);
		const state = translationState(original.text, translation.frontmatter.translatedFrom);
		if (state === 'current') continue;
		console.log(
			`${state.padEnd(8)} ${translation.file}: update it from ${original.file}, then set translatedFrom: '${fingerprint}'`,
		);
		behind++;
	}
}
console.log(
	behind
		? `${behind} translation(s) behind their Indonesian original.`
		: 'All translations are in step.',
);
process.exitCode = behind ? 1 : 0;
