import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { decapPhrasesId, type DecapPhrases } from '../../src/admin/decap-phrases-id';

/**
 * Decap's English phrases as the installed Decap CMS has them: decap-cms-locales where
 * decap-cms-app, which the editor's bundle is built from, finds it. Loaded from the package's ES
 * module build (`module`): its `main` build runs only in a browser window.
 */
async function decapEnglish(): Promise<DecapPhrases> {
	const fromDecap = createRequire(createRequire(import.meta.url).resolve('decap-cms/package.json'));
	const fromApp = createRequire(fromDecap.resolve('decap-cms-app/package.json'));
	const manifest = fromApp.resolve('decap-cms-locales/package.json');
	const { module: entry } = fromApp(manifest) as { module: string };
	const { en } = (await import(join(dirname(manifest), entry))) as { en: DecapPhrases };
	return en;
}

/** Every phrase by its full key, e.g. `auth.login`. */
const byKey = (phrases: DecapPhrases, prefix = ''): Map<string, string> =>
	new Map(
		Object.entries(phrases).flatMap(([key, value]) =>
			typeof value === 'string'
				? [[`${prefix}${key}`, value]]
				: [...byKey(value, `${prefix}${key}.`)],
		),
	);

/** The placeholders of each plural form of a phrase, e.g. `[['smart_count'], ['smart_count']]`. */
const placeholders = (phrase: string) =>
	phrase
		.split('||||')
		.map((form) => [...form.matchAll(/%\{(\w+)\}/g)].map(([, name]) => name).sort());

const english = byKey(await decapEnglish());
const indonesian = byKey(decapPhrasesId);

test('has every phrase of Decap’s English set', () => {
	const missing = [...english.keys()].filter((key) => !indonesian.has(key));
	expect(missing, 'translate these keys in src/admin/decap-phrases-id.ts').toEqual([]);
});

test('has no phrase that Decap’s English set lacks', () => {
	const extra = [...indonesian.keys()].filter((key) => !english.has(key));
	expect(extra, 'Decap has no such keys: remove them from src/admin/decap-phrases-id.ts').toEqual(
		[],
	);
});

test('keeps the placeholders and plural forms of each English phrase', () => {
	const differing = [...indonesian]
		.filter(([key]) => english.has(key))
		.filter(([key, phrase]) => {
			const expected = placeholders(english.get(key) ?? '');
			return JSON.stringify(placeholders(phrase)) !== JSON.stringify(expected);
		})
		.map(([key, phrase]) => `${key}: "${phrase}" for "${english.get(key)}"`);
	expect(differing).toEqual([]);
});

test('says every phrase in Indonesian, apart from names and bare placeholders', () => {
	const sameInBothLanguages = [
		'app.header.media',
		'collection.collectionTop.newButton',
		'editor.editorToolbar.status',
		'editor.editorWidgets.markdown.markdown',
		'ui.toast.onFailToAuth',
		'workflow.workflowCard.lastChangeNoAuthor',
	];
	const untranslated = [...indonesian]
		.filter(([key, phrase]) => phrase === english.get(key))
		.map(([key]) => key);
	expect(untranslated).toEqual(sameInBothLanguages);
});
