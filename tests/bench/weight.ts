/**
 * `npm run bench:weight`: what a first view of each page of the build costs. Every page (the
 * static redirect pages aside) is served by nginx with the production config, so compressed as
 * deployed, and loaded in a fresh browser context, so with an empty cache, until the network is
 * idle. Bytes are those transferred: response headers plus the body as sent (Brotli-compressed,
 * as Chromium accepts it, where nginx compresses it); request headers are not counted. KB = 1024 bytes.
 *
 * Then a stock Starlight site with the same pages is built and measured the same way, and the
 * two are compared. `--ours` measures our build only. `--parts` also shows, for the median and
 * the heaviest page, what each part of the page's HTML adds to its compressed size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Request } from '@playwright/test';
import { load } from 'cheerio';
import { builtHtmlFiles, distDir, servedPath } from '../build/dist';
import { precompressedEncodings } from '../../src/integrations/precompressed-assets';
import { startNginx } from '../support/nginx';
import { kb, launchChromium, median } from './preview';
import { buildStockStarlight } from './stock-starlight';
import { requireTools } from '../support/tools';

requireTools();

const targets = { medianBytes: 20 * 1024, maxBytes: 30 * 1024 };

const resourceKinds = ['HTML', 'CSS', 'JS', 'fonts', 'images', 'other'] as const;
type ResourceKind = (typeof resourceKinds)[number];

/** Playwright's resource types by kind; any other type is `other`. */
const kindOfResourceType: Partial<Record<string, ResourceKind>> = {
	document: 'HTML',
	stylesheet: 'CSS',
	script: 'JS',
	font: 'fonts',
	image: 'images',
};

interface PageWeight {
	path: string;
	requests: number;
	bytes: number;
	byKind: Record<ResourceKind, { requests: number; bytes: number }>;
}

async function weighPage(browser: Browser, origin: string, path: string): Promise<PageWeight> {
	const context = await browser.newContext({ ignoreHTTPSErrors: true });
	const page = await context.newPage();
	const sizes: Promise<{ kind: ResourceKind; bytes: number }>[] = [];
	const finishedUrls = new Set<string>();
	const recordSize = (request: Request) => {
		const kind = kindOfResourceType[request.resourceType()] ?? 'other';
		finishedUrls.add(request.url());
		sizes.push(
			request.sizes().then((size) => ({
				kind,
				bytes: size.responseHeadersSize + size.responseBodySize,
			})),
		);
	};
	page.on('requestfinished', recordSize);
	await page.goto(origin + path, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	// Chromium fetches the page's icon after the load event, at times after half a second of
	// network silence: wait for it, so that every page counts it. It does not fetch an icon that
	// failed to load before, so the wait is short and may end without it.
	const iconUrl = await page.evaluate(
		() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href,
	);
	if (iconUrl && !finishedUrls.has(iconUrl)) {
		await page
			.waitForEvent('requestfinished', {
				predicate: (request) => request.url() === iconUrl,
				timeout: 5000,
			})
			.catch(() => undefined);
	}
	// The first view ends here; a later request would outlive the context.
	page.off('requestfinished', recordSize);
	const responses = await Promise.all(sizes);
	await context.close();

	const byKind = Object.fromEntries(
		resourceKinds.map((kind) => [kind, { requests: 0, bytes: 0 }]),
	) as PageWeight['byKind'];
	for (const { kind, bytes } of responses) {
		byKind[kind].requests++;
		byKind[kind].bytes += bytes;
	}
	const bytes = responses.reduce((sum, response) => sum + response.bytes, 0);
	return { path, requests: responses.length, bytes, byKind };
}

/** Pages loaded at once: each waits for half a second of network silence, mostly idle. */
const pagesAtOnce = 4;

/** Serves `dist` on `port` and weighs each of `paths` there. */
async function weighSite(dist: string, port: number, paths: string[]): Promise<PageWeight[]> {
	const { origin, stop } = await startNginx(dist, port);
	const browser = await launchChromium();
	try {
		const queue = [...paths];
		const weights: PageWeight[] = [];
		const weighQueuedPages = async () => {
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				weights.push(await weighPage(browser, origin, path));
			}
		};
		await Promise.all(Array.from({ length: pagesAtOnce }, weighQueuedPages));
		return weights;
	} finally {
		await browser.close();
		stop();
	}
}

function printPages(title: string, weights: PageWeight[]) {
	console.log(`\n${title}: the ten heaviest of ${weights.length} pages, first view`);
	console.log(
		'page'.padEnd(40),
		'total'.padStart(9),
		'requests'.padStart(9),
		...resourceKinds.map((kind) => kind.padStart(9)),
	);
	for (const weight of weights.toSorted((a, b) => b.bytes - a.bytes).slice(0, 10)) {
		console.log(
			weight.path.padEnd(40),
			kb(weight.bytes).padStart(9),
			String(weight.requests).padStart(9),
			...resourceKinds.map((kind) => kb(weight.byKind[kind].bytes).padStart(9)),
		);
	}
}

interface Summary {
	medianBytes: number;
	maxBytes: number;
	medianRequests: number;
	maxRequests: number;
}

function summarize(weights: PageWeight[]): Summary {
	const bytes = weights.map((weight) => weight.bytes);
	const requests = weights.map((weight) => weight.requests);
	return {
		medianBytes: median(bytes),
		maxBytes: Math.max(...bytes),
		medianRequests: median(requests),
		maxRequests: Math.max(...requests),
	};
}

function describe(summary: Summary): string {
	return `median ${kb(summary.medianBytes)} in ${summary.medianRequests} requests, max ${kb(summary.maxBytes)} in ${summary.maxRequests} requests`;
}

const files = builtHtmlFiles();
const paths = files.map(servedPath);
const ours = await weighSite(distDir, 4410, paths);
printPages('Ours', ours);
const oursSummary = summarize(ours);
// In bytes too: a tenth of a kilobyte can be all that stands between a page and its target.
const mark = (value: number, target: number) =>
	`${value <= target ? '✓' : '✗'} ${value.toLocaleString('en')} bytes, target ≤ ${kb(target)} (${target.toLocaleString('en')} bytes)`;
console.log(`
Ours: ${describe(oursSummary)}
  median ${kb(oursSummary.medianBytes)}: ${mark(oursSummary.medianBytes, targets.medianBytes)}
  max ${kb(oursSummary.maxBytes)}: ${mark(oursSummary.maxBytes, targets.maxBytes)}`);

/** The parts of a Starlight page, as CSS selectors; a part inside another counts in both. */
const pageParts: [string, string][] = [
	['<head>', 'head'],
	['  inline scripts in <head>', 'head script'],
	['  inline styles in <head>', 'head style'],
	['header (title, search, language, theme)', 'body > div > header'],
	['sidebar (navigation)', 'nav.sidebar'],
	['table of contents (desktop and mobile)', 'aside.right-sidebar-container, mobile-starlight-toc'],
	['page content', '.sl-markdown-content'],
	['  share and cite block', '.share'],
	['footer (pagination)', 'main footer'],
	['inline scripts in <body>', 'body script:not([src])'],
	['inline SVG icons', 'svg'],
];

/**
 * What each part adds to the page's HTML as nginx sends it (the build's Brotli file): the
 * compressed size of the page less that of the page without the part.
 */
/** The build's Brotli, with which it compresses each page. */
const [brotli] = precompressedEncodings;

async function printParts(weight: PageWeight) {
	const file = files[paths.indexOf(weight.path)] ?? '';
	const html = readFileSync(join(distDir, file), 'utf8');
	const compressed = async (text: string) => (await brotli.compress(Buffer.from(text))).length;
	const body = await compressed(html);
	// The parts are removed from cheerio's serialisation, so they are measured against it too.
	const whole = await compressed(load(html).html());
	console.log(
		`\n${weight.path}: ${kb(weight.bytes)} in all; HTML ${kb(weight.byKind.HTML.bytes)} as sent, ` +
			`of which ${kb(body)} the compressed body and ${kb(weight.byKind.HTML.bytes - body)} headers; ` +
			`CSS ${kb(weight.byKind.CSS.bytes)}, JS ${kb(weight.byKind.JS.bytes)}, other ${kb(weight.byKind.other.bytes + weight.byKind.images.bytes + weight.byKind.fonts.bytes)}`,
	);
	for (const [label, selector] of pageParts) {
		const $ = load(html);
		$(selector).remove();
		console.log(`  ${label.padEnd(44)} ${kb(whole - (await compressed($.html()))).padStart(9)}`);
	}
}

if (process.argv.includes('--parts')) {
	const byBytes = ours.toSorted((a, b) => a.bytes - b.bytes);
	const medianPage = byBytes[Math.floor(byBytes.length / 2)];
	const heaviest = byBytes.at(-1);
	console.log('\nWhat each part of the HTML adds, compressed:');
	for (const weight of [medianPage, heaviest]) if (weight) await printParts(weight);
}

if (!process.argv.includes('--ours')) {
	console.log('\nBuilding a stock Starlight site with the same pages…');
	// Starlight makes its own 404 page; the others carry our rendered content.
	const stock = await buildStockStarlight(files.filter((file) => file !== '404.html'));
	try {
		const stockWeights = await weighSite(stock.dist, 4411, paths);
		printPages('Stock Starlight', stockWeights);
		const stockSummary = summarize(stockWeights);
		const ratio = (key: keyof Summary) => `${(stockSummary[key] / oursSummary[key]).toFixed(2)}×`;
		console.log(`
Ours:            ${describe(oursSummary)}
Stock Starlight: ${describe(stockSummary)}
Stock / ours:    bytes median ${ratio('medianBytes')}, max ${ratio('maxBytes')}; requests median ${ratio('medianRequests')}, max ${ratio('maxRequests')}`);
	} finally {
		stock.remove();
	}
}
