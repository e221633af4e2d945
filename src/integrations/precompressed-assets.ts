import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { globSync } from 'tinyglobby';
import { kilobytes } from '../lib/sizes';
import { buildCacheFolder, openBuildCache } from './build-cache';

/** The folder of Astro's hashed scripts and stylesheets, which every page loads. */
export const assetsFolder = '_astro';

/** The files of that folder that are text nginx would compress, as a glob: its scripts and stylesheets. */
export const compressibleAssets = `${assetsFolder}/*.{css,js}`;

const zopfliIterations = 15;
const brotliQuality = zlibConstants.BROTLI_MAX_QUALITY;
const brotli = promisify(brotliCompress);

/**
 * The files written beside each asset, Brotli first: their extension, the Content-Encoding that
 * nginx sends them with, and what names the way each is compressed in the cache.
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

type Encoding = (typeof precompressedEncodings)[number];

/** The files written beside each page: Brotli only, as nginx compresses gzip on the fly. */
export const precompressedPageEncodings = precompressedEncodings.filter(
	({ extension }) => extension === 'br',
);

interface Precompression {
	/** What the files are, for the log line. */
	what: string;
	/** The files of `dist/` to compress, as a glob. */
	files: string;
	encodings: readonly Encoding[];
	/** The folder in Astro's cache folder that keeps the compressed files. */
	cacheFolder: string;
}

/**
 * Writes beside each of the files its compressed ones (`<name>.br`, `<name>.gz`), which nginx
 * sends in their place (`brotli_static`, `gzip_static` in deploy/nginx.conf). Each is kept in
 * Astro's cache folder under a hash of the file it compresses, so a rebuild compresses only the
 * files that changed; as many are compressed at once as the machine has cores.
 */
function precompressed({ what, files, encodings, cacheFolder }: Precompression): AstroIntegration {
	let cacheDir = '';
	return {
		name: `new-midec:${cacheFolder}`,
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = buildCacheFolder(config, cacheFolder);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const names = globSync(files, { cwd: fileURLToPath(dir), absolute: true });
				const cache = await openBuildCache(cacheDir);
				const used = new Set<string>();
				const sizes = new Map<string, number>(encodings.map((e) => [e.extension, 0]));
				let [before, compressedNow] = [0, 0];
				const compressFile = async (file: string) => {
					const content = await readFile(file);
					const hash = createHash('sha256').update(content).digest('hex');
					let compressed = false;
					for (const { extension, method, compress } of encodings) {
						const cacheName = `${hash}.${method}.${extension}`;
						const target = `${file}.${extension}`;
						used.add(cacheName);
						if (!(await cache.copyOut(cacheName, target))) {
							await writeFile(target, await compress(content));
							await cache.store(cacheName, target);
							compressed = true;
						}
						const { size } = await stat(target);
						sizes.set(extension, (sizes.get(extension) ?? 0) + size);
					}
					if (compressed) compressedNow++;
					before += content.length;
				};
				await pMap(names, compressFile, { concurrency: availableParallelism() });
				await cache.keepOnly(used);
				logger.info(
					`${names.length} ${what} compressed ahead: ${kilobytes(before)} to ` +
						`${[...sizes].map(([extension, bytes]) => `${kilobytes(bytes)} .${extension}`).join(', ')}; ` +
						`${compressedNow} compressed now, ${names.length - compressedNow} from the cache (${relative(process.cwd(), cacheDir)})`,
				);
			},
		},
	};
}

/**
 * Brotli at its highest quality and gzip by Zopfli for the scripts and stylesheets of `_astro/`:
 * both smaller than nginx's on the fly, and made once for the few files that every page loads.
 */
export const precompressedAssets = () =>
	precompressed({
		what: 'scripts and stylesheets',
		files: compressibleAssets,
		encodings: precompressedEncodings,
		cacheFolder: 'precompressed-assets',
	});

/**
 * Brotli at its highest quality for every page, a tenth smaller than nginx's level 7 on the fly;
 * the few browsers without Brotli get gzip on the fly. Last of the integrations: it compresses
 * the pages as they are finished.
 */
export const precompressedPages = () =>
	precompressed({
		what: 'pages',
		files: '**/*.html',
		encodings: precompressedPageEncodings,
		cacheFolder: 'precompressed-pages',
	});
