import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import type { AstroIntegration } from 'astro';
import { openBuildCache } from './build-cache';

/** The folder of Astro's hashed scripts and stylesheets, which every page loads. */
export const assetsFolder = '_astro';

/** Whether a file of that folder is text that nginx would compress: its scripts and stylesheets. */
export const isCompressibleAsset = (name: string) => /\.(css|js)$/.test(name);

const zopfliIterations = 15;
const brotliQuality = zlibConstants.BROTLI_MAX_QUALITY;
const brotli = promisify(brotliCompress);

/**
 * The files written beside each asset: their extension, the Content-Encoding that nginx sends
 * them with, and what names the way each is compressed in the cache.
 * Browsers that read Brotli (all current ones, over HTTPS) get `.br`; others get `.gz`.
 */
export const precompressedEncodings = [
	{
		extension: 'br',
		contentEncoding: 'br',
		method: `brotli${brotliQuality}`,
		compress: (content: Buffer) =>
			brotli(content, {
				params: {
					[zlibConstants.BROTLI_PARAM_QUALITY]: brotliQuality,
					[zlibConstants.BROTLI_PARAM_SIZE_HINT]: content.length,
				},
			}),
	},
	{
		extension: 'gz',
		contentEncoding: 'gzip',
		method: `zopfli${zopfliIterations}`,
		compress: (content: Buffer) => gzipAsync(content, { numiterations: zopfliIterations }),
	},
] as const;

/**
 * Writes beside each script and stylesheet of `_astro/` its Brotli file, `<name>.br`, at Brotli's
 * highest quality, and its gzip file, `<name>.gz`, compressed with Zopfli. Both are smaller than
 * nginx's on-the-fly compression and too slow for each request, so they are made once here, for
 * the few shared files, and nginx sends them (`brotli_static` and `gzip_static` in
 * deploy/nginx.conf). Pages stay compressed on the fly: compressing each page this hard would add
 * minutes to a large build.
 *
 * Each file is kept in Astro's cache folder under a hash of the file it compresses, so a rebuild
 * compresses only the files that changed.
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
				const sizes = new Map<string, number>(precompressedEncodings.map((e) => [e.extension, 0]));
				let [before, compressedNow] = [0, 0];
				for (const name of names) {
					const file = join(folder, name);
					const content = await readFile(file);
					const hash = createHash('sha256').update(content).digest('hex');
					let compressed = false;
					for (const { extension, method, compress } of precompressedEncodings) {
						const cacheName = `${hash}.${method}.${extension}`;
						const target = `${file}.${extension}`;
						used.add(cacheName);
						if (!(await cache.copyOut(cacheName, target))) {
							await writeFile(target, await compress(content));
							await cache.store(cacheName, target);
							compressed = true;
						}
						sizes.set(extension, (sizes.get(extension) ?? 0) + (await stat(target)).size);
					}
					if (compressed) compressedNow++;
					before += content.length;
				}
				await cache.keepOnly(used);
				const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
				logger.info(
					`${names.length} scripts and stylesheets compressed ahead: ${kb(before)} to ` +
						`${[...sizes].map(([extension, bytes]) => `${kb(bytes)} .${extension}`).join(', ')}; ` +
						`${compressedNow} compressed now, ${names.length - compressedNow} from the cache (${relative(process.cwd(), cacheDir)})`,
				);
			},
		},
	};
}
