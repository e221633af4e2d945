import { expect, type Page } from '@playwright/test';
import { localePath, type Locale } from '../../src/lib/locales';

export const searchButtonNames: Record<Locale, string> = {
	id: 'Pencarian',
	en: 'Search',
	ja: '検索',
};

/** Opens the search dialog of `locale`'s home page and returns its query box. */
export async function openSearch(page: Page, locale: Locale) {
	await page.goto(localePath('', locale));
	await page.getByRole('button', { name: searchButtonNames[locale] }).click();
	const input = page.getByRole('dialog').getByRole('searchbox');
	await expect(input).toBeFocused();
	return input;
}

/** Types a query as a reader would and returns the address of the first result. */
export async function firstResultFor(page: Page, query: string): Promise<string | null> {
	const input = page.getByRole('dialog').getByRole('searchbox');
	await input.fill('');
	await input.pressSequentially(query);
	const status = page.getByRole('dialog').getByRole('status');
	await expect(status).toContainText(query);
	const first = page.locator('#search-results a').first();
	await expect(first).toBeVisible();
	return first.getAttribute('href');
}
