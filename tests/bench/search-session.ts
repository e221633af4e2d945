import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { localePath, type Locale } from '../../src/lib/locales';

/** A brisk typist: about eight characters a second. */
const typingDelay = 120;

/**
 * Types `query` into the open search dialog and returns the milliseconds between the last
 * keystroke and the first result of the whole query on screen: the first link drawn after the
 * list was rebuilt for it.
 */
export async function timeQuery(page: Page, query: string): Promise<number> {
	await page.evaluate((query) => {
		const results = document.querySelector('#search-results');
		const input = document.querySelector<HTMLInputElement>('#search-input');
		if (!results || !input) throw new Error('no search dialog');
		const timing = { lastKey: 0, rebuilt: false, firstResult: 0 };
		Object.assign(window, { searchTiming: timing });
		// `beforeinput` comes before the search code sees the keystroke, for typed and composed text alike.
		input.addEventListener('beforeinput', () => {
			timing.lastKey = performance.now();
			timing.rebuilt = false;
			timing.firstResult = 0;
		});
		new MutationObserver(() => {
			if (!results.querySelector('a')) timing.rebuilt = true;
			else if (timing.rebuilt && !timing.firstResult && input.value === query) {
				timing.firstResult = performance.now();
			}
		}).observe(results, { childList: true });
		input.value = '';
	}, query);
	await page.locator('#search-input').pressSequentially(query, { delay: typingDelay });
	const timing = await page.waitForFunction(() => {
		const { lastKey, firstResult } = (window as unknown as { searchTiming: Record<string, number> })
			.searchTiming;
		return firstResult > 0 && firstResult - lastKey;
	});
	return (await timing.jsonValue()) as number;
}

export interface ColdSearch {
	/** Milliseconds from the last keystroke to the first result, as `timeQuery` measures them. */
	firstResultMs: number;
	/** Bytes fetched from opening the dialog until the results settled, gzip-compressed. */
	bytes: number;
	/** Of those, the vocabulary and code that correct typing mistakes (0 if not fetched). */
	correctionBytes: number;
	requests: number;
}

/**
 * The first search of a reader: opens the home page of `lang` at `origin` in `page` (a fresh
 * browser context), opens the search dialog and types `q`. Counts everything fetched for it: the
 * search code, Pagefind's script, WebAssembly, index chunks and the fragments of the results shown.
 */
export async function coldSearch(
	page: Page,
	origin: string,
	{ lang, q }: { lang: Locale; q: string },
): Promise<ColdSearch> {
	await page.goto(origin + localePath('', lang));
	await page.waitForLoadState('networkidle');
	const searchBytes: Promise<number>[] = [];
	const correctionBytes: Promise<number>[] = [];
	const countResponse = (response: { url(): string; body(): Promise<Buffer> }) => {
		// Pagefind's index files are already compressed; a server sends those as they are.
		const size = response.body().then(
			(body) => Math.min(body.length, gzipSync(body).length),
			() => 0,
		);
		searchBytes.push(size);
		if (/\/(search-vocabulary\.json|_astro\/search-correction\.[^/]*\.js)$/.test(response.url())) {
			correctionBytes.push(size);
		}
	};
	page.on('response', countResponse);
	await page.locator('button[data-open]').click();
	const firstResultMs = await timeQuery(page, q);
	await page.waitForLoadState('networkidle');
	page.off('response', countResponse);
	const sum = async (sizes: Promise<number>[]) =>
		(await Promise.all(sizes)).reduce((total, size) => total + size, 0);
	return {
		firstResultMs,
		bytes: await sum(searchBytes),
		correctionBytes: await sum(correctionBytes),
		requests: searchBytes.length,
	};
}
