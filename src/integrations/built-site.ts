import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { assetsFolder } from './precompressed-assets';

/** Astro's `base`, ending in `/`, so that a path of `dist/` can follow it. */
export const baseFolder = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/**
 * How many pages a pass over `dist/` reads, changes and writes at once: while one waits for the
 * disk, the main thread parses another.
 */
export const pagesAtOnce = 8;

/** The pages of a built `dist/`, as paths in it. */
export const builtPages = (distDir: string) =>
	globSync('**/*.html', { cwd: distDir, ignore: [`${assetsFolder}/**`, 'pagefind/**'] });

/**
 * Writes `content` to `_astro/` as `<stem>.<hash>.<extension>`, named by a hash of its content as
 * Astro names its own assets, so that no cached copy outlives a change; returns the file's name.
 */
export async function writeHashedAsset(
	distDir: string,
	stem: string,
	extension: string,
	content: string,
): Promise<string> {
	const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8);
	const name = `${stem}.${hash}.${extension}`;
	await writeFile(join(distDir, assetsFolder, name), content);
	return name;
}

const assetName = new RegExp(`${assetsFolder}/([\\w.-]+)`, 'g');

/** The names of the files of `_astro/` that a page refers to. */
export const assetNamesIn = (html: string) =>
	[...html.matchAll(assetName)].map((match) => match[1]);

/**
 * Removes those of `files` (full paths in `_astro/`) that no page refers to, by `namesInPages`,
 * and no other script of `_astro/` imports by name. Returns the names of those removed.
 */
export async function removeUnreferencedAssets(
	files: Set<string>,
	distDir: string,
	namesInPages: Set<string>,
): Promise<string[]> {
	const otherScripts = globSync(`${assetsFolder}/*.js`, { cwd: distDir, absolute: true }).filter(
		(file) => !files.has(file),
	);
	const scripts = await Promise.all(otherScripts.map((file) => readFile(file, 'utf8')));
	const removed: string[] = [];
	for (const file of files) {
		const name = basename(file);
		if (namesInPages.has(name) || scripts.some((text) => text.includes(name))) continue;
		await rm(file);
		removed.push(name);
	}
	return removed;
}
