import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
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

// A build for release must not carry a local address into what readers copy and share: canonical
// links, permalinks, citations, feeds, previews and QR codes all come from SITE_URL.
const publicAddress = 'https://new-midec.example.org';

test('a build without SITE_URL stops with one message that names it', async () => {
	const { exitCode, output } = await buildScratchProject(project, { SITE_URL: '' });
	expect(exitCode).not.toBe(0);
	expect(stripVTControlCharacters(output)).toContain(
		'SITE_URL is not set. A build for release needs the public address',
	);
});

test('a build for a public address names who stands behind the site', async () => {
	const { exitCode, output } = await buildScratchProject(project, {
		SITE_URL: publicAddress,
		SITE_PUBLISHER: '',
		SITE_CONTACT: '',
	});
	expect(exitCode).not.toBe(0);
	expect(stripVTControlCharacters(output)).toContain(
		`SITE_URL is ${publicAddress}, a public address, but SITE_PUBLISHER (who publishes the site) and SITE_CONTACT (an e-mail or web address to reach them) are not set`,
	);
});

test('a release build carries no local address, and its About page names the publisher', async () => {
	const publisher = 'Sekretariat New MIDEC';
	const contact = 'redaksi@new-midec.example.org';
	const { exitCode, output } = await buildScratchProject(project, {
		SITE_URL: publicAddress,
		SITE_PUBLISHER: publisher,
		SITE_CONTACT: contact,
	});
	expect(exitCode, output).toBe(0);
	const dist = join(project.root, 'dist');
	const textFiles = globSync('**/*.{html,xml,json,txt,conf,svg,webmanifest}', { cwd: dist });
	textFiles.push('_headers', '_redirects');
	const local = textFiles.filter((file) =>
		/localhost|127\.0\.0\.1|\[::1\]/.test(readFileSync(join(dist, file), 'utf8')),
	);
	expect(local).toEqual([]);
	for (const about of ['about', 'en/about', 'ja/about']) {
		const html = readFileSync(join(dist, about, 'index.html'), 'utf8');
		expect(html).toContain(publisher);
		expect(html).toContain(`href="mailto:${contact}"`);
	}
	const home = readFileSync(join(dist, 'index.html'), 'utf8');
	expect(home).toContain(`<link rel="canonical" href="${publicAddress}/"`);
});
