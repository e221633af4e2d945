/**
 * The editor as deploy/nginx.conf serves it: its own Content-Security-Policy, under which the CMS
 * starts without a violation, while the public pages keep theirs.
 */
import { expect, test } from '@playwright/test';

test('the editor has its own policy, kept from search engines, and the CMS runs under it', async ({
	page,
	request,
}) => {
	const editor = await request.get('/admin/');
	expect(editor.status()).toBe(200);
	const policy = editor.headers()['content-security-policy'] ?? '';
	expect(policy).toContain("script-src 'self' 'unsafe-eval'");
	expect(editor.headers()['x-robots-tag']).toBe('noindex, nofollow');
	expect(editor.headers()['cache-control']).toBe('no-cache');

	const home = await request.get('/');
	const publicPolicy = home.headers()['content-security-policy'] ?? '';
	expect(publicPolicy).toContain("default-src 'none'");
	expect(publicPolicy).not.toContain("'unsafe-eval'");
	expect(publicPolicy).not.toContain("'unsafe-inline'");
	expect(publicPolicy).not.toBe(policy);

	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	await page.goto('/admin/?lang=ja');
	await expect(page.getByRole('button', { name: 'ログイン' })).toBeVisible();
	expect(violations).toEqual([]);
});
