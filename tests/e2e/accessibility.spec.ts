import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { localeCodes, splitLocalePath } from '../../src/lib/locales';
import { builtHtmlFiles, servedPath } from '../build/dist';
import { wcagTags } from '../support/axe';

const paths = builtHtmlFiles().map(servedPath);

// Both themes on a desktop screen; a phone's screen, where the header and contents collapse.
const views = [
	{ theme: 'light', screen: 'desktop', viewport: { width: 1280, height: 720 } },
	{ theme: 'dark', screen: 'desktop', viewport: { width: 1280, height: 720 } },
	{ theme: 'light', screen: 'phone', viewport: { width: 360, height: 740 } },
] as const;

for (const { theme, screen, viewport } of views) {
	for (const locale of localeCodes) {
		test(`every ${locale} page passes axe in the ${theme} theme on a ${screen}`, async ({
			page,
		}) => {
			test.setTimeout(180_000);
			await page.setViewportSize(viewport);
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			const violations: string[] = [];
			for (const path of paths.filter(
				(candidate) => splitLocalePath(candidate).locale === locale,
			)) {
				await page.goto(path);
				const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
				for (const violation of results.violations) {
					violations.push(
						`${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
					);
				}
			}
			expect(violations).toEqual([]);
		});
	}
}
