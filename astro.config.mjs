// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { starlightLocales } from './src/lib/locales.ts';

// The same build can be served at a domain root or under a sub-path; both come from the
// environment so that deployments do not need a code change.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Keeps Markdown and programme data in the top-level content/ folder: Starlight reads docs
	// from `<srcDir>/content/docs`, so the source root is the project root and code sits in src/.
	srcDir: '.',
	integrations: [
		starlight({
			title: {
				id: 'New MIDEC',
				en: 'New MIDEC',
				ja: '新MIDEC',
			},
			description:
				'Dokumentasi program kerja sama industri Indonesia–Jepang New MIDEC di bawah IJEPA.',
			defaultLocale: 'root',
			locales: starlightLocales(),
			customCss: ['./src/styles/site.css'],
			favicon: '/favicon.svg',
		}),
	],
});
