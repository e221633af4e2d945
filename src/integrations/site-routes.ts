import type { AstroIntegration } from 'astro';
import { qrCodeFile } from '../lib/qr-code';

/**
 * The site's files that are not pages: the update feeds per language, the machine-readable
 * programme data with its JSON Schema, robots.txt, the vocabulary that search corrects to and each
 * page's QR code.
 */
export function siteRoutes(): AstroIntegration {
	return {
		name: 'new-midec:site-routes',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				const route = (pattern: string, file: string) =>
					injectRoute({
						pattern,
						entrypoint: new URL(`../routes/${file}`, import.meta.url),
						prerender: true,
					});
				route('/[...prefix]/feed.xml', 'feed.ts');
				route('/api/programme.json', 'programme-api.ts');
				route('/api/programme.schema.json', 'programme-api-schema.ts');
				route('/robots.txt', 'robots.ts');
				route('/search-vocabulary.json', 'search-vocabulary.ts');
				route(`/[...page]/${qrCodeFile}`, 'qr-code.ts');
			},
		},
	};
}
