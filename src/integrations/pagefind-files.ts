import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The files at the top of Pagefind's output that the site's search fetches: src/scripts/search-engine.ts
 * imports `pagefind.js` and runs it on the main thread (`noWorker`), which fetches the entry
 * file, each language's metadata and WebAssembly, and the index, fragment and filter folders.
 */
export function isFetchedPagefindFile(name: string): boolean {
	return /^(pagefind\.js|pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind)$/.test(
		name,
	);
}

/**
 * Removes what Pagefind writes besides that: its ready-made interfaces (`pagefind-ui`,
 * `pagefind-modular-ui`, `pagefind-component-ui`), `pagefind-highlight.js` and the search worker.
 * The site has its own search dialog, so no page ever requests them. Runs after Starlight's
 * integration, which writes the index when the build is done.
 */
export function unusedPagefindFiles(): AstroIntegration {
	return {
		name: 'new-midec:unused-pagefind-files',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const folder = join(fileURLToPath(dir), 'pagefind');
				const entries = await readdir(folder, { withFileTypes: true });
				const unused = entries.filter(
					(entry) => entry.isFile() && !isFetchedPagefindFile(entry.name),
				);
				let bytes = 0;
				for (const { name } of unused) {
					bytes += (await stat(join(folder, name))).size;
					await rm(join(folder, name));
				}
				logger.info(
					`Left out ${unused.length} Pagefind files that no page requests (${(bytes / 1024).toFixed(1)} KB): ${unused.map(({ name }) => name).join(', ')}`,
				);
			},
		},
	};
}
