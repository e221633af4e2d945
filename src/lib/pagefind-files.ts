/**
 * The files at the top of Pagefind's output that the site's search fetches: src/scripts/search-engine.ts
 * imports `pagefind.js` and runs it on the main thread (`noWorker`), which fetches the entry
 * file, each language's metadata and WebAssembly, and the index, fragment and filter folders.
 * The rest, its ready-made interfaces (`pagefind-ui`, `pagefind-modular-ui`,
 * `pagefind-component-ui`), `pagefind-highlight.js` and the search worker, no page requests.
 */
export function isFetchedPagefindFile(name: string): boolean {
	return /^(pagefind\.js|pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind)$/.test(
		name,
	);
}
