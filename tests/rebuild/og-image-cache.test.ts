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

// Builds one copy of the project three times: cold, unchanged, and with one page's title changed.
// The preview-image cache lives in the copy's own node_modules/.astro/, so it starts empty.
let project: ScratchProject;
beforeAll(() => {
	project = createScratchProject();
});
afterAll(() => {
	project.remove();
});

interface ImageCounts {
	pages: number;
	drawn: number;
	cached: number;
}

/** Builds the copy and reads the preview-image counts from the log line. */
async function build(): Promise<ImageCounts> {
	const { exitCode, output } = await buildScratchProject(project);
	expect(exitCode, output).toBe(0);
	const line = /(\d+) link-preview images in [\d.]+s: (\d+) drawn .*?, (\d+) from the cache/.exec(
		stripVTControlCharacters(output),
	);
	expect(line, output).not.toBeNull();
	const [pages, drawn, cached] = (line ?? []).slice(1).map(Number);
	return { pages: pages ?? 0, drawn: drawn ?? 0, cached: cached ?? 0 };
}

/** Every preview image of the copy's dist/, by path. */
function images(): Map<string, Buffer> {
	const og = join(project.root, 'dist/og');
	return new Map(
		globSync('**/*.png', { cwd: og }).map((file) => [file, readFileSync(join(og, file))]),
	);
}

test('a rebuild draws only the preview images whose page changed', async () => {
	const cold = await build();
	expect(cold.drawn).toBeGreaterThan(50);
	expect(cold.cached).toBe(0);
	const coldImages = images();

	const unchanged = await build();
	expect(unchanged).toEqual({ pages: cold.pages, drawn: 0, cached: cold.drawn });
	expect(images()).toEqual(coldImages);

	const page = join(project.root, 'content/docs/en/glossary.mdx');
	const text = readFileSync(page, 'utf8');
	expect(text).toContain('\ntitle: Glossary\n');
	writeFileSync(page, text.replace('\ntitle: Glossary\n', '\ntitle: Glossary of terms\n'));
	const retitled = await build();
	expect(retitled).toEqual({ pages: cold.pages, drawn: 1, cached: cold.drawn - 1 });
	const retitledImages = images();
	for (const [file, image] of coldImages) {
		if (file === 'en/glossary.png') expect(retitledImages.get(file)?.equals(image)).toBe(false);
		else expect(retitledImages.get(file)?.equals(image), file).toBe(true);
	}
});
