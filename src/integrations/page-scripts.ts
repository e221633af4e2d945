import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { rolldown, type Plugin } from 'rolldown';
import { minify } from 'rolldown/utils';
import { withElementsReplaced, withRangesReplaced } from '../lib/html-elements';
import {
	findInlineClassicScripts,
	findModuleScripts,
	moduleScriptsKey,
	type PageScript,
} from '../lib/page-scripts';
import { assetsFolder } from './precompressed-assets';
import {
	assetNamesIn,
	baseFolder,
	builtPages,
	pagesAtOnce,
	removeUnreferencedAssets,
	writeHashedAsset,
} from './built-site';

const entryId = '\0page-scripts';
const inlineScriptPrefix = '\0page-script-';

/**
 * Serves a page's module scripts to Rolldown as one entry that imports each in turn. Each keeps
 * its own module scope; a script's static imports of the site's files are bundled in from
 * `dist`, and its dynamic imports (the search engine, loaded on first use) stay separate files.
 */
function pageScriptsPlugin(scripts: PageScript[], distDir: string, base: string): Plugin {
	const distFile = (url: string) =>
		url.startsWith(base) ? join(distDir, url.slice(base.length)) : undefined;
	return {
		name: 'new-midec:page-scripts',
		resolveId(source, _importer, { kind }) {
			if (source === entryId || source.startsWith(inlineScriptPrefix)) return source;
			if (kind === 'dynamic-import') return { id: source, external: true };
			return distFile(source);
		},
		load(id) {
			if (id === entryId)
				return scripts
					.map(({ src }, index) => `import ${JSON.stringify(src ?? inlineScriptPrefix + index)};`)
					.join('\n');
			if (id.startsWith(inlineScriptPrefix))
				return scripts[Number(id.slice(inlineScriptPrefix.length))].code;
		},
	};
}

async function bundle(scripts: PageScript[], distDir: string, base: string) {
	const build = await rolldown({
		input: entryId,
		plugins: [pageScriptsPlugin(scripts, distDir, base)],
		logLevel: 'warn',
	});
	try {
		const { output } = await build.generate({ format: 'esm', minify: true });
		const [chunk, ...others] = output;
		if (others.length > 0 || chunk.type !== 'chunk')
			throw new Error(`page scripts bundled into ${output.length} files instead of one`);
		return { code: chunk.code, bundledFiles: chunk.moduleIds.filter((id) => !id.startsWith('\0')) };
	} finally {
		await build.close();
	}
}

/**
 * The page with its inline classic scripts minified, each through `minified`, which keeps each
 * distinct script's result: Starlight writes them as it keeps them in its source, with their
 * indentation and comments, and the same few stand on every page.
 */
async function withMinifiedInlineScripts(html: string, minified: Map<string, Promise<string>>) {
	const scripts = findInlineClassicScripts(html);
	const ranges = await Promise.all(
		scripts.map(async ({ code, codeRange }) => {
			let result = minified.get(code);
			if (!result) {
				// A classic script's top-level names are the page's globals: they keep their names.
				result = minify('inline.js', code, { module: false }).then((output) =>
					output.errors.length > 0 ? code : output.code.trimEnd(),
				);
				minified.set(code, result);
			}
			return { ...codeRange, text: await result };
		}),
	);
	return withRangesReplaced(html, ranges);
}

/**
 * Bundles each page's module scripts into one file in `_astro/`, in their order. Astro puts each
 * component's script in the page on its own (inline when it is small) and Starlight's table of
 * contents loads three files; one file costs fewer requests and bytes on a first view, is cached
 * for every page with the same scripts, and leaves the Content-Security-Policy fewer hashes.
 * Files that only those scripts loaded are then left out of `dist/`, and the classic scripts
 * written in the pages are minified.
 */
export function pageScripts(): AstroIntegration {
	let base = '/';
	return {
		name: 'new-midec:page-scripts',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = baseFolder(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const pages = builtPages(distDir);
				const bundleUrls = new Map<string, Promise<string>>();
				const bundledFiles = new Set<string>();
				const namesInPages = new Set<string>();
				const minifiedScripts = new Map<string, Promise<string>>();
				let pagesChanged = 0;
				const rewritePage = async (page: string) => {
					const written = await readFile(join(distDir, page), 'utf8');
					const text = await withMinifiedInlineScripts(written, minifiedScripts);
					const scripts = findModuleScripts(text);
					if (scripts.length < 2) {
						if (text !== written) await writeFile(join(distDir, page), text);
						for (const name of assetNamesIn(text)) namesInPages.add(name);
						return;
					}
					const key = moduleScriptsKey(scripts);
					let url = bundleUrls.get(key);
					if (!url) {
						url = bundle(scripts, distDir, base).then(async ({ code, bundledFiles: files }) => {
							for (const file of files) bundledFiles.add(file);
							const name = await writeHashedAsset(distDir, 'page-scripts', 'js', code);
							return `${base}${assetsFolder}/${name}`;
						});
						bundleUrls.set(key, url);
					}
					// Module scripts all run after the page is parsed, in their order, so one script
					// that runs their code in that order, where the first was, does what they did.
					const rewritten = withElementsReplaced(
						text,
						scripts,
						`<script type="module" src="${await url}"></script>`,
					);
					await writeFile(join(distDir, page), rewritten);
					for (const name of assetNamesIn(rewritten)) namesInPages.add(name);
					pagesChanged++;
				};
				await pMap(pages, rewritePage, { concurrency: pagesAtOnce });
				const removed = await removeUnreferencedAssets(bundledFiles, distDir, namesInPages);
				logger.info(
					`Module scripts of ${pagesChanged} pages bundled into ${bundleUrls.size} files; ${removed.length} files only they loaded left out; ${minifiedScripts.size} inline scripts minified`,
				);
			},
		},
	};
}
