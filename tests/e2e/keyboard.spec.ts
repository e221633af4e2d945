import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab from where the focus is until `target` has it, as a keyboard user would; fails if
 * `target` is not reached within `limit` presses, i.e. if it is not in the tab order.
 */
async function tabTo(page: Page, target: Locator, limit = 250) {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`${String(target)} was not reached with ${String(limit)} presses of Tab`);
}

test('the language picker works with the keyboard alone', async ({ page }) => {
	await page.goto('/sectors/automotive/');
	const picker = page.getByRole('combobox', { name: 'Pilih bahasa' }).first();
	await tabTo(page, picker);
	await expect(picker).toBeFocused();
	// The options are in the order Bahasa Indonesia, English, 日本語.
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/\/en\/sectors\/automotive\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	const englishPicker = page.getByRole('combobox', { name: 'Select language' }).first();
	await tabTo(page, englishPicker);
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/\/ja\/sectors\/automotive\/$/);
});

test('the share block works with the keyboard alone', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/en/sectors/automotive/');
	const share = page.getByRole('region', { name: 'Share and cite this page' });
	const permalink = share.getByLabel('Permanent link', { exact: true });
	await tabTo(page, permalink);
	// A reader can select the link to copy it by hand.
	await page.keyboard.press('Control+a');
	expect(
		await permalink.evaluate(
			(input: HTMLInputElement) => input.selectionEnd === input.value.length,
		),
	).toBe(true);

	await page.keyboard.press('Tab');
	await expect(share.getByRole('button', { name: 'Copy link' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(share.getByRole('status')).toHaveText('Link copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		await permalink.inputValue(),
	);

	const shortLink = share.getByRole('link', { name: /\/en\/s\/automotive\/$/ });
	await page.keyboard.press('Tab');
	await expect(shortLink).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(share.getByRole('link', { name: 'Report a problem with this page' })).toBeFocused();
});

test('the pilot matrix scrolls and its links open with the keyboard alone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/en/status/');
	const matrix = page.getByRole('region', {
		name: /Sector and theme pairs for the first implementation/,
	});
	await tabTo(page, matrix);
	await expect(matrix).toBeFocused();
	const scrolled = () => matrix.evaluate((element) => element.scrollLeft);
	expect(await scrolled()).toBe(0);
	await page.keyboard.press('ArrowRight');
	await expect.poll(scrolled).toBeGreaterThan(0);

	// Next come the caption's citation, then the first theme.
	const firstTheme = matrix.getByRole('columnheader').nth(1).getByRole('link');
	await tabTo(page, firstTheme, 2);
	const themeHref = await firstTheme.getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${themeHref ?? 'no-link'}$`));
});
