import { expect, test, type Page } from '@playwright/test';
import { firstResultFor, openSearch } from './search-helpers';

const cssVariable = (page: Page, name: string) =>
	page.evaluate(
		(variable) => getComputedStyle(document.documentElement).getPropertyValue(variable),
		name,
	);

test('each page loads one stylesheet, and printing takes Starlight print styles from it', async ({
	page,
}) => {
	await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
	await page.goto('/ja/themes/welding/');
	await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(1);
	const header = page.locator('.page > header');
	await expect(header).toHaveCSS('position', 'fixed');
	expect(await cssVariable(page, '--sl-color-white')).toBe('#fff');
	// Starlight prints in its light colours and lets the header scroll with the page.
	await page.emulateMedia({ media: 'print' });
	await expect(header).toHaveCSS('position', 'relative');
	expect(await cssVariable(page, '--sl-color-white')).toBe('#17181c');
});

test('Japanese text keeps the line breaking that only :lang(ja) selects', async ({ page }) => {
	await page.goto('/ja/themes/welding/');
	await expect(page.locator('main p').first()).toHaveCSS('line-break', 'strict');
	await expect(page.locator('main h1')).toHaveCSS('word-break', 'auto-phrase');
	await page.goto('/en/themes/welding/');
	await expect(page.locator('main p').first()).toHaveCSS('line-break', 'auto');
});

test('the words found in a search result excerpt are marked in the site style', async ({
	page,
}) => {
	await openSearch(page, 'en');
	await firstResultFor(page, 'welding');
	const mark = page.locator('#search-results mark').first();
	await expect(mark).toHaveCSS('font-weight', '600');
});

test('styles written on elements come from the stylesheet, so the policy allows no inline style', async ({
	page,
}) => {
	const response = await page.request.get('/en/about/');
	expect(await response.text()).not.toMatch(/\sstyle=/);
	expect(response.headers()['content-security-policy']).not.toContain('unsafe-hashes');
	// Each one still applies: table of contents indents by depth, code blocks keep their theme.
	await page.goto('/en/');
	const contents = page.locator('starlight-toc');
	await expect(contents.locator('a[href="#answers"]')).toHaveCSS('padding-inline-start', '8px');
	await expect(contents.locator('a[href="#who-when-where"]')).toHaveCSS(
		'padding-inline-start',
		'24px',
	);
	await page.goto('/en/about/');
	await expect(page.locator('pre.astro-code').first()).toHaveCSS(
		'background-color',
		'rgb(36, 41, 46)',
	);
});
