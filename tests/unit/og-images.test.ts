import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { drawOgImages, readOgCards } from '../../src/integrations/og-images';

let outDir: string;

function writePage(file: string, lang: string, title: string, siteName = 'New MIDEC') {
	const path = join(outDir, file);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(
		path,
		`<!DOCTYPE html><html lang="${lang}"><head><title>${title} | ${siteName}</title>` +
			`<meta property="og:site_name" content="${siteName}"/></head>` +
			`<body><main><h1>${title}</h1></main></body></html>`,
	);
}

beforeEach(() => {
	outDir = mkdtempSync(join(tmpdir(), 'og-images-'));
});

afterEach(() => {
	rmSync(outDir, { recursive: true, force: true });
});

describe('readOgCards and drawOgImages', () => {
	test('fails naming the page and the character that no font has', async () => {
		writePage('en/index.html', 'en', 'New MIDEC');
		writePage('en/party/index.html', 'en', 'Launch party 🎉');
		writePage('ja/thai/index.html', 'ja', 'タイ語 ภาษา');
		const run = readOgCards(outDir);
		await expect(run).rejects.toThrow(
			/en\/party\/index\.html: the title "Launch party 🎉" has U\+1F389 "🎉"/,
		);
		await expect(run).rejects.toThrow(/ja\/thai\/index\.html: .*U\+0E20 "ภ"/);
	});

	test('draws each page once and reuses identical images', async () => {
		writePage('index.html', 'id', 'Status');
		writePage('en/status/index.html', 'en', 'Status');
		writePage('en/copy/index.html', 'en', 'Status');
		const result = await drawOgImages(await readOgCards(outDir));
		expect(result).toMatchObject({ pages: 3, drawn: 2 });
		const png = (path: string) => readFileSync(join(outDir, path));
		expect(png('og/en/copy.png').equals(png('og/en/status.png'))).toBe(true);
		expect(png('og/index.png').equals(png('og/en/status.png'))).toBe(false);
		expect(png('og/index.png').subarray(1, 4).toString()).toBe('PNG');
	}, 30_000);
});
