import { expect, test } from '@playwright/test';
import { localeCodes, splitLocalePath } from '../../src/lib/locales';
import { builtHtmlFiles } from '../build/dist';

const paths = builtHtmlFiles()
	.filter((file) => file !== '404.html')
	.map((file) => `/${file.replace(/index\.html$/, '')}`);

for (const locale of localeCodes) {
	test(`no ${locale} page requests anything from another origin`, async ({ page, baseURL }) => {
		test.setTimeout(120_000);
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol !== 'data:' && url.origin !== baseURL)
				foreign.push(`${page.url()} → ${url.href}`);
		});
		for (const path of paths.filter((candidate) => splitLocalePath(candidate).locale === locale)) {
			await page.goto(path, { waitUntil: 'networkidle' });
		}
		expect(foreign).toEqual([]);
	});
}
