import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { localeCodes, localePath } from '../../src/lib/locales';
import { loadProgramme } from '../../src/lib/programme/load';
import { subjectSlug, subjectStatus } from '../../src/lib/programme/lookup';
import { searchQueries } from '../search-queries';
import { firstResultFor, openSearch, searchButtonNames } from './search-helpers';

const programme = loadProgramme(join(import.meta.dirname, '../../content/programme'));

for (const { lang, q, expect: expected } of searchQueries) {
	test(`"${q}" typed on the ${lang} site finds ${expected} first`, async ({ page }) => {
		await openSearch(page, lang);
		expect(await firstResultFor(page, q)).toBe(localePath(expected, lang));
	});
}

for (const locale of localeCodes) {
	test(`every sector and theme is found by each of its names from the ${locale} search box`, async ({
		page,
	}) => {
		test.setTimeout(90_000);
		await openSearch(page, locale);
		const subjects = [
			...programme.sectors.map((subject) => ({ subject, slug: subjectSlug('sector', subject.id) })),
			...programme.themes.map((subject) => ({ subject, slug: subjectSlug('theme', subject.id) })),
		];
		for (const { subject, slug } of subjects) {
			for (const nameLocale of localeCodes) {
				const name = subject.name[nameLocale];
				expect(await firstResultFor(page, name), `${name} → ${slug}`).toBe(
					localePath(slug, locale),
				);
			}
		}
	});
}

test('search works with the keyboard alone and gives focus back', async ({ page }) => {
	await page.goto('/en/');
	const opener = page.getByRole('button', { name: searchButtonNames.en });
	await opener.focus();
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog');
	const input = dialog.getByRole('searchbox');
	await expect(input).toBeFocused();
	await page.keyboard.type('welding');
	const links = page.locator('#search-results a');
	await expect(links.first()).toBeVisible();
	expect(await links.count()).toBeGreaterThan(1);
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(input).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();

	await page.keyboard.press('Enter');
	await expect(input).toBeFocused();
	await expect(input).toHaveValue('welding');
	await expect(links.first()).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/themes\/welding\/$/);
});

test('results are announced to screen readers', async ({ page }) => {
	await openSearch(page, 'en');
	await page.keyboard.type('automotive');
	const status = page.getByRole('dialog').getByRole('status');
	await expect(status).toHaveText(/^\d+ results? for “automotive”$/);
});

test('an unknown word gets a helpful empty state', async ({ page }) => {
	await openSearch(page, 'en');
	await page.keyboard.type('kwzrtq');
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('status')).toHaveText('No results for “kwzrtq”.');
	await expect(dialog.getByRole('link', { name: 'Sectors' })).toHaveAttribute(
		'href',
		'/en/sectors/',
	);
	await expect(dialog.getByRole('link', { name: 'Cross-sector themes' })).toHaveAttribute(
		'href',
		'/en/themes/',
	);
});

test('filters narrow results by kind of page and status, without typing', async ({ page }) => {
	// The engine arrives after the reader has chosen: what was chosen while it loaded still counts.
	let releaseEngine = () => {};
	const engineHeld = new Promise<void>((resolve) => (releaseEngine = resolve));
	await page.route('**/_astro/search-engine*.js', async (route) => {
		await engineHeld;
		await route.continue();
	});
	await openSearch(page, 'en');
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Kind of page').selectOption('Cross-sector theme');
	await dialog.getByLabel('Status').selectOption('Pilot project');
	releaseEngine();
	const links = page.locator('#search-results a');
	await expect(links).toHaveCount(2);
	const hrefs = await links.evaluateAll((anchors) =>
		anchors.map((a) => a.getAttribute('href')).sort(),
	);
	expect(hrefs).toEqual(['/en/themes/mold-and-dies/', '/en/themes/sme-development/']);
});

test('nothing of search is fetched before the reader opens it', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(request.url()));
	await page.goto('/ja/');
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((url) => /pagefind|search-engine/.test(url))).toEqual([]);
	await page.getByRole('button', { name: searchButtonNames.ja }).click();
	await expect.poll(() => fetched.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
});

test.describe('sector and theme directories', () => {
	test('filter as you type, by any name, and by status', async ({ page }) => {
		await page.goto('/en/sectors/');
		const filter = page.getByLabel('Filter the sectors by any of their names, in any language');
		await filter.fill('otomotif');
		const visible = page.locator('.subject-list li:visible a');
		await expect(visible).toHaveText([programme.sectors[0]?.name.en ?? '']);
		await filter.fill('');
		await page.getByRole('radio', { name: 'Not named for the first implementation' }).check();
		const notPilots = programme.sectors.filter(
			(sector) => subjectStatus(programme, 'sector', sector.id) === 'not-pilot',
		).length;
		await expect(visible).toHaveCount(notPilots);
		await expect(page.locator('subject-directory').getByRole('status')).toHaveText(
			`Showing ${notPilots} of ${programme.sectors.length}`,
		);
	});

	test('are plain lists without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/ja/themes/');
		await expect(page.locator('.subject-list li')).toHaveCount(programme.themes.length);
		await expect(page.locator('.directory-filter')).toBeHidden();
		await context.close();
	});
});
