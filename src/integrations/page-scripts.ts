import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rolldown, type Plugin } from 'rolldown';
import { globSync } from 'tinyglobby';
import {
	findModuleScripts,
	type ModuleScript,
	moduleScriptsKey,
	withBundledModuleScripts,
} from '../lib/page-scripts';
import { assetsFolder } from './precompressed-assets';

const entryId = '\0page-scripts';
const inlineScriptPrefix = '\0page-script-';

/**
 * Serves a page's module scripts to Rolldown as one entry that imports each in turn. Each keeps
 * its own module scope; a script's static imports of the site's files are bundled in from
 * `dist`, and its dynamic imports (the search engine, loaded on first use) stay separate files.
 */
function pageScriptsPlugin(scripts: ModuleScript[], distDir: string, base: string): Plugin {
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

async function bundle(scripts: ModuleScript[], distDir: string, base: string) {
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
 * Bundles each page's module scripts into one file in `_astro/`, in their order. Astro puts each
 * component's script in the page on its own (inline when it is small) and Starlight's table of
 * contents loads three files; one file costs fewer requests and bytes on a first view, is cached
 * for every page with the same scripts, and leaves the Content-Security-Policy fewer hashes.
 * Files that only those scripts loaded are then left out of `dist/`.
 */
export function pageScripts(): AstroIntegration {
	let base = '/';
	return {
		name: 'new-midec:page-scripts',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const pages = globSync('**/*.html', { cwd: distDir, ignore: [`${assetsFolder}/**`] });
				const bundleUrls = new Map<string, Promise<string>>();
				const bundledFiles = new Set<string>();
				const html = new Map<string, string>();
				let pagesChanged = 0;
				for (const page of pages) {
					const text = await readFile(join(distDir, page), 'utf8');
					const scripts = findModuleScripts(text);
					if (scripts.length < 2) {
						html.set(page, text);
						continue;
					}
					const key = moduleScriptsKey(scripts);
					let url = bundleUrls.get(key);
					if (!url) {
						url = bundle(scripts, distDir, base).then(async ({ code, bundledFiles: files }) => {
							for (const file of files) bundledFiles.add(file);
							const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
							const name = `page-scripts.${hash}.js`;
							await writeFile(join(distDir, assetsFolder, name), code);
							return `${base}${assetsFolder}/${name}`;
						});
						bundleUrls.set(key, url);
					}
					const rewritten = withBundledModuleScripts(text, scripts, await url);
					await writeFile(join(distDir, page), rewritten);
					html.set(page, rewritten);
					pagesChanged++;
				}
				const removed = await removeUnreferenced(bundledFiles, distDir, [...html.values()]);
				logger.info(
					`Module scripts of ${pagesChanged} pages bundled into ${bundleUrls.size} files; ${removed.length} files only they loaded left out`,
				);
			},
		},
	};
}

/** Removes those of `files` that no page and no other script of `_astro/` refers to by name. */
async function removeUnreferenced(files: Set<string>, distDir: string, pages: string[]) {
	const otherScripts = globSync(`${assetsFolder}/*.js`, { cwd: distDir, absolute: true }).filter(
		(file) => !files.has(file),
	);
	const referrers = [
		...pages,
		...(await Promise.all(otherScripts.map((f) => readFile(f, 'utf8')))),
	];
	const removed: string[] = [];
	for (const file of files) {
		const name = file.slice(file.lastIndexOf('/') + 1);
		if (referrers.some((text) => text.includes(name))) continue;
		await rm(file);
		removed.push(name);
	}
	return removed;
}
