/**
 * `npm run bench:search`: for each shared search query, in headless Chromium against the built
 * site, the milliseconds from the last keystroke to the first result on screen (cold: first search
 * in a fresh browser; warm: the same query again after another search), and the bytes fetched for
 * search, gzip-compressed as a web server would send them. Queries are typed at a brisk human pace.
 */
import { searchQueries } from '../search-queries';
import { kb, launchChromium, median, startPreview } from './preview';
import { coldSearch, timeQuery } from './search-session';
import { requireTools } from '../support/tools';

requireTools();

const { origin, stop } = await startPreview(4330);
const browser = await launchChromium();
const rows: {
	query: string;
	cold: number;
	warm: number;
	bytes: number;
	correctionBytes: number;
	requests: number;
}[] = [];
try {
	for (const { lang, q } of searchQueries) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const {
			firstResultMs: cold,
			bytes,
			correctionBytes,
			requests,
		} = await coldSearch(page, origin, { lang, q });
		await timeQuery(page, 'IJEPA');
		const warm = await timeQuery(page, q);
		rows.push({ query: `${lang}: ${q}`, cold, warm, bytes, correctionBytes, requests });
		await context.close();
	}
} finally {
	await browser.close();
	stop();
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(
	'query'.padEnd(28),
	'cold'.padStart(8),
	'warm'.padStart(8),
	'fetched (gzip)'.padStart(15),
	'of it, correction'.padStart(18),
	'requests'.padStart(9),
);
for (const row of rows) {
	console.log(
		row.query.padEnd(28),
		ms(row.cold).padStart(8),
		ms(row.warm).padStart(8),
		kb(row.bytes).padStart(15),
		(row.correctionBytes ? kb(row.correctionBytes) : '–').padStart(18),
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
const corrected = rows.filter((row) => row.correctionBytes > 0);
console.log(
	`typo correction: its vocabulary and code add ${kb(corrected[0]?.correctionBytes ?? 0)} to a first search, ` +
		`fetched by ${corrected.length} of ${rows.length} queries (those that no title or keyword matches)`,
);
