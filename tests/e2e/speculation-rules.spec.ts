import { expect, test, type Page } from '@playwright/test';
import { ChromiumOverPipe, evaluate, mouseOnLink, openTab } from '../support/chromium-tab';

/**
 * The links of `path` that Chromium's speculation rules would prerender, from DevTools' Preload
 * domain: every link the rules match is listed there, whether or not the reader has shown intent.
 * `extraLinks` are added to the page first, to try addresses that no page links to yet.
 */
async function prerenderCandidates(page: Page, path: string, extraLinks: string[] = []) {
	const cdp = await page.context().newCDPSession(page);
	const ruleSets: { errorType?: string; errorMessage?: string }[] = [];
	let candidates: string[] = [];
	cdp.on('Preload.ruleSetUpdated', ({ ruleSet }) => ruleSets.push(ruleSet));
	cdp.on('Preload.preloadingAttemptSourcesUpdated', ({ preloadingAttemptSources }) => {
		candidates = preloadingAttemptSources
			.filter(({ key }) => key.action === 'Prerender')
			.map(({ key }) => key.url);
	});
	await cdp.send('Preload.enable');
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.goto(path);
	await page.evaluate((links) => {
		for (const link of links) {
			const [href = '', attribute] = link.split(' ');
			const anchor = document.createElement('a');
			anchor.href = href;
			anchor.textContent = href;
			if (attribute) anchor.setAttribute(attribute, '');
			document.querySelector('main')?.append(anchor);
		}
	}, extraLinks);
	const origin = new URL(page.url()).origin;
	await expect.poll(() => candidates.length).toBeGreaterThan(0);
	// Chromium reports the links it matched again after the added links; let it catch up.
	await page.waitForTimeout(500);
	return { ruleSets, violations, candidates: candidates.map((url) => url.replace(origin, '')) };
}

test('the speculation rules are valid JSON that prerenders on moderate eagerness', async ({
	page,
}) => {
	await page.goto('/en/');
	const scripts = page.locator('script[type="speculationrules"]');
	await expect(scripts).toHaveCount(1);
	const rules = JSON.parse((await scripts.textContent()) ?? '') as {
		prerender: { eagerness: string }[];
	};
	expect(rules.prerender.map(({ eagerness }) => eagerness)).toEqual(['moderate']);
});

test('Chromium accepts the rules under the Content-Security-Policy and prerenders pages of the site only', async ({
	page,
}) => {
	const { ruleSets, violations, candidates } = await prerenderCandidates(page, '/', [
		'/admin/',
		'/admin/#/collections/sectors',
		'/feed.xml',
		'/api/programme.json',
		'/api/programme.schema.json',
		'/sitemap-index.xml',
		'/og/index.png',
		'/en/about/ download',
		'https://example.org/',
	]);
	expect(violations).toEqual([]);
	expect(ruleSets).toHaveLength(1);
	expect(ruleSets[0]?.errorType, ruleSets[0]?.errorMessage).toBeUndefined();
	expect(candidates).toContain('/glossary/');
	expect(candidates).toContain('/sectors/automotive/');
	for (const path of candidates) {
		expect(path, 'a page of the site').toMatch(/^\/([^?]*\/)?(#.*)?$/);
		expect(path).not.toMatch(/^\/admin\//);
		expect(path).not.toBe('/en/about/');
	}
	// The same page linked without `download` is prerendered: the rule, not the path, left it out.
	const about = await prerenderCandidates(page, '/en/');
	expect(about.candidates).toContain('/en/about/');
});

test('pointing at a link prerenders its page, and the click shows the prerendered page', async ({
	baseURL,
}) => {
	// Playwright attaches to pages, for which Chromium prerenders nothing: this drives the tab.
	const browser = new ChromiumOverPipe();
	try {
		const tab = await openTab(browser, async () => undefined);
		const [first] = tab.pages.values();
		const page = first?.sessionId ?? '';
		const statuses: string[] = [];
		browser.on(({ method, params }) => {
			if (method === 'Preload.prerenderStatusUpdated') {
				const { key, status } = params as { key: { url: string }; status: string };
				statuses.push(`${new URL(key.url).pathname} ${status}`);
			}
		});
		await browser.send('Preload.enable', {}, page);
		await browser.send('Page.enable', {}, page);
		const loaded = browser.waitFor(({ method }) => method === 'Page.loadEventFired');
		await browser.send('Page.navigate', { url: `${baseURL}/` }, page);
		await loaded;
		const mouse = await mouseOnLink(browser, page, '/glossary/');
		await mouse('mouseMoved');
		// A prerender and its activation wait for a busy machine's CPU: allow for it.
		const patience = { timeout: 20_000 };
		await expect.poll(() => statuses, patience).toContain('/glossary/ Ready');
		await mouse('mousePressed');
		await mouse('mouseReleased');
		await expect
			.poll(async () => {
				for (const { sessionId } of tab.pages.values()) {
					const shown = await evaluate<string>(
						browser,
						sessionId,
						`document.prerendering ? '' : location.pathname + ' ' + (performance.getEntriesByType('navigation')[0].activationStart > 0)`,
					).catch(() => '');
					if (shown.startsWith('/glossary/')) return shown;
				}
				return '';
			}, patience)
			.toBe('/glossary/ true');
		await tab.close();
	} finally {
		browser.close();
	}
});
