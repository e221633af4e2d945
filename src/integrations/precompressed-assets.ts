import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipAsync } from '@gfx/zopfli';
import type { AstroIntegration } from 'astro';

/** The folder of Astro's hashed scripts and stylesheets, which every page loads. */
export const assetsFolder = '_astro';

/** Whether a file of that folder is text that nginx would compress: its scripts and stylesheets. */
export const isCompressibleAsset = (name: string) => /\.(css|js)$/.test(name);

/**
 * Writes beside each script and stylesheet of `_astro/` its gzip file, `<name>.gz`, compressed with
 * Zopfli. Zopfli's gzip is about 4% smaller than nginx's on-the-fly compression and every
 * browser reads it; it is too slow for each request, so it is made once here, for the few shared
 * files, and nginx sends it (`gzip_static` in deploy/nginx.conf). Pages stay compressed on the
 * fly: one Zopfli run per page would add minutes to a large build.
 */
export function precompressedAssets(): AstroIntegration {
	return {
		name: 'new-midec:precompressed-assets',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const folder = join(fileURLToPath(dir), assetsFolder);
				const names = (await readdir(folder)).filter(isCompressibleAsset);
				let [before, after] = [0, 0];
				for (const name of names) {
					const file = join(folder, name);
					const content = await readFile(file);
					const compressed = await gzipAsync(content, { numiterations: 15 });
					await writeFile(`${file}.gz`, compressed);
					before += content.length;
					after += compressed.length;
				}
				logger.info(
					`${names.length} scripts and stylesheets gzipped ahead: ${(before / 1024).toFixed(1)} KB to ${(after / 1024).toFixed(1)} KB`,
				);
			},
		},
	};
}
