import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { astroRedirects, netlifyRedirects, nginxRedirects, type Redirect } from '../lib/redirects';

/**
 * Serves the site's redirects (moved pages and short links) from one list, under the deployment
 * base: Astro's `redirects` option writes a static meta-refresh page for each (works on any host),
 * and after the build `_redirects` (Netlify, Cloudflare Pages) and `nginx-redirects.conf` (an nginx
 * `include`) give the same pairs as real 301 redirects.
 */
export function siteRedirects(redirects: Redirect[], redirectsFile: string): AstroIntegration {
	let base = '/';
	return {
		name: 'new-midec:redirects',
		hooks: {
			'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
				addWatchFile(redirectsFile);
				updateConfig({ redirects: astroRedirects(redirects, config.base) });
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				// Astro writes `content="0;url=…"`; the HTML standard wants a space after the semicolon.
				for (const from of Object.keys(astroRedirects(redirects, base))) {
					const file = join(out, from, 'index.html');
					if (!existsSync(file))
						throw new Error(`Astro wrote no redirect page for ${from} (${file}).`);
					const html = readFileSync(file, 'utf8');
					writeFileSync(file, html.replace('content="0;url=', 'content="0; url='));
				}
				writeFileSync(join(out, '_redirects'), netlifyRedirects(redirects, base));
				writeFileSync(join(out, 'nginx-redirects.conf'), nginxRedirects(redirects, base));
				logger.info(
					`${redirects.length} redirects in every language: _redirects, nginx-redirects.conf`,
				);
			},
		},
	};
}
