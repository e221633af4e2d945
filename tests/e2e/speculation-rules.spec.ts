import { expect, test, type Page } from '@playwright/test';

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
