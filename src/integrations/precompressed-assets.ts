import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipAsync } from '@gfx/zopfli';
import type { AstroIntegration } from 'astro';
import { openBuildCache } from './build-cache';

/** The folder of Astro's hashed scripts and stylesheets, which every page loads. */
export const assetsFolder = '_astro';

/** Whether a file of that folder is text that nginx would compress: its scripts and stylesheets. */
export const isCompressibleAsset = (name: string) => /\.(css|js)$/.test(name);

const zopfliIterations = 15;

/**
 * Writes beside each script and stylesheet of `_astro/` its gzip file, `<name>.gz`, compressed with
 * Zopfli. Zopfli's gzip is about 4% smaller than nginx's on-the-fly compression and every
 * browser reads it; it is too slow for each request, so it is made once here, for the few shared
 * files, and nginx sends it (`gzip_static` in deploy/nginx.conf). Pages stay compressed on the
 * fly: one Zopfli run per page would add minutes to a large build.
 *
 * Each .gz file is kept in Astro's cache folder under a hash of the file it compresses, so a
 * rebuild compresses only the files that changed.
 */
export function precompressedAssets(): AstroIntegration {
	let cacheDir = '';
	return {
		name: 'new-midec:precompressed-assets',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = join(fileURLToPath(config.cacheDir), 'precompressed-assets');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const folder = join(fileURLToPath(dir), assetsFolder);
				const names = (await readdir(folder)).filter(isCompressibleAsset);
				const cache = await openBuildCache(cacheDir);
				const used = new Set<string>();
				let [before, after, compressedNow] = [0, 0, 0];
				for (const name of names) {
					const file = join(folder, name);
					const content = await readFile(file);
					const cacheName = `${createHash('sha256').update(content).digest('hex')}.zopfli${zopfliIterations}.gz`;
					used.add(cacheName);
					if (!(await cache.copyOut(cacheName, `${file}.gz`))) {
						await writeFile(
							`${file}.gz`,
							await gzipAsync(content, { numiterations: zopfliIterations }),
						);
						await cache.store(cacheName, `${file}.gz`);
						compressedNow++;
					}
					before += content.length;
					after += (await readFile(`${file}.gz`)).length;
				}
				await cache.keepOnly(used);
				logger.info(
					`${names.length} scripts and stylesheets gzipped ahead: ${(before / 1024).toFixed(1)} KB to ${(after / 1024).toFixed(1)} KB; ` +
						`${compressedNow} compressed now, ${names.length - compressedNow} from the cache (${relative(process.cwd(), cacheDir)})`,
				);
			},
		},
	};
}
