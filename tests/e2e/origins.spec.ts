import { expect, test, type Page } from '@playwright/test';
import { localeCodes, splitLocalePath } from '../../src/lib/locales';
import { builtHtmlFiles, servedPath } from '../build/dist';
import { firstResultFor, openSearch } from './search-helpers';

const paths = builtHtmlFiles().map(servedPath);

/** Collects what the browser reports as blocked by the Content-Security-Policy, from now on. */
async function recordPolicyViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportPolicyViolation', (report: string) => {
		violations.push(`${page.url()}: ${report}`);
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportPolicyViolation: (text: string) => void })
				.reportPolicyViolation;
			report(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${String(event.lineNumber)}) ${event.sample}`,
			);
		});
	});
	return violations;
}

for (const locale of localeCodes) {
	test(`no ${locale} page requests another origin or breaks the Content-Security-Policy`, async ({
		page,
		baseURL,
	}) => {
		test.setTimeout(120_000);
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol !== 'data:' && url.origin !== baseURL)
				foreign.push(`${page.url()} → ${url.href}`);
		});
		const violations = await recordPolicyViolations(page);
		for (const path of paths.filter((candidate) => splitLocalePath(candidate).locale === locale)) {
			await page.goto(path, { waitUntil: 'networkidle' });
		}
		expect(foreign).toEqual([]);
		expect(violations).toEqual([]);
	});
}

test('the policy allows no inline script by keyword, and the page works under it', async ({
	page,
}) => {
	const violations = await recordPolicyViolations(page);
	const response = await page.goto('/en/');
	const policy = (await response?.allHeaders())?.['content-security-policy'] ?? '';
	const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
	expect(scriptSources).toContain("'self'");
	expect(scriptSources).not.toContain("'unsafe-inline'");
	expect(scriptSources).not.toContain("'unsafe-eval'");
	expect(policy).toContain("frame-ancestors 'none'");

	// Searching compiles Pagefind's WebAssembly; the theme picker and sidebar run inline scripts.
	await openSearch(page, 'en');
	expect(await firstResultFor(page, 'mold')).toBeTruthy();
	await page.keyboard.press('Escape');
	await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(violations).toEqual([]);
});

test('an injected inline script is refused', async ({ page }) => {
	const violations = await recordPolicyViolations(page);
	await page.goto('/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'document.body.dataset.injected = "ran"';
		document.body.append(script);
	});
	await expect.poll(() => violations.length).toBe(1);
	expect(await page.locator('body').getAttribute('data-injected')).toBeNull();
});
