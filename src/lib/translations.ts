import { createHash } from 'node:crypto';

/**
 * A short fingerprint of an Indonesian page. A translation records the fingerprint of the version
 * it was translated from (`translatedFrom` in its front matter); when the Indonesian page changes,
 * the fingerprints differ and the translation is known to be behind.
 */
export function sourceFingerprint(text: string): string {
	return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

export type TranslationState = 'current' | 'behind' | 'unmarked';

export function translationState(sourceText: string, translatedFrom: unknown): TranslationState {
	if (typeof translatedFrom !== 'string' || !translatedFrom) return 'unmarked';
	return translatedFrom === sourceFingerprint(sourceText) ? 'current' : 'behind';
}

/** The `## Heading {#id}` sections of an MDX page, in order: level-2 headings and their ids. */
export function sectionsOf(mdx: string): { heading: string; id?: string }[] {
	return [...mdx.matchAll(/^## +(.+?)(?: +\{#([a-z0-9-]+)\})? *$/gm)].map(([, heading, id]) => ({
		heading: String(heading),
		id,
	}));
}
