import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

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
