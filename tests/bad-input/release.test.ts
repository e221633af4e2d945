import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { globSync } from 'tinyglobby';
import {
	buildScratchProject,
	createScratchProject,
	type ScratchProject,
} from '../support/scratch-project';

// A build for release must not carry a local address into what readers copy and share: canonical
// links, permalinks, citations, feeds, previews and QR codes all come from SITE_URL.
let project: ScratchProject;
beforeEach(() => {
	project = createScratchProject();
});
afterEach(() => {
	project.remove();
});

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
