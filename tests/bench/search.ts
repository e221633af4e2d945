/**
 * `npm run bench:search`: for each shared search query, in headless Chromium against the built
 * site, the milliseconds from the last keystroke to the first result on screen (cold: first search
 * in a fresh browser; warm: the same query again after another search), and the bytes fetched for
 * search, gzip-compressed as a web server would send them. Queries are typed at a brisk human pace.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { localePath } from '../../src/lib/locales';
import { searchQueries } from '../search-queries';
import { launchChromium, median, startPreview } from './preview';

/** A brisk typist: about eight characters a second. */
const typingDelay = 120;

/**
 * Types `query` and returns the milliseconds between the last keystroke and the first result of
 * the whole query on screen: the first link drawn after the list was rebuilt for it.
 */
async function timeQuery(page: Page, query: string): Promise<number> {
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

const { origin, stop } = await startPreview(4330);
const browser = await launchChromium();
const rows: { query: string; cold: number; warm: number; bytes: number; requests: number }[] = [];
try {
	for (const { lang, q } of searchQueries) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(origin + localePath('', lang));
		await page.waitForLoadState('networkidle');
		const searchBytes: Promise<number>[] = [];
		page.on('response', (response) => {
			// Pagefind's index files are already compressed; a server sends those as they are.
			searchBytes.push(
				response.body().then(
					(body) => Math.min(body.length, gzipSync(body).length),
					() => 0,
				),
			);
		});
		await page.locator('button[data-open]').click();
		const cold = await timeQuery(page, q);
		await page.waitForLoadState('networkidle');
		const bytes = (await Promise.all(searchBytes)).reduce((sum, size) => sum + size, 0);
		const requests = searchBytes.length;
		await timeQuery(page, 'IJEPA');
		const warm = await timeQuery(page, q);
		rows.push({ query: `${lang}: ${q}`, cold, warm, bytes, requests });
		await context.close();
	}
} finally {
	await browser.close();
	stop();
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
console.log(
	'query'.padEnd(28),
	'cold'.padStart(8),
	'warm'.padStart(8),
	'fetched (gzip)'.padStart(15),
	'requests'.padStart(9),
);
for (const row of rows) {
	console.log(
		row.query.padEnd(28),
		ms(row.cold).padStart(8),
		ms(row.warm).padStart(8),
		kb(row.bytes).padStart(15),
		String(row.requests).padStart(9),
	);
}
for (const [label, key, format] of [
	['cold first result', 'cold', ms],
	['warm first result', 'warm', ms],
	['bytes fetched for a cold first query', 'bytes', kb],
] as const) {
	const values = rows.map((row) => row[key]);
	console.log(`${label}: median ${format(median(values))}, max ${format(Math.max(...values))}`);
}
