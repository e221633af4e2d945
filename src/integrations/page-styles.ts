import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { PurgeCSS, type UserDefinedSafelist } from 'purgecss';
import { globSync } from 'tinyglobby';
import { withElementsReplaced } from '../lib/html-elements';
import {
	combinedStylesheet,
	findStylesheetLinks,
	selectorWords,
	type StylesheetLink,
	styleAttributeRules,
	styleAttributesOf,
	stylesheetsKey,
	withNamelessRulesKept,
	withStyleAttributesAsClasses,
} from '../lib/page-styles';
import { assetsFolder } from './precompressed-assets';
import { kilobytes } from '../lib/sizes';
import {
	assetNamesIn,
	baseFolder,
	builtPages,
	pagesAtOnce,
	removeUnreferencedAssets,
	writeHashedAsset,
} from './built-site';

/**
 * Elements that no page or script of `dist/` spells out, styled all the same: Pagefind marks the
 * words found in each search result's excerpt, which comes from its index.
 */
const safelist: UserDefinedSafelist = { standard: ['mark'] };

/**
 * Puts the stylesheets of each page into one file of `_astro/` without the rules that match
 * nothing in the built site. Starlight loads its print styles as a second file, which costs a
 * request on every first view, and its stylesheet styles every component it has, used or not.
 * A rule is kept when the class names, ids, elements and attributes it needs are all spelled out
 * somewhere in a page or a script of `dist/` (PurgeCSS); the file is named by a hash of what
 * is left, so that a browser never keeps a copy for a site with other pages.
 *
 * The `style` attributes of those pages become classes of that file: each one the
 * Content-Security-Policy allowed by hash cost every page's headers some 50 bytes.
 */
export function pageStyles(): AstroIntegration {
	let base = '/';
	return {
		name: 'new-midec:page-styles',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = baseFolder(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const ownAsset = `${base}${assetsFolder}/`;
				const pages = builtPages(distDir);
				const scripts = globSync(`${assetsFolder}/*.js`, { cwd: distDir });
				const words = new Set<string>();
				const linksOfPage = new Map<string, StylesheetLink[]>();
				const readForSelectors = async (file: string) => {
					const text = await readFile(join(distDir, file), 'utf8');
					for (const word of selectorWords(text)) words.add(word);
					const links = findStylesheetLinks(text);
					if (links.length === 0 || !links.every(({ href }) => href.startsWith(ownAsset)))
						return [];
					linksOfPage.set(file, links);
					return styleAttributesOf(text);
				};
				// In the pages' order, whichever is read first, as the stylesheet's rules follow it.
				const styleAttributes = new Set(
					(
						await pMap([...pages, ...scripts], readForSelectors, { concurrency: pagesAtOnce })
					).flat(),
				);

				const content = [{ raw: [...words].join(' '), extension: 'txt' }];
				const combinedFiles = new Set<string>();
				const sizes = { before: 0, after: 0 };
				const stylesheetUrls = new Map<string, Promise<string>>();
				const combine = async (links: StylesheetLink[]) => {
					const sheets = await Promise.all(
						links.map(async ({ href, media }) => {
							const file = join(distDir, assetsFolder, href.slice(ownAsset.length));
							combinedFiles.add(file);
							return { css: await readFile(file, 'utf8'), media };
						}),
					);
					const css = combinedStylesheet(sheets);
					const [purged] = await new PurgeCSS().purge({
						content,
						css: [{ raw: withNamelessRulesKept(css) }],
						defaultExtractor: (text) => text.split(' '),
						variables: true,
						safelist,
					});
					const withStyleAttributes = styleAttributeRules(styleAttributes) + purged.css;
					sizes.before += css.length;
					sizes.after += withStyleAttributes.length;
					return `${ownAsset}${await writeHashedAsset(distDir, 'page-styles', 'css', withStyleAttributes)}`;
				};

				// Each page is read again rather than kept from the first pass: a large site's pages
				// would not all fit in memory at once.
				const namesInPages = new Set<string>();
				const rewritePage = async (page: string) => {
					const text = await readFile(join(distDir, page), 'utf8');
					const links = linksOfPage.get(page);
					if (links) {
						const key = stylesheetsKey(links);
						let url = stylesheetUrls.get(key);
						if (!url) {
							url = combine(links);
							stylesheetUrls.set(key, url);
						}
						const rewritten = withStyleAttributesAsClasses(
							withElementsReplaced(text, links, `<link rel="stylesheet" href="${await url}">`),
						);
						await writeFile(join(distDir, page), rewritten);
						for (const name of assetNamesIn(rewritten)) namesInPages.add(name);
					} else {
						for (const name of assetNamesIn(text)) namesInPages.add(name);
					}
				};
				await pMap(pages, rewritePage, { concurrency: pagesAtOnce });
				const removed = await removeUnreferencedAssets(combinedFiles, distDir, namesInPages);
				logger.info(
					`Stylesheets of ${linksOfPage.size} pages combined into ${stylesheetUrls.size === 1 ? 'one file' : `${stylesheetUrls.size} files`} without the rules that match nothing: ${kilobytes(sizes.before)} to ${kilobytes(sizes.after)}, with ${styleAttributes.size} style attributes as classes; ${removed.length} files they replace left out`,
				);
			},
		},
	};
}
