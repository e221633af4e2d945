// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { satteri } from '@astrojs/markdown-satteri';
import { localizedLinks } from './src/integrations/localized-links.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { pageScripts } from './src/integrations/page-scripts.ts';
import { pageStyles } from './src/integrations/page-styles.ts';
import {
	precompressedAssets,
	precompressedPages,
} from './src/integrations/precompressed-assets.ts';
import { programmeData } from './src/integrations/programme-data.ts';
import { siteRoutes } from './src/integrations/site-routes.ts';
import { siteRedirects } from './src/integrations/redirects.ts';
import { siteSecurityHeaders } from './src/integrations/security-headers.ts';
import { completeTranslations } from './src/integrations/translations.ts';
import { editor } from './src/integrations/editor.ts';
import { chunkUrl } from './src/integrations/chunk-url.ts';
import { readAllUiStrings } from './src/lib/content-files.ts';
import { starlightLocales } from './src/lib/locales.ts';
import { buildSidebar } from './src/lib/sidebar.ts';
import { speculationRules } from './src/lib/speculation-rules.ts';
import { dataAnchorsByPage, isDataAnchorLink } from './src/lib/data-anchors.ts';
import { programme, programmeDataDir } from './src/programme.ts';
import { redirects, redirectsFile } from './src/redirects.ts';
import { localSiteUrl, siteUrl } from './src/site-config.ts';
import { releaseSettings } from './src/integrations/release-settings.ts';

// The same build can be served at a domain root or under a sub-path; both come from the
// environment so that deployments do not need a code change.
// A release build needs SITE_URL (see src/site-config.ts); dev and preview fall back to local.
const site = siteUrl ?? localSiteUrl;
const base = process.env.BASE_PATH ?? '/';

const uiStrings = readAllUiStrings();
const dataAnchors = dataAnchorsByPage(programme);

export default defineConfig({
	site,
	base,
	// Prefetching every link costs script and requests on each page; the pages are small and fast.
	prefetch: false,
	// One stylesheet for every page, cached once: no component's styles are inlined, so pages carry
	// fewer hashes in their Content-Security-Policy header.
	vite: {
		build: {
			cssCodeSplit: false,
			rolldownOptions: {
				// Rolldown warns once per MDX page that Astro's own head-inject marker may not survive
				// bundling; Astro reads that marker before bundling, so nothing is lost, and the
				// warnings would bury any real one in an editor's build log (withastro/astro#18087).
				onLog(level, log, report) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) {
						return;
					}
					report(level, log);
				},
			},
		},
		plugins: [chunkUrl()],
	},
	trailingSlash: 'always',
	// Keeps Markdown and programme data in the top-level content/ folder: Starlight reads docs
	// from `<srcDir>/content/docs`, so the source root is the project root and code sits in src/.
	srcDir: '.',
	markdown: {
		processor: satteri({
			// `## Heading {#id}` gives a section an id that is the same in every language, so links
			// such as /framework/#scope work in each locale.
			features: { headingAttributes: true },
			hastPlugins: [localizedLinks(new URL('./content/docs/', import.meta.url), base)],
		}),
	},
	integrations: [
		releaseSettings(),
		programmeData(programmeDataDir),
		completeTranslations(),
		siteRoutes(),
		siteRedirects(redirects, redirectsFile),
		starlight({
			title: {
				id: programme.programme.name.id,
				en: programme.programme.name.en,
				ja: programme.programme.name.ja,
			},
			description: uiStrings.id['site.description'],
			defaultLocale: 'root',
			locales: starlightLocales(),
			sidebar: buildSidebar(programme, uiStrings),
			customCss: ['./src/styles/site.css'],
			favicon: '/favicon.svg',
			head: [
				{
					tag: 'script',
					attrs: { type: 'speculationrules' },
					content: JSON.stringify(speculationRules(base)),
				},
			],
			routeMiddleware: './src/route-data.ts',
			plugins: [
				// Fails the build on a link to a missing page or heading, naming file and line. Anchors
				// that components draw from the data are not headings: they pass if the data has them.
				starlightLinksValidator({
					exclude: ({ link }) => isDataAnchorLink(link, dataAnchors, base),
				}),
			],
			// No code samples on this site: skip the code-block styles and copy-button script.
			expressiveCode: false,
			// The search index is built after Astro has exited, by `npm run build` (src/cli/search-index.ts).
			pagefind: false,
			components: {
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Search: './src/components/starlight/Search.astro',
			},
		}),
		// Before the scripts are compressed and the pages' inline code is hashed.
		pageScripts(),
		pageStyles(),
		precompressedAssets(),
		ogImages(),
		// It hashes the inline code of the finished pages.
		siteSecurityHeaders(),
		// After the pages, their policy and sitemap: the editor is in none of them, nor in the search index.
		editor(),
		// Last: it compresses the finished pages, the editor's included.
		precompressedPages(),
	],
});
