/**
 * Synthetic docs pages for the scale benchmark: the same page in Indonesian, English and Japanese,
 * valid by the project's rules (page schema, same sections, `translatedFrom` fingerprints), with a
 * few hundred words of text in each language, headings, citations and links between the pages.
 * The text is a word-level Markov chain over the prose of the site's real pages in that language,
 * so it has the site's vocabulary and sentence shapes, and is seeded: a page's text depends only on
 * its number and language (its links' targets also on the number of pages), so runs repeat.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeSlugs, readPage } from '../../src/lib/content-files';
import { localeCodes, locales, rootLocale, type Locale } from '../../src/lib/locales';
import { pageTypes } from '../../src/lib/page-schema';
import type { Programme } from '../../src/lib/programme/parse';
import { subjectSlug, type SubjectKind } from '../../src/lib/programme/lookup';
import { sourceFingerprint } from '../../src/lib/translations';

/** The folder of the synthetic pages inside each locale's docs. */
export const syntheticFolder = 'synthetic';

/** Section ids in page order; a page has the first three to five, the same in every language. */
const sectionIds = ['overview', 'background', 'activities', 'partners', 'outlook'];

/** The slug of synthetic page `index` (from 0), e.g. `synthetic/page-00042`. */
function syntheticSlug(index: number): string {
	return `${syntheticFolder}/page-${String(index + 1).padStart(5, '0')}`;
}

/** A small seeded generator (mulberry32) over a string seed. */
function seededRandom(seed: string) {
	let state = 0;
	for (const char of seed) state = Math.imul(state ^ (char.codePointAt(0) ?? 0), 0x9e3779b1);
	const next = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const integer = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	return { next, integer, pick };
}
type Random = ReturnType<typeof seededRandom>;

/** Characters that mean something in MDX or Markdown: tokens with them are left out. */
const markupCharacters = /[{}<>[\]`|*_#\\]/;
const sentenceEnd = /[.!?。]$/;

/** The plain sentences of a real page: no front matter, imports, components, links or headings. */
function proseOf(mdx: string): string {
	return mdx
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.split('\n')
		.filter((line) => !/^\s*(import |<|#|\||---|$)/.test(line))
		.map((line) =>
			line
				.replace(/<[A-Z][^>]*\/>/g, '')
				.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
				.replace(/\*\*/g, '')
				.replace(/^\s*(-|\d+\.)\s+/, ''),
		)
		.join('\n');
}

/** Words and punctuation in reading order; Japanese, written without spaces, is split by ICU. */
function tokensOf(text: string, locale: Locale): string[] {
	if (locale !== 'ja') return text.split(/\s+/).filter(Boolean);
	const tokens: string[] = [];
	for (const { segment } of new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)) {
		// A space between Latin words (New MIDEC) stays with the word before it.
		if (!segment.trim()) {
			if (tokens.length) tokens[tokens.length - 1] += ' ';
		} else tokens.push(segment);
	}
	return tokens;
}

interface Chain {
	starts: string[];
	next: Map<string, string[]>;
	joiner: string;
}

/** Which word follows which in the real pages of `locale`, counted with repeats. */
function markovChain(locale: Locale, docsDir: string): Chain {
	const chain: Chain = { starts: [], next: new Map(), joiner: locale === 'ja' ? '' : ' ' };
	for (const slug of localeSlugs(locale, docsDir)) {
		const paragraphs = proseOf(readPage(slug, locale, docsDir).text).split('\n');
		for (const paragraph of paragraphs) {
			const tokens = tokensOf(paragraph, locale).filter((token) => !markupCharacters.test(token));
			let previous: string | undefined;
			for (const token of tokens) {
				if (previous === undefined || sentenceEnd.test(previous)) chain.starts.push(token);
				else if (chain.next.has(previous)) chain.next.get(previous)?.push(token);
				else chain.next.set(previous, [token]);
				previous = token;
			}
		}
	}
	return chain;
}

/** A sentence from the chain: 6 to 40 tokens, ending in a full stop. */
function sentenceTokens(chain: Chain, random: Random): string[] {
	for (;;) {
		const tokens = [random.pick(chain.starts)];
		for (let last = tokens[0] ?? ''; !sentenceEnd.test(last) && tokens.length < 40;) {
			const followers = chain.next.get(last);
			if (!followers) break;
			last = random.pick(followers);
			tokens.push(last);
		}
		if (tokens.length < 6) continue;
		if (!sentenceEnd.test(tokens.at(-1) ?? '')) tokens.push(chain.joiner ? '.' : '。');
		return tokens;
	}
}

function joinTokens(chain: Chain, tokens: string[]): string {
	return tokens.join(chain.joiner).replace(/ ([.,;:!?])/g, '$1');
}

/**
 * A short phrase for a title or heading: the start of a sentence, without its punctuation. ICU
 * splits Japanese into shorter pieces than words, so it takes twice as many.
 */
function phrase(chain: Chain, random: Random, [fewest, most]: [number, number]): string {
	const scale = chain.joiner ? 1 : 2;
	const tokens = sentenceTokens(chain, random).slice(0, random.integer(fewest, most) * scale);
	const text = joinTokens(chain, tokens).replace(/[\s.,;:!?、。，（）()「」"'“”]+$/u, '');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

interface PageFrame {
	slug: string;
	pageType: (typeof pageTypes)[number];
	subject?: { kind: SubjectKind; id: string };
	facts: string[];
	sections: string[];
}

/** What every language of a page shares: type, subject, facts and section ids. */
function pageFrame(index: number, programme: Programme): PageFrame {
	const random = seededRandom(`frame ${index}`);
	const pageType = random.pick(pageTypes);
	const subjectKind = pageType === 'sector' || pageType === 'theme' ? pageType : undefined;
	const subjects = subjectKind === 'sector' ? programme.sectors : programme.themes;
	const factIds = programme.facts.map(({ id }) => id);
	const facts = [
		...new Set(Array.from({ length: random.integer(1, 4) }, () => random.pick(factIds))),
	];
	return {
		slug: syntheticSlug(index),
		pageType,
		subject: subjectKind && { kind: subjectKind, id: random.pick(subjects).id },
		facts,
		sections: sectionIds.slice(0, random.integer(3, 5)),
	};
}

/** One title per page in each language, none repeated, so that every page is its own. */
function uniqueTitles(chain: Chain, locale: Locale, count: number): string[] {
	const used = new Set<string>();
	return Array.from({ length: count }, (_, index) => {
		const random = seededRandom(`title ${locale} ${index}`);
		let title = phrase(chain, random, [3, 7]);
		for (let attempt = 0; used.has(title) && attempt < 20; attempt++) {
			title = phrase(chain, random, [3, 7]);
		}
		if (used.has(title)) title = `${title} ${index + 1}`;
		used.add(title);
		return title;
	});
}

interface PageText {
	chain: Chain;
	titles: string[];
	count: number;
}

/** A paragraph of two to four sentences; each may link to another page and cite a fact. */
function paragraph(text: PageText, frame: PageFrame, random: Random): string {
	const { chain } = text;
	const sentences = Array.from({ length: random.integer(2, 4) }, () => {
		const tokens = sentenceTokens(chain, random);
		if (random.next() < 0.4) {
			const start = random.integer(1, tokens.length - 4);
			const length = random.integer(1, 3);
			const target = syntheticSlug(random.integer(0, text.count - 1));
			const linked = joinTokens(chain, tokens.slice(start, start + length));
			tokens.splice(start, length, `[${linked}](/${target}/)`);
		}
		let sentence = joinTokens(chain, tokens);
		if (random.next() < 0.3)
			sentence += `${chain.joiner}<Cite fact="${random.pick(frame.facts)}" />`;
		return sentence;
	});
	return sentences.join(chain.joiner);
}

/** A list of three other pages, by their titles in the page's language. */
function relatedList(text: PageText, random: Random): string {
	return Array.from({ length: 3 }, () => {
		const index = random.integer(0, text.count - 1);
		return `- [${text.titles[index]}](/${syntheticSlug(index)}/)`;
	}).join('\n');
}

/** The MDX of one page in one language. */
function pageMdx(
	text: PageText,
	frame: PageFrame,
	index: number,
	locale: Locale,
	translatedFrom?: string,
): string {
	const random = seededRandom(`body ${locale} ${index}`);
	const { chain } = text;
	const frontMatter = [
		`title: ${JSON.stringify(text.titles[index])}`,
		`description: ${JSON.stringify(joinTokens(chain, sentenceTokens(chain, random)))}`,
		`pageType: ${frame.pageType}`,
		...(frame.subject ? [`subject: ${frame.subject.id}`] : []),
		`facts: [${frame.facts.join(', ')}]`,
		...(translatedFrom ? [`translatedFrom: '${translatedFrom}'`] : []),
	];
	const body = [`import Cite from '~/components/Cite.astro';`, paragraph(text, frame, random)];
	if (frame.subject) {
		const subjectPath = subjectSlug(frame.subject.kind, frame.subject.id);
		body[0] += `\nimport Value from '~/components/Value.astro';`;
		body.push(
			`[<Value of="${subjectPath.replace('/', '.')}.name" />](/${subjectPath}/)${chain.joiner}<Cite fact="${frame.facts[0]}" />`,
		);
	}
	for (const id of frame.sections) {
		body.push(`## ${phrase(chain, random, [2, 5])} {#${id}}`);
		for (let count = random.integer(1, 2); count > 0; count--) {
			body.push(paragraph(text, frame, random));
		}
		if (random.next() < 0.4) body.push(`### ${phrase(chain, random, [2, 4])}`);
		body.push(random.next() < 0.3 ? relatedList(text, random) : paragraph(text, frame, random));
	}
	return `---\n${frontMatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}

export interface SyntheticPages {
	/** Pages in each language; every page exists in all three. */
	perLocale: number;
	/** Pages written, in all languages. */
	total: number;
	/** Words of text per page in the root locale (Japanese is written without spaces). */
	wordsPerPage: number;
}

/**
 * Writes `requested` synthetic pages, a third in each language, under `<locale>/synthetic/` of
 * `docsDir`. A page exists in every language or in none, so the count is rounded up to a multiple
 * of three. The text comes from the real pages already in `docsDir`.
 */
export function writeSyntheticPages(
	docsDir: string,
	requested: number,
	programme: Programme,
): SyntheticPages {
	const perLocale = Math.ceil(requested / localeCodes.length);
	const frames = Array.from({ length: perLocale }, (_, index) => pageFrame(index, programme));
	// Read before any page is written, so that the text comes from the real pages only.
	const chains = localeCodes.map((locale) => [locale, markovChain(locale, docsDir)] as const);
	const rootTexts: string[] = [];
	// The root locale goes first: the translations carry the fingerprints of its pages.
	chains.sort(([a], [b]) => Number(b === rootLocale) - Number(a === rootLocale));
	for (const [locale, chain] of chains) {
		const text: PageText = {
			chain,
			titles: uniqueTitles(chain, locale, perLocale),
			count: perLocale,
		};
		const folder = join(docsDir, locales[locale].prefix, syntheticFolder);
		mkdirSync(folder, { recursive: true });
		frames.forEach((frame, index) => {
			const translatedFrom =
				locale === rootLocale ? undefined : sourceFingerprint(rootTexts[index] ?? '');
			const mdx = pageMdx(text, frame, index, locale, translatedFrom);
			if (locale === rootLocale) rootTexts.push(mdx);
			writeFileSync(join(docsDir, locales[locale].prefix, `${frame.slug}.mdx`), mdx);
		});
	}
	const words = rootTexts.map((mdx) => proseOf(mdx).split(/\s+/).filter(Boolean).length);
	return {
		perLocale,
		total: perLocale * localeCodes.length,
		wordsPerPage: Math.round(words.reduce((sum, count) => sum + count, 0) / words.length),
	};
}
