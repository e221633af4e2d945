import type { Plugin } from 'vite';

const suffix = '?chunk-url';

/**
 * `import url from './module.ts?chunk-url'` gives the URL of that module built as a chunk of its
 * own, for `import(url)`. Vite wraps each `import()` of a path it can resolve in its preload
 * helper, about 0.8 KB of script in the importing chunk even when there is nothing to preload;
 * an `import()` of a URL that it cannot resolve is left alone.
 */
export function chunkUrl(): Plugin {
	/** While the dev server runs, the base path it serves modules under; when building, undefined. */
	let devBase: string | undefined;
	return {
		name: 'new-midec:chunk-url',
		// Before Vite's resolver, which would read the path with its query as the module itself.
		enforce: 'pre',
		configResolved(config) {
			devBase = config.command === 'serve' ? config.base : undefined;
		},
		async resolveId(source, importer) {
			if (!source.endsWith(suffix)) return null;
			const resolved = await this.resolve(source.slice(0, -suffix.length), importer);
			return resolved && `\0${resolved.id}${suffix}`;
		},
		load(id) {
			if (!id.startsWith('\0') || !id.endsWith(suffix)) return null;
			const file = id.slice(1, -suffix.length);
			// The dev server serves each module at its own path.
			if (devBase !== undefined) return `export default ${JSON.stringify(`${devBase}@fs${file}`)};`;
			const reference = this.emitFile({ type: 'chunk', id: file });
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		},
	};
}
