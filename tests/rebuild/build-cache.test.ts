import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
	buildScratchProject,
	createScratchProject,
	type ScratchProject,
} from '../support/scratch-project';

// Builds one copy of the project three times: cold, unchanged, and with one page's title and one
// style rule changed. The caches live in the copy's own node_modules/.astro/, so they start empty.
let project: ScratchProject;
beforeAll(() => {
	project = createScratchProject();
});
afterAll(() => {
	project.remove();
});

interface BuildCounts {
	images: { pages: number; drawn: number; cached: number };
	assets: { files: number; compressed: number; cached: number };
	pages: { files: number; compressed: number; cached: number };
}

/** Reads the numbers of a log line that `pattern` matches. */
function logNumbers(output: string, pattern: RegExp): number[] {
	const line = pattern.exec(output);
	expect(line, output).not.toBeNull();
	return (line ?? []).slice(1).map(Number);
}

/** Builds the copy and reads the preview-image and compressed-asset counts from the log. */
async function build(): Promise<BuildCounts> {
	const { exitCode, output } = await buildScratchProject(project);
	expect(exitCode, output).toBe(0);
	const log = stripVTControlCharacters(output);
	const [pages = 0, drawn = 0, cachedImages = 0] = logNumbers(
		log,
		/(\d+) link-preview images in [\d.]+s: (\d+) drawn .*?, (\d+) from the cache/,
	);
	const [files = 0, compressed = 0, cachedAssets = 0] = logNumbers(
		log,
		/(\d+) scripts and stylesheets compressed ahead: .*?; (\d+) compressed now, (\d+) from the cache/,
	);
	const [pageFiles = 0, pagesCompressed = 0, cachedPages = 0] = logNumbers(
		log,
		/(\d+) pages compressed ahead: .*?; (\d+) compressed now, (\d+) from the cache/,
	);
	return {
		images: { pages, drawn, cached: cachedImages },
		assets: { files, compressed, cached: cachedAssets },
		pages: { files: pageFiles, compressed: pagesCompressed, cached: cachedPages },
	};
}

/** The files of the copy's dist/ that `pattern` matches, by path. */
function builtFiles(pattern: string): Map<string, Buffer> {
	const dist = join(project.root, 'dist');
	return new Map(
		globSync(pattern, { cwd: dist }).map((file) => [file, readFileSync(join(dist, file))]),
	);
}

/** Replaces `from` with `to` in the copy's file `path`, which must contain it. */
function edit(path: string, from: string, to: string) {
	const file = join(project.root, path);
	const text = readFileSync(file, 'utf8');
	expect(text).toContain(from);
	writeFileSync(file, text.replace(from, to));
}

test('a rebuild draws only the preview images whose page changed, and compresses only changed assets and pages', async () => {
	const cold = await build();
	expect(cold.images.drawn).toBeGreaterThan(50);
	expect(cold.images.cached).toBe(0);
	expect(cold.assets.files).toBeGreaterThan(2);
	expect(cold.assets).toEqual({ ...cold.assets, compressed: cold.assets.files, cached: 0 });
	expect(cold.pages).toEqual({ ...cold.pages, compressed: cold.pages.files, cached: 0 });
	const coldImages = builtFiles('og/**/*.png');
	const coldCompressed = builtFiles('_astro/*.{br,gz}');

	const unchanged = await build();
	expect(unchanged.images).toEqual({ ...cold.images, drawn: 0, cached: cold.images.drawn });
	expect(unchanged.assets).toEqual({ ...cold.assets, compressed: 0, cached: cold.assets.files });
	expect(unchanged.pages).toEqual({ ...cold.pages, compressed: 0, cached: cold.pages.files });
	expect(builtFiles('og/**/*.png')).toEqual(coldImages);
	expect(builtFiles('_astro/*.{br,gz}')).toEqual(coldCompressed);

	edit('content/docs/en/glossary.mdx', '\ntitle: Glossary\n', '\ntitle: Glossary of terms\n');
	edit('src/styles/site.css', '\t--sl-line-height: 1.8;', '\t--sl-line-height: 1.75;');
	const changed = await build();
	expect(changed.images).toEqual({ ...cold.images, drawn: 1, cached: cold.images.drawn - 1 });
	expect(changed.assets).toEqual({ ...cold.assets, compressed: 1, cached: cold.assets.files - 1 });
	// The new title stands in the English pages' sidebar and the stylesheet's name in every page.
	expect(changed.pages.compressed).toBeGreaterThan(0);
	expect(changed.pages.compressed + changed.pages.cached).toBe(cold.pages.files);
	const changedImages = builtFiles('og/**/*.png');
	for (const [file, image] of coldImages) {
		if (file === 'og/en/glossary.png') expect(changedImages.get(file)?.equals(image)).toBe(false);
		else expect(changedImages.get(file)?.equals(image), file).toBe(true);
	}
	// The stylesheet's new name has a .br and a .gz that are not the old one's; the scripts' are the same.
	const changedCompressed = builtFiles('_astro/*.{br,gz}');
	const kept = [...changedCompressed.keys()].filter((file) => coldCompressed.has(file));
	expect(kept).toHaveLength(2 * (cold.assets.files - 1));
	for (const file of kept)
		expect(changedCompressed.get(file), file).toEqual(coldCompressed.get(file));
});
