import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { baseFolder, builtPages, pagesAtOnce } from './built-site';
import {
	collectInlineCode,
	combinedInlineCode,
	emptyInlineCode,
	type InlineCode,
	netlifyHeaders,
	nginxHeaders,
	securityHeaders,
} from '../lib/security-headers';

/**
 * Writes the site's security headers after the build, when every page's inline code is known:
 * `nginx-page-headers.conf` and `nginx-security-headers.conf` (nginx `include`s) and
 * `_headers` (Netlify, Cloudflare Pages).
 * The Content-Security-Policy allows each inline script and style by its hash, so the site runs
 * without `'unsafe-inline'`, and a script that somebody injects into a page does not. For nginx,
 * each page's policy lists the hashes of that page's code only.
 */
export function siteSecurityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'new-midec:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = baseFolder(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const pages = builtPages(out);
				const inlineCodeOf = async (page: string): Promise<[string, InlineCode]> => [
					`${base}${page}`,
					collectInlineCode(await readFile(join(out, page), 'utf8'), emptyInlineCode()),
				];
				// In the pages' order, whichever is read first, as the header files list them.
				const byPage = new Map(await pMap(pages, inlineCodeOf, { concurrency: pagesAtOnce }));
				const inline = combinedInlineCode(byPage.values());
				const headers = securityHeaders(inline, byPage);
				const nginx = nginxHeaders(headers);
				await writeFile(join(out, 'nginx-page-headers.conf'), nginx.httpLevel);
				await writeFile(join(out, 'nginx-security-headers.conf'), nginx.location);
				await writeFile(join(out, '_headers'), netlifyHeaders(headers, base));
				logger.info(
					`Content-Security-Policy for ${pages.length} pages: ${inline.scripts.size} inline scripts, ${inline.styleElements.size + inline.styleAttributes.size} inline styles allowed by hash`,
				);
			},
		},
	};
}
