import { readFile, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { globSync } from 'tinyglobby';
import { assetsFolder } from './precompressed-assets';

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
