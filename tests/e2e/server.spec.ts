import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { expect, test } from '@playwright/test';
import { collectInlineCode, emptyInlineCode } from '../../src/lib/security-headers';
import {
	assetsFolder,
	compressibleAssets,
	precompressedEncodings,
} from '../../src/integrations/precompressed-assets';
import { e2ePort, httpPortFor } from '../support/nginx';

const dist = join(import.meta.dirname, '../../dist');
const builtAssets = join(dist, assetsFolder);
const astroAsset = readdirSync(builtAssets).find((file) => file.endsWith('.css'));

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
	expect(page.headers()['cache-control']).toBe('max-age=300');
	expect(page.headers()['content-encoding']).toBe('gzip');
	expect(page.headers().vary).toBe('Accept-Encoding');
	const asset = await request.get(`/_astro/${astroAsset}`, {
		headers: { 'Accept-Encoding': 'gzip' },
	});
	expect(asset.headers()['cache-control']).toBe('max-age=31536000, immutable');
	expect(asset.headers()['content-encoding']).toBe('gzip');
});

test('a browser that reads Brotli gets pages as the build compressed them, and gzip is the fallback', async ({
	request,
}) => {
	for (const [accepted, sent] of [
		['br, gzip', 'br'],
		['gzip', 'gzip'],
		['identity', undefined],
	] as const) {
		const page = await request.get('/ja/sources/', { headers: { 'Accept-Encoding': accepted } });
		expect(page.headers()['content-encoding'], accepted).toBe(sent);
		expect(await page.text(), accepted).toBe(
			readFileSync(join(dist, 'ja/sources/index.html'), 'utf8'),
		);
		// Brotli comes from the file that the build compressed, so nginx knows its length.
		if (sent === 'br')
			expect(Number(page.headers()['content-length'])).toBe(
				statSync(join(dist, 'ja/sources/index.html.br')).size,
			);
	}
});

for (const { extension, contentEncoding } of precompressedEncodings) {
	test(`scripts and stylesheets come as the build compressed them in .${extension}, with no ETag`, async ({
		request,
	}) => {
		const compressible = globSync(compressibleAssets, { cwd: dist });
		expect(compressible.length).toBeGreaterThan(1);
		for (const file of compressible) {
			const response = await request.get(`/${file}`, {
				headers: { 'Accept-Encoding': contentEncoding },
			});
			expect(response.headers()['content-encoding'], file).toBe(contentEncoding);
			expect(Number(response.headers()['content-length']), file).toBe(
				statSync(join(dist, `${file}.${extension}`)).size,
			);
			expect(response.headers().etag, file).toBeUndefined();
			expect(Buffer.compare(await response.body(), readFileSync(join(dist, file))), file).toBe(0);
		}
	});
}

test('every response says nosniff, and pages carry the Content-Security-Policy and the other page headers', async ({
	request,
}) => {
	const pages = ['/', '/ja/status/', '/missing/'];
	for (const path of [...pages, `/_astro/${astroAsset}`, '/pagefind/pagefind.js']) {
		const headers = (await request.get(path, { maxRedirects: 0 })).headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		const pageHeaders = [
			headers['content-security-policy'],
			headers['referrer-policy'],
			headers['permissions-policy'],
		];
		if (pages.includes(path)) {
			// frame-ancestors alone keeps the pages out of frames: X-Frame-Options would repeat it.
			expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
			expect(headers['x-frame-options'], path).toBeUndefined();
			expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect(headers['permissions-policy'], path).toContain('camera=()');
		} else expect(pageHeaders, path).toEqual([undefined, undefined, undefined]);
	}
});

test("each page's policy allows exactly its own inline code, the 404 page's included", async ({
	request,
}) => {
	const hashesIn = (policy: string) => new Set(policy.match(/'sha256-[^']+'/g));
	for (const path of ['/', '/midec-2008/', '/ja/sources/', '/missing/']) {
		const response = await request.get(path);
		const code = collectInlineCode(await response.text(), emptyInlineCode());
		const ownCode = new Set([...code.scripts, ...code.styleElements, ...code.styleAttributes]);
		expect(hashesIn(response.headers()['content-security-policy'] ?? ''), path).toEqual(ownCode);
	}
});

test('plain HTTP goes to the same address over HTTPS with a 301, path and query kept', async ({
	request,
}) => {
	const plain = `http://127.0.0.1:${httpPortFor(e2ePort)}`;
	for (const path of ['/', '/en/status/?from=announcement#matrix', '/s/otomotif/']) {
		const response = await request.get(`${plain}${path}`, { maxRedirects: 0 });
		expect(response.status(), path).toBe(301);
		expect(response.headers().location, path).toBe(`https://127.0.0.1${path.replace(/#.*/, '')}`);
		expect(response.headers()['strict-transport-security'], path).toBeUndefined();
	}
});

test('every HTTPS response asks browsers to keep to HTTPS for two years', async ({ request }) => {
	for (const path of [
		'/',
		'/ja/status/',
		'/missing/',
		`/_astro/${astroAsset}`,
		'/pagefind/pagefind.js',
	]) {
		const headers = (await request.get(path, { maxRedirects: 0 })).headers();
		expect(headers['strict-transport-security'], path).toBe('max-age=63072000');
	}
});

test('pages come over HTTP/2', async ({ page }) => {
	await page.goto('/');
	const protocol = await page.evaluate(
		() =>
			(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
				.nextHopProtocol,
	);
	expect(protocol).toBe('h2');
});
