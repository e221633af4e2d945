/**
 * `npm run bench:navigation [-- --runs 3]`: how long a reader waits for the next page, from the
 * click on a link to that page's largest contentful paint, with the site's speculation rules and
 * without them. Chromium on a throttled mobile profile: Lighthouse's mobile network (slow 4G, as
 * DevTools throttling: 562.5 ms round trip, 1.44 Mbit/s down) and a 4× slower CPU, on a phone-sized
 * screen, each tab with an empty cache. The reader loads a page, points at a link for a while (the
 * dwell: 0 ms is a tap, whose pointer-down alone starts the prerender) and clicks it.
 *
 * Both builds are the same dist/, served by nginx with the production config; the copy without
 * rules has the `<script type="speculationrules">` taken out of each page and of the Brotli file
 * that nginx sends in its place.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { precompressedPageEncodings } from '../../src/integrations/precompressed-assets';
import { distDir } from '../build/dist';
import {
	ChromiumOverPipe,
	evaluate,
	mouseOnLink,
	openTab,
	type PageTarget,
} from '../support/chromium-tab';
import { startNginx } from '../support/nginx';
import { createScratchFolder } from '../support/scratch-project';
import { requireTools } from '../support/tools';
import { median } from './preview';

requireTools();

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		dwell: { type: 'string', default: '0,500' },
	},
});
const runs = Number(values.runs);
const dwells = values.dwell.split(',').map(Number);

const ports = { withRules: 4530, withoutRules: 4532 };

/** Links a reader follows: from a page to another that its main content links to. */
const journeys = [
	{ from: '/', to: '/sectors/automotive/' },
	{ from: '/en/sectors/', to: '/en/sectors/electronics/' },
	{ from: '/ja/', to: '/ja/glossary/' },
];

/** Lighthouse's mobile profile as DevTools applies it (its `mobileSlow4G`, `devtools` method). */
const mobileProfile = {
	network: {
		offline: false,
		latency: 562.5,
		downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
		uploadThroughput: (750 * 1024 * 0.9) / 8,
	},
	cpuSlowdown: 4,
	screen: { width: 412, height: 823, deviceScaleFactor: 1.75, mobile: true },
	/** How long a finger or button stays down. */
	pressMs: 100,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A copy of dist/ whose pages have no speculation rules. nginx sends a page's Brotli file when
 * there is one (brotli_static), so each is compressed again from the page without its rules.
 */
async function distWithoutRules(): Promise<{ dist: string; remove(): void }> {
	const folder = createScratchFolder('navigation-');
	const dist = join(folder.root, 'dist');
	cpSync(distDir, dist, { recursive: true });
	for (const file of globSync('**/*.html', { cwd: dist })) {
		const path = join(dist, file);
		const html = readFileSync(path, 'utf8');
		const withoutRules = html.replace(/<script type="speculationrules">[^<]*<\/script>/, '');
		if (withoutRules === html) continue;
		writeFileSync(path, withoutRules);
		for (const { extension, compress } of precompressedPageEncodings) {
			const compressed = `${path}.${extension}`;
			if (existsSync(compressed))
				writeFileSync(compressed, await compress(Buffer.from(withoutRules)));
		}
	}
	return { dist, remove: folder.remove };
}

function throttle(browser: ChromiumOverPipe, sessionId: string) {
	return Promise.all([
		browser.send('Network.enable', {}, sessionId),
		browser.send('Network.emulateNetworkConditions', mobileProfile.network, sessionId),
		browser.send('Emulation.setCPUThrottlingRate', { rate: mobileProfile.cpuSlowdown }, sessionId),
		browser.send('Emulation.setDeviceMetricsOverride', mobileProfile.screen, sessionId),
	]);
}

interface Navigation {
	clickToLcpMs: number;
	prerendered: boolean;
}

/** The page target that shows `path` to the reader, once it has loaded. */
async function shownPage(browser: ChromiumOverPipe, pages: Map<string, PageTarget>, path: string) {
	const deadline = performance.now() + 60_000;
	while (performance.now() < deadline) {
		for (const { sessionId } of pages.values()) {
			// A page that is going away may never answer.
			const shown = await Promise.race([
				evaluate<boolean>(
					browser,
					sessionId,
					`location.pathname === ${JSON.stringify(path)} && !document.prerendering && document.readyState === 'complete'`,
				).catch(() => false),
				sleep(1000).then(() => false),
			]);
			if (shown) return sessionId;
		}
		await sleep(50);
	}
	throw new Error(`${path} was not shown within a minute of the click.`);
}

/** Largest contentful paint (ms after the time origin), activation start and the time origin. */
const paintTimes = `new Promise((resolve) => {
	const entries = [];
	new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({
		type: 'largest-contentful-paint',
		buffered: true,
	});
	setTimeout(() => resolve({
		lcp: entries.at(-1)?.startTime ?? NaN,
		activationStart: performance.getEntriesByType('navigation')[0]?.activationStart ?? 0,
		timeOrigin: performance.timeOrigin,
	}), 1000);
})`;

async function navigate(
	browser: ChromiumOverPipe,
	origin: string,
	journey: (typeof journeys)[number],
	dwellMs: number,
): Promise<Navigation> {
	const tab = await openTab(browser, (sessionId) => throttle(browser, sessionId));
	try {
		const [first] = tab.pages.values();
		if (!first) throw new Error('The new tab has no page.');
		const page = first.sessionId;
		await browser.send('Page.enable', {}, page);
		const loaded = browser.waitFor(
			({ method, sessionId }) => method === 'Page.loadEventFired' && sessionId === page,
			60_000,
		);
		await browser.send('Page.navigate', { url: origin + journey.from }, page);
		await loaded;
		await sleep(1000);
		// The page's clock against ours, to time the click in the page's terms.
		const before = performance.timeOrigin + performance.now();
		const pageNow = await evaluate<number>(
			browser,
			page,
			'performance.timeOrigin + performance.now()',
		);
		const offset = pageNow - (before + performance.timeOrigin + performance.now()) / 2;
		const mouse = await mouseOnLink(browser, page, journey.to);
		await mouse('mouseMoved');
		await sleep(dwellMs);
		const clickAt = performance.timeOrigin + performance.now() + offset;
		await mouse('mousePressed');
		await sleep(mobileProfile.pressMs);
		await mouse('mouseReleased');
		const shown = await shownPage(browser, tab.pages, journey.to);
		const { lcp, activationStart, timeOrigin } = await evaluate<{
			lcp: number;
			activationStart: number;
			timeOrigin: number;
		}>(browser, shown, paintTimes);
		// A prerendered page may have painted before the reader saw it: it shows at activation.
		return {
			clickToLcpMs: timeOrigin + Math.max(lcp, activationStart) - clickAt,
			prerendered: activationStart > 0,
		};
	} finally {
		await tab.close();
	}
}

async function measureSite(dist: string, port: number, label: string) {
	const { origin, stop } = await startNginx(dist, port);
	const browser = new ChromiumOverPipe();
	const byDwell = new Map<number, Navigation[]>();
	try {
		for (const dwellMs of dwells) {
			const navigations: Navigation[] = [];
			for (let run = 0; run < runs; run++) {
				for (const journey of journeys) {
					navigations.push(await navigate(browser, origin, journey, dwellMs));
				}
			}
			byDwell.set(dwellMs, navigations);
			console.log(`  ${label}, dwell ${dwellMs} ms: ${navigations.length} navigations measured`);
		}
	} finally {
		await browser.close();
		stop();
	}
	return byDwell;
}

console.log(
	`Click to the next page's largest contentful paint, ${runs} runs of ${journeys.length} links, ` +
		`on a throttled mobile profile (${mobileProfile.network.latency} ms round trip, ` +
		`${((mobileProfile.network.downloadThroughput * 8) / 1024 / 1024).toFixed(2)} Mbit/s down, ` +
		`CPU ${mobileProfile.cpuSlowdown}× slower):`,
);
const withRules = await measureSite(distDir, ports.withRules, 'with speculation rules');
const copy = await distWithoutRules();
let withoutRules: Map<number, Navigation[]>;
try {
	withoutRules = await measureSite(copy.dist, ports.withoutRules, 'without');
} finally {
	copy.remove();
}
// Without rules Chromium has nothing to prerender from: a prerendered page means the copy still
// served them, and the two columns would compare the site with itself.
const prerenderedWithout = [...withoutRules.values()].flat().filter((n) => n.prerendered).length;
if (prerenderedWithout > 0) {
	throw new Error(
		`${prerenderedWithout} navigations of the copy without speculation rules were prerendered: its pages still carry the rules`,
	);
}

const ms = (value: number) => `${Math.round(value)} ms`;
const describe = (navigations: Navigation[]) => {
	const times = navigations.map(({ clickToLcpMs }) => clickToLcpMs);
	const prerendered = navigations.filter((navigation) => navigation.prerendered).length;
	return `median ${ms(median(times))} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}), prerendered ${prerendered} of ${navigations.length}`;
};
console.log('');
for (const dwellMs of dwells) {
	const withTimes = withRules.get(dwellMs) ?? [];
	const withoutTimes = withoutRules.get(dwellMs) ?? [];
	console.log(`Pointer on the link ${dwellMs} ms before the click:`);
	console.log(`  with speculation rules:    ${describe(withTimes)}`);
	console.log(`  without speculation rules: ${describe(withoutTimes)}`);
	const saved =
		median(withoutTimes.map(({ clickToLcpMs }) => clickToLcpMs)) -
		median(withTimes.map(({ clickToLcpMs }) => clickToLcpMs));
	console.log(`  the rules save ${ms(saved)} at the median`);
}
