import { expect, test } from '@playwright/test';
import { firstResultFor, openSearch } from './search-helpers';

const homes = [
	{ path: '/', lang: 'id' },
	{ path: '/en/', lang: 'en' },
	{ path: '/ja/', lang: 'ja' },
];

for (const { path, lang } of homes) {
	test(`home page loads in ${lang}`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});
}

test('language picker goes to the same page in another language', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('combobox', { name: /bahasa/i })
		.first()
		.selectOption({ label: 'English' });
	await expect(page).toHaveURL(/\/en\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page
		.getByRole('combobox', { name: /language/i })
		.first()
		.selectOption({ label: '日本語' });
	await expect(page).toHaveURL(/\/ja\/$/);
});

test('search dialog returns a result for a word on the home page', async ({ page }) => {
	await openSearch(page, 'en');
	expect(await firstResultFor(page, 'IJEPA')).toMatch(/^\/en\//);
});
