import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';

/**
 * A folder of files that a build made and a later build may reuse, each named by a hash of what
 * decides its content, so that a name never stands for two contents. Deleting it is always safe.
 */
export interface BuildCache {
	/** Copies the cached file `name` to `to`; false when the cache has no such file. */
	copyOut(name: string, to: string): Promise<boolean>;
	/** Keeps a copy of `from` as `name`. */
	store(name: string, from: string): Promise<void>;
	/** Removes every file but `used`: after a build the folder holds that build's files only. */
	keepOnly(used: Set<string>): Promise<void>;
}

/**
 * Where a build keeps the cache `name`: in Astro's cache folder, one for each output folder, so
 * that builds to `dist/` and to `dist-subpath/` in turn never throw away each other's files.
 */
export function buildCacheFolder(
	config: Pick<AstroConfig, 'root' | 'outDir' | 'cacheDir'>,
	name: string,
) {
	const outDir = relative(fileURLToPath(config.root), fileURLToPath(config.outDir));
	return join(fileURLToPath(config.cacheDir), name, outDir.replace(/[^\w.-]+/g, '_') || '_');
}

const partialSuffix = '.partial';

export async function openBuildCache(folder: string): Promise<BuildCache> {
	await mkdir(folder, { recursive: true });
	return {
		async copyOut(name, to) {
			try {
				await copyFile(join(folder, name), to);
				return true;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
				throw error;
			}
		},
		async store(name, from) {
			// Under a temporary name first, so that no build copies out a half-written file.
			const partial = join(folder, `${name}.${process.pid}${partialSuffix}`);
			await copyFile(from, partial);
			await rename(partial, join(folder, name));
		},
		async keepOnly(used) {
			const stale = (await readdir(folder)).filter(
				(name) => !used.has(name) && !name.endsWith(partialSuffix),
			);
			await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })));
		},
	};
}
