/**
 * Lists every English and Japanese page whose Indonesian original changed since it was translated.
 * Run with `npm run translations`. After bringing a translation in step, set its front matter
 * `translatedFrom:` to the fingerprint printed here.
 */
import { localeCodes, rootLocale } from '../lib/locales';
import { localeSlugs, readPage, rootSlugs } from '../lib/content-files';
import { sourceFingerprint, translationState } from '../lib/translations';

let behind = 0;
for (const slug of rootSlugs()) {
	const original = readPage(slug);
	const fingerprint = sourceFingerprint(original.text);
	for (const locale of localeCodes.filter((code) => code !== rootLocale)) {
		if (!localeSlugs(locale).includes(slug)) {
			console.log(
				`missing  ${locale}/${slug}: translate ${original.file}, translatedFrom: '${fingerprint}'`,
			);
			behind++;
			continue;
		}
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
