import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const astroAsset = readdirSync(join(import.meta.dirname, '../../dist/_astro')).find((file) =>
	file.endsWith('.css'),
);

test('an unknown address gets the site 404 page with status 404', async ({ request }) => {
	const response = await request.get('/no-such-page/');
	expect(response.status()).toBe(404);
	expect(await response.text()).toContain('<html lang="id"');
});

test('short links and moved pages are real 301 redirects', async ({ request }) => {
	for (const [from, to] of [
		['/s/otomotif/', '/sectors/automotive/'],
		['/en/s/cetakan/', '/en/themes/mold-and-dies/'],
		['/ja/sector/', '/ja/sectors/'],
	]) {
		const response = await request.get(from, { maxRedirects: 0 });
		expect(response.status(), from).toBe(301);
		expect(response.headers().location, from).toBe(to);
	}
});

test('pages are cached briefly, hashed assets for a year, and text is compressed', async ({
	request,
}) => {
	const page = await request.get('/en/framework/', { headers: { 'Accept-Encoding': 'gzip' } });
	expect(page.headers()['cache-control']).toBe('public, max-age=300');
	expect(page.headers()['content-encoding']).toBe('gzip');
	const asset = await request.get(`/_astro/${astroAsset}`, {
		headers: { 'Accept-Encoding': 'gzip' },
	});
	expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(asset.headers()['content-encoding']).toBe('gzip');
});

test('every response says nosniff, and pages carry the Content-Security-Policy and the other page headers', async ({
	request,
}) => {
	const pages = ['/', '/ja/status/', '/missing/'];
	for (const path of [...pages, `/_astro/${astroAsset}`, '/pagefind/pagefind.js']) {
		const headers = (await request.get(path, { maxRedirects: 0 })).headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		const pageHeaders = [
			headers['content-security-policy'],
			headers['x-frame-options'],
			headers['referrer-policy'],
			headers['permissions-policy'],
		];
		if (pages.includes(path)) {
			expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
			expect(headers['x-frame-options'], path).toBe('DENY');
			expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect(headers['permissions-policy'], path).toContain('camera=()');
		} else expect(pageHeaders, path).toEqual([undefined, undefined, undefined, undefined]);
	}
});
