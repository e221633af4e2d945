/**
 * The last step of every build (`npm run build`): Pagefind indexes the built pages of `dist/` (or
 * the folder given, `tsx src/cli/search-index.ts dist-subpath`) into its `pagefind/` folder, and
 * what Pagefind writes that no page requests is left out.
 *
 * It runs after `astro build` has exited, not inside it as Starlight would: Astro holds the
 * rendered site until it exits, and Pagefind's own process came on top of that. At 10,000 pages
 * that was 2.4 GB over 4.5 GB, the build's peak.
 */
import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { isFetchedPagefindFile } from '../lib/pagefind-files';
import { kilobytes } from '../lib/sizes';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
	console.error(`${dist} does not exist: build the site first (npm run build).`);
	process.exit(1);
}

/** Pagefind answers with a list of errors instead of throwing. */
function orFail<T extends { errors: string[] }>(response: T): T {
	if (response.errors.length > 0)
		throw new Error(`Pagefind could not index ${dist}:\n${response.errors.join('\n')}`);
	return response;
}

const start = performance.now();
const folder = join(dist, 'pagefind');
try {
	const { index } = orFail(await pagefind.createIndex());
	if (!index) throw new Error('Pagefind made no index');
	const { page_count } = orFail(await index.addDirectory({ path: dist }));
	orFail(await index.writeFiles({ outputPath: folder }));
	console.log(
		`[search-index] Search index built in ${((performance.now() - start) / 1000).toFixed(2)}s; Pagefind found ${page_count} HTML files`,
	);
} finally {
	await pagefind.close();
}

const unused = (await readdir(folder, { withFileTypes: true })).filter(
	(entry) => entry.isFile() && !isFetchedPagefindFile(entry.name),
);
let bytes = 0;
for (const { name } of unused) {
	bytes += (await stat(join(folder, name))).size;
	await rm(join(folder, name));
}
console.log(
	`[search-index] Left out ${unused.length} Pagefind files that no page requests (${kilobytes(bytes)}): ${unused.map(({ name }) => name).join(', ')}`,
);
