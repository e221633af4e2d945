/**
 * A stock Starlight site with the same pages as our build, for comparison: default sidebar, search,
 * Expressive Code and styles, and each page's rendered content taken from our dist/. It is
 * generated and built in a scratch folder (see scratch-project.ts) that is removed afterwards.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { load } from 'cheerio';
import { starlightLocales } from '../../src/lib/locales';
import { distDir } from '../build/dist';
import { buildWrittenIncludes } from '../support/nginx';
import {
	buildScratchProject,
	createScratchFolder,
	type BuildResult,
} from '../support/scratch-project';

const projectRoot = join(import.meta.dirname, '../..');

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

function astroConfig(title: string): string {
	const options = { title, defaultLocale: 'root', locales: starlightLocales() };
	return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({ integrations: [starlight(${JSON.stringify(options)})] });
`;
}

/**
 * Astro compiles the dependencies its package.json names as Astro packages (Starlight, whose
 * modules import `astro:` modules) instead of loading them as they are: they must be named.
 */
function stockPackageJson(): string {
	const { devDependencies } = JSON.parse(
		readFileSync(join(projectRoot, 'package.json'), 'utf8'),
	) as { devDependencies: Record<string, string> };
	const dependencies = Object.fromEntries(
		['astro', '@astrojs/starlight'].map((name) => [name, devDependencies[name]]),
	);
	// A stock site builds with Astro alone; Starlight runs Pagefind inside that build.
	const scripts = { build: 'astro build' };
	return JSON.stringify({ type: 'module', private: true, scripts, dependencies });
}

/**
 * The page's title and main content as Markdown: the content is one HTML block, which Markdown
 * passes through as it is. Blank lines would end the block and turn indented lines into code.
 */
function pageAsMarkdown(dist: string, file: string): string {
	const $ = loadBuiltPage(dist, file);
	const content = $('.sl-markdown-content');
	// Our inline scripts belong to our components (copy buttons, filters), not to the content.
	content.find('script').remove();
	const html = (content.html() ?? '').replace(/\n\s*\n/g, '\n');
	const title = $('h1#_top').text().trim();
	return `---\ntitle: ${JSON.stringify(title)}\n---\n\n<div>\n${html}\n</div>\n`;
}

const loadBuiltPage = (dist: string, file: string) => load(readFileSync(join(dist, file), 'utf8'));

export interface StockSite {
	dist: string;
	/** The stock site's build: its duration, CPU time and peak memory. */
	build: BuildResult;
	remove(): void;
}

/**
 * Generates and builds the stock site from our built `pages` (files relative to `fromDist`, our
 * dist/ unless given, such as `en/about/index.html`), each at the same path.
 */
export async function buildStockStarlight(pages: string[], fromDist = distDir): Promise<StockSite> {
	const project = createScratchFolder('stock-starlight-');
	const { root } = project;
	writeFileSync(join(root, 'package.json'), stockPackageJson());
	const home = loadBuiltPage(fromDist, 'index.html');
	writeFileSync(
		join(root, 'astro.config.mjs'),
		astroConfig(home('meta[property="og:site_name"]').attr('content') ?? 'Docs'),
	);
	// Starlight's starter project has an icon at the default favicon path; ours stands in for it.
	mkdirSync(join(root, 'public'));
	copyFileSync(join(projectRoot, 'public/favicon.svg'), join(root, 'public/favicon.svg'));
	mkdirSync(join(root, 'src'));
	writeFileSync(join(root, 'src/content.config.ts'), contentConfig);
	for (const page of pages) {
		const markdownFile = join(root, 'src/content/docs', page.replace(/\.html$/, '.md'));
		mkdirSync(dirname(markdownFile), { recursive: true });
		writeFileSync(markdownFile, pageAsMarkdown(fromDist, page));
	}

	const build = await buildScratchProject(project);
	if (build.exitCode !== 0) {
		project.remove();
		throw new Error(`The stock Starlight build failed:\n${build.output}`);
	}
	const dist = join(root, 'dist');
	// A stock site has none of the files that our build writes for nginx: it is served without.
	for (const include of buildWrittenIncludes()) writeFileSync(join(dist, include), '');
	return { dist, build, remove: project.remove };
}
