import { expect, test } from '@playwright/test';

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
	await page.goto('/en/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByRole('textbox', { name: 'Search' }).fill('Japanese');
	await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute(
		'href',
		/\/en\/$/,
	);
});
