import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
	buildScratchProject,
	createScratchProject,
	type ScratchProject,
} from '../support/scratch-project';

// Each case breaks one thing in a copy of the real content and builds it: the build must stop
// and say which file is wrong and what to do.
let project: ScratchProject;
beforeEach(() => {
	project = createScratchProject();
});
afterEach(() => {
	project.remove();
});

function edit(file: string, change: (text: string) => string) {
	const path = join(project.root, file);
	const text = readFileSync(path, 'utf8');
	const changed = change(text);
	expect(changed, `the fixture must change ${file}`).not.toBe(text);
	writeFileSync(path, changed);
}

/** The output of a build that must fail, without terminal colours. */
async function failedBuildOutput(): Promise<string> {
	const { exitCode, output } = await buildScratchProject(project);
	expect(exitCode, output).not.toBe(0);
	return stripVTControlCharacters(output);
}

test('broken front matter', async () => {
	edit('content/docs/sectors/automotive.mdx', (text) =>
		text.replace('title: Otomotif', 'title: "Otomotif'),
	);
	const output = await failedBuildOutput();
	expect(output).toContain('unexpected end of the stream within a double quoted scalar');
	expect(output).toMatch(/content\/docs\/sectors\/automotive\.mdx:\d+/);
});

test('an unknown sector id', async () => {
	edit('content/docs/sectors/automotive.mdx', (text) =>
		text.replace('subject: automotive', 'subject: automotif'),
	);
	const output = await failedBuildOutput();
	expect(output).toContain('docs → sectors/automotive data does not match collection schema');
	expect(output).toContain(
		'subject: "automotif" is not a sector or theme id in content/programme/sectors.yaml or themes.yaml. Use one of: automotive,',
	);
	expect(output).toContain('content/docs/sectors/automotive.mdx');
});

test('a missing translation', async () => {
	rmSync(join(project.root, 'content/docs/ja/sectors/metals.mdx'));
	const output = await failedBuildOutput();
	expect(output).toContain(
		'- content/docs/ja/sectors/metals.mdx is missing: translate content/docs/sectors/metals.mdx into 日本語 under the same file name',
	);
});

test('a link to a missing page, and to a missing entry of the data', async () => {
	edit('content/docs/status.mdx', (text) =>
		text.replace('(/glossary/#technical-arrangement)', '(/glosary/#technical-arrangement)'),
	);
	edit('content/docs/en/framework.mdx', (text) =>
		text.replace('(/glossary/#technical-arrangement)', '(/glossary/#technical-arangement)'),
	);
	const output = await failedBuildOutput();
	expect(output).toMatch(
		/status\.mdx\s+·\s+\d+ \| \/glosary\/#technical-arrangement\s+·\s+╰─+ invalid link/,
	);
	expect(output).toMatch(
		/en\/framework\.mdx\s+·\s+\d+ \| \/en\/glossary\/#technical-arangement\s+·\s+╰─+ invalid hash/,
	);
	expect(output).toContain('Found 2 invalid links in 2 files.');
});
