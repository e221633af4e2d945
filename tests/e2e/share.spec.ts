import { expect, test } from '@playwright/test';

test('the copy button puts the permanent link on the clipboard', async ({
	page,
	context,
	baseURL,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/ja/framework/');
	const share = page.getByRole('region', { name: 'このページの共有と引用' });
	const permalink = await share.getByLabel('固定リンク', { exact: true }).inputValue();
	expect(permalink).toMatch(/\/ja\/framework\/$/);
	await share.getByRole('button', { name: 'リンクをコピー' }).click();
	await expect(share.getByRole('status')).toHaveText('リンクをコピーしました。');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
});

test('without JavaScript the permanent link is shown to copy by hand', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/en/sectors/automotive/');
	const share = page.getByRole('region', { name: 'Share and cite this page' });
	await expect(share.getByLabel('Permanent link', { exact: true })).toHaveValue(
		/\/en\/sectors\/automotive\/$/,
	);
	await expect(share.getByRole('button', { name: 'Copy link' })).toBeHidden();
	await expect(share.getByRole('link', { name: /\/en\/s\/automotive\/$/ })).toBeVisible();
	await context.close();
});

test('the QR code loads only near the end of the page, and always for printing', async ({
	page,
}) => {
	const qrCodes: string[] = [];
	page.on('requestfinished', (request) => {
		if (request.url().endsWith('/qr.svg')) qrCodes.push(new URL(request.url()).pathname);
	});
	await page.goto('/en/midec-2008/', { waitUntil: 'networkidle' });
	expect(qrCodes, 'requested on the first view').toEqual([]);

	await page.pdf();
	expect(qrCodes).toEqual(['/en/midec-2008/qr.svg']);
	const code = page.getByRole('img', { name: "QR code holding this page's permanent link" });
	expect(await code.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
});
