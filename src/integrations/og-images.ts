import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, parse, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import type { SatoriOptions } from 'satori';
import { globSync } from 'tinyglobby';
import { redirectPageTarget } from '../lib/redirects';
import { buildCacheFolder, openBuildCache } from './build-cache';
import { fontCodePoints } from '../lib/font-cmap';
import { describeCharacter, uncoveredCharacters } from '../lib/glyph-coverage';
import {
	cardFontWeights,
	cardSize,
	cardTexts,
	languageLabel,
	ogCard,
	type CardNode,
	type CardText,
} from '../lib/og-card';
import { ogImagePath } from '../lib/og-image-path';
import { readOgPage } from '../lib/og-page';

type FontOptions = SatoriOptions['fonts'][number];

const fontPackage = '@fontsource/noto-sans-jp';
const fontName = 'Noto Sans JP';
const fontWeights = [cardFontWeights.label, cardFontWeights.heading] as const;

/**
 * A drawing worker needs its parsed fonts and one card at a time, but V8 lets a worker's heap
 * grow to a hundred MB and more before it collects, and resvg's native pixel buffers are freed
 * only by a collection. The workers draw on top of the memory that Astro still holds after the
 * pages: small heaps make them collect often, which costs no measurable time.
 */
const workerHeapLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };

interface LoadedFont {
	subset: string;
	weight: (typeof fontWeights)[number];
	data: Buffer;
	codePoints: Set<number>;
	/** The SHA-256 of `data`, computed when a cache key first needs it. */
	digest?: string;
}

export interface OgFonts {
	/** Every file of the font, the Latin one first. */
	loaded: LoadedFont[];
	/** Whether some loaded font has a glyph for a code point. */
	covers: (codePoint: number) => boolean;
}

/**
 * Noto Sans JP from npm, as WOFF, which satori and the glyph check (fontkitten) both read.
 * Fontsource splits it into about 120
 * files by Unicode range. Only their character maps are read here; satori parses a file only
 * when `satoriFonts` picks it.
 */
export function loadOgFonts(): OgFonts {
	const require = createRequire(import.meta.url);
	const unicodeJson = require.resolve(`${fontPackage}/unicode.json`);
	const subsets = Object.keys(JSON.parse(readFileSync(unicodeJson, 'utf8')) as object)
		.map((key) => key.replace(/^\[(\d+)\]$/, '$1'))
		.sort((a, b) => Number(a !== 'latin') - Number(b !== 'latin'));
	const all = new Set<number>();
	const loaded: LoadedFont[] = [];
	for (const subset of subsets) {
		for (const weight of fontWeights) {
			const file = join(
				dirname(unicodeJson),
				'files',
				`noto-sans-jp-${subset}-${weight}-normal.woff`,
			);
			const data = readFileSync(file);
			const codePoints = fontCodePoints(data);
			for (const codePoint of codePoints) all.add(codePoint);
			loaded.push({ subset, weight, data, codePoints });
		}
	}
	return { loaded, covers: (codePoint) => all.has(codePoint) };
}

/** Text drawn in a given weight of the font. */
export interface TextInWeight {
	text: string;
	weight: (typeof fontWeights)[number];
}

/**
 * The font files satori needs to draw `texts`: in each weight, the Latin file and, for each other
 * character, the first file that has it (as satori picks them). Satori spends 15–40 ms parsing
 * each file, in each worker, so unused ones are left out. Each file gets its own name, so that
 * satori falls back from one to the next.
 */
export function satoriFonts({ loaded }: OgFonts, texts: Iterable<TextInWeight>): FontOptions[] {
	const needed = new Set(fontWeights.map((weight) => `latin ${weight}`));
	const seen = new Set<string>();
	for (const { text, weight } of texts) {
		for (const char of text) {
			if (seen.has(`${char} ${weight}`)) continue;
			seen.add(`${char} ${weight}`);
			const codePoint = char.codePointAt(0) ?? 0;
			const font = loaded.find((f) => f.weight === weight && f.codePoints.has(codePoint));
			if (font) needed.add(`${font.subset} ${font.weight}`);
		}
	}
	return loaded
		.filter((font) => needed.has(`${font.subset} ${font.weight}`))
		.map(({ subset, weight, data }) => ({
			name: `${fontName} ${subset}`,
			data,
			weight,
			style: 'normal',
		}));
}

/** Worker threads that draw cards to PNG files (src/integrations/og-worker.mjs), one per core. */
class DrawPool {
	private readonly workers: { worker: Worker; busy: number }[] = [];
	private readonly pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
	private nextId = 0;
	/** Resolves when every worker has parsed its fonts. */
	readonly ready: Promise<unknown>;

	constructor(size: number, fonts: FontOptions[]) {
		const readiness: Promise<void>[] = [];
		for (let i = 0; i < size; i++) {
			const worker = new Worker(new URL('./og-worker.mjs', import.meta.url), {
				workerData: { fonts, ...cardSize },
				resourceLimits: workerHeapLimits,
			});
			const entry = { worker, busy: 0 };
			this.workers.push(entry);
			readiness.push(
				new Promise((resolve, reject) => {
					worker.on('message', (message: WorkerMessage) => {
						if ('ready' in message) {
							if (message.ready) resolve();
							else
								reject(
									new Error(`A preview-image worker could not load its fonts: ${message.error}`),
								);
							return;
						}
						entry.busy--;
						const job = this.pending.get(message.id);
						this.pending.delete(message.id);
						if (message.error) job?.reject(new Error(message.error));
						else job?.resolve();
					});
					worker.on('error', (error) => {
						reject(error);
						for (const job of this.pending.values()) job.reject(error);
					});
					worker.on('exit', (code) => {
						const error = new Error(`A preview-image worker stopped (exit code ${code}).`);
						reject(error);
						for (const job of this.pending.values()) job.reject(error);
					});
				}),
			);
		}
		this.ready = Promise.all(readiness);
	}

	/** Draws `card` into the PNG file at `path`, on the least busy worker. */
	draw(card: CardNode, path: string): Promise<void> {
		const entry = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
		const id = this.nextId++;
		entry.busy++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve, reject });
			entry.worker.postMessage({ id, card, path });
		});
	}

	async close(): Promise<void> {
		await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
	}
}

type WorkerMessage = { ready: boolean; error?: string } | { id: number; error?: string };

export interface OgImagesResult {
	/** Pages found, each of which now has its image. */
	pages: number;
	/** Images drawn; the other pages got a copy of an identical one or of the cached one. */
	drawn: number;
	/** Images taken from the cache, drawn by an earlier build. */
	cached: number;
	/** Milliseconds in all. */
	totalMs: number;
	/** Milliseconds drawing and writing the images, from the moment the fonts were ready. */
	drawMs: number;
}

const fieldNames: Record<keyof CardText, string> = {
	title: 'title',
	siteName: 'site name',
	languageLabel: 'language label',
};

type PageCard = CardText & { file: string };

/** Reads every page's card text, and the problems that stop its image from being drawn. */
async function readCards(outDir: string, files: string[], fonts: OgFonts, concurrency: number) {
	const cards: PageCard[] = [];
	const problems: string[] = [];
	await pMap(
		files,
		async (file) => {
			const html = await readFile(join(outDir, file), 'utf8');
			// A redirect page is never shared as itself: links preview the page it leads to.
			if (redirectPageTarget(html) !== undefined) return;
			let page;
			try {
				page = readOgPage(html);
			} catch (error) {
				problems.push(`${file}: ${(error as Error).message}`);
				return;
			}
			const card: PageCard = {
				title: page.title,
				siteName: page.siteName,
				languageLabel: languageLabel(page.lang),
				file,
			};
			for (const field of Object.keys(fieldNames) as (keyof CardText)[]) {
				const missing = uncoveredCharacters(card[field], fonts.covers);
				if (missing.length === 0) continue;
				problems.push(
					`${file}: the ${fieldNames[field]} "${card[field]}" has ${missing.map(describeCharacter).join(', ')}, ` +
						`which ${fontName} does not have. Write it with other characters, or add a font that has it in src/integrations/og-images.ts.`,
				);
			}
			cards.push(card);
		},
		{ concurrency },
	);
	return { cards: cards.sort((a, b) => (a.file < b.file ? -1 : 1)), problems: problems.sort() };
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The version of an installed package, from the package.json above its entry file. */
function packageVersion(name: string): string {
	const require = createRequire(import.meta.url);
	for (let dir = dirname(require.resolve(name)); dir !== parse(dir).root; dir = dirname(dir)) {
		try {
			const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
				name?: string;
				version?: string;
			};
			if (manifest.name === name) return manifest.version ?? '';
		} catch {
			// No package.json here: look in the folder above.
		}
	}
	throw new Error(`Cannot find the package.json of ${name}.`);
}

/**
 * What turns a card's element tree into PNG bytes, besides the tree and its fonts: the worker's
 * code and the versions of satori and resvg. The tree already holds the layout of og-card.ts.
 */
function drawingCodeVersion(): string {
	const code = ['./og-worker.mjs', './opaque-png.mjs'].map((file) =>
		readFileSync(new URL(file, import.meta.url), 'utf8'),
	);
	return sha256(
		JSON.stringify([...code, packageVersion('satori'), packageVersion('@resvg/resvg-js')]),
	);
}

/** The cache file name of a card: a hash of everything that decides its pixels. */
function cardCacheKey(fonts: OgFonts, node: CardNode, card: CardText, codeVersion: string): string {
	const fontDigests = satoriFonts(fonts, cardTexts(card)).map(({ name, weight }) => {
		const font = fonts.loaded.find(
			(f) => `${fontName} ${f.subset}` === name && f.weight === weight,
		);
		if (!font) throw new Error(`The preview-image font ${name} ${weight} was not loaded.`);
		font.digest ??= sha256(font.data);
		return `${name} ${weight} ${font.digest}`;
	});
	return `${sha256(JSON.stringify([codeVersion, node, fontDigests]))}.png`;
}

/** Every page's card text, read from the built pages, and what drawing them needs. */
export interface OgCards {
	outDir: string;
	cards: PageCard[];
	fonts: OgFonts;
	/** When reading began, from `performance.now()`. */
	startMs: number;
}

/**
 * Reads the card text of every HTML page in `outDir`. Stops, naming each page and character, if
 * some text has a character no font covers.
 */
export async function readOgCards(outDir: string): Promise<OgCards> {
	const startMs = performance.now();
	const files = globSync('**/*.html', {
		cwd: outDir,
		ignore: ['og/**', '_astro/**', 'pagefind/**'],
	});
	const fonts = loadOgFonts();
	const { cards, problems } = await readCards(outDir, files, fonts, 16);
	if (problems.length) {
		throw new Error(`Cannot draw the link-preview images:\n- ${problems.join('\n- ')}`);
	}
	return { outDir, cards, fonts, startMs };
}

/**
 * Writes a preview image for each of the cards, at `ogImagePath(page)`. Pages with the same
 * title, site name and language share one drawing.
 *
 * With `cacheDir`, each drawing is kept there under a hash of what decides its pixels (the card's
 * element tree, its font files, the drawing code), and a later build copies it instead of drawing
 * it again. After the build the folder holds this build's images only; deleting it is safe.
 */
export async function drawOgImages(
	{ outDir, cards, fonts, startMs }: OgCards,
	cacheDir?: string,
): Promise<OgImagesResult> {
	const workers = availableParallelism();

	// The first page with each text is drawn; the others get a copy of its file.
	const firstWithText = new Map<string, string>();
	const unique: PageCard[] = [];
	const copies: { file: string; from: string }[] = [];
	for (const card of cards) {
		const key = JSON.stringify([card.title, card.siteName, card.languageLabel]);
		const from = firstWithText.get(key);
		if (from) copies.push({ file: card.file, from });
		else {
			firstWithText.set(key, card.file);
			unique.push(card);
		}
	}

	const family = satoriFonts(fonts, [])[0]?.name ?? fontName;
	const codeVersion = cacheDir === undefined ? '' : drawingCodeVersion();
	const jobs = unique.map((card) => {
		const node = ogCard(card);
		node.props.style = { ...node.props.style, fontFamily: family };
		return {
			card,
			node,
			path: join(outDir, ogImagePath(card.file)),
			cacheFile: cacheDir === undefined ? undefined : cardCacheKey(fonts, node, card, codeVersion),
		};
	});
	const madeDirs = new Map<string, Promise<unknown>>();
	const ensureFolderOf = (path: string) => {
		const dir = dirname(path);
		if (!madeDirs.has(dir)) madeDirs.set(dir, mkdir(dir, { recursive: true }));
		return madeDirs.get(dir);
	};
	const copyInto = async (from: string, path: string) => {
		await ensureFolderOf(path);
		await copyFile(from, path);
	};

	// Copying from the cache is the lookup: a file that another build removed meanwhile is drawn.
	const cache = cacheDir === undefined ? undefined : await openBuildCache(cacheDir);
	const toDraw: typeof jobs = [];
	await pMap(
		jobs,
		async (job) => {
			if (cache === undefined || job.cacheFile === undefined) return void toDraw.push(job);
			await ensureFolderOf(job.path);
			if (!(await cache.copyOut(job.cacheFile, job.path))) toDraw.push(job);
		},
		{ concurrency: 16 },
	);

	const drawMs = await drawAll(toDraw, fonts, workers);
	if (cache !== undefined) {
		await pMap(toDraw, ({ path, cacheFile = '' }) => cache.store(cacheFile, path), {
			concurrency: 16,
		});
		await cache.keepOnly(new Set(jobs.map(({ cacheFile = '' }) => cacheFile)));
	}
	await pMap(
		copies,
		({ file, from }) => copyInto(join(outDir, ogImagePath(from)), join(outDir, ogImagePath(file))),
		{ concurrency: 16 },
	);
	return {
		pages: cards.length,
		drawn: toDraw.length,
		cached: unique.length - toDraw.length,
		totalMs: performance.now() - startMs,
		drawMs,
	};
}

/**
 * Draws each card to its path on a pool of workers, one per core; none start when there is
 * nothing to draw. Resolves with the milliseconds from the workers being ready to the last file.
 */
async function drawAll(
	jobs: { card: PageCard; node: CardNode; path: string }[],
	fonts: OgFonts,
	workers: number,
): Promise<number> {
	if (jobs.length === 0) return 0;
	const pool = new DrawPool(
		Math.min(workers, jobs.length),
		satoriFonts(
			fonts,
			jobs.flatMap(({ card }) => cardTexts(card)),
		),
	);
	const drawStart = await pool.ready.then(
		() => performance.now(),
		async (error: unknown) => {
			await pool.close();
			throw error;
		},
	);
	try {
		// Two jobs per worker: each has its next card while the last one is being written.
		await pMap(
			jobs,
			async ({ card, node, path }) => {
				await pool.draw(node, path).catch((error: Error) => {
					throw new Error(`Cannot draw the link-preview image of ${card.file}: ${error.message}`);
				});
			},
			{ concurrency: workers * 2 },
		);
	} finally {
		await pool.close();
	}
	return performance.now() - drawStart;
}

/** Link-preview images of every built page: `dist/og/…png`, see src/lib/og-image-path.ts. */
export function ogImages(): AstroIntegration {
	let cacheDir: string | undefined;
	let drawing: Promise<OgImagesResult> | undefined;
	return {
		name: 'new-midec:og-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = buildCacheFolder(config, 'og-images');
			},
			// The pages are read as soon as they are written, before the next integrations rewrite
			// them, and drawn on worker threads while those integrations run on the main one.
			'astro:build:generated': async ({ dir }) => {
				drawing = drawOgImages(await readOgCards(fileURLToPath(dir)), cacheDir);
				// The build waits for the drawing, and reports a failure, in astro:build:done; without
				// this, Node would stop at a failure before that hook awaited it.
				drawing.catch(() => {});
			},
			'astro:build:done': async ({ logger }) => {
				if (drawing === undefined)
					throw new Error('The pages were never read for their preview images.');
				const { pages, drawn, cached, totalMs, drawMs } = await drawing;
				const seconds = (ms: number) => `${(ms / 1000).toFixed(2)}s`;
				logger.info(
					`${pages} link-preview images in ${seconds(totalMs)}: ` +
						`${drawn} drawn in ${seconds(drawMs)} (${(drawMs / Math.max(drawn, 1)).toFixed(1)} ms each), ` +
						`${cached} from the cache (${relative(process.cwd(), cacheDir ?? '')}), ` +
						`${pages - drawn - cached} copied from a page with the same title`,
				);
			},
		},
	};
}
