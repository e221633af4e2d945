/**
 * The editor at /admin/ as an editor uses it: Decap CMS in Chromium, its local server writing a
 * scratch copy of the project that has its own git repository, so that what the editor wrote is
 * what `git diff` shows.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import * as prettier from 'prettier';
import { loadProgramme } from '../../src/lib/programme/load';
import {
	createScratchRepository,
	editorTestPort,
	git,
	startEditor,
	type EditorServer,
} from '../support/editor-server';
import { buildScratchProject, type ScratchProject } from '../support/scratch-project';

// One scratch repository and one editor for the file's tests, in order, on the editor's ports.
test.describe.configure({ mode: 'default', timeout: 120_000 });

const projectRoot = resolve(import.meta.dirname, '../..');

let project: ScratchProject;
let editor: EditorServer;

test.beforeAll(async () => {
	project = createScratchRepository();
	editor = await startEditor(project);
});

test.afterAll(async () => {
	await editor?.stop();
	project?.remove();
});

test.afterEach(() => {
	git(project, 'checkout', '--quiet', '--', '.');
	git(project, 'clean', '--quiet', '--force', '-d');
});

/** The files that differ from the last commit, new ones included. */
const changedFiles = () =>
	git(project, 'status', '--porcelain', '--untracked-files=all')
		.split('\n')
		.filter(Boolean)
		.map((line) => line.slice(3))
		.sort();
const read = (path: string) => readFileSync(join(project.root, path), 'utf8');

let opened = 0;

async function openFile(page: Page, collection: string, file: string) {
	// A query of its own each time: a full load, so that no form state of before stays.
	opened++;
	await page.goto(
		`${editor.url}?lang=en&open=${opened}#/collections/${collection}/entries/${file}`,
	);
	const login = page.getByRole('button', { name: 'Login' });
	const form = page.getByText(/^(Unsaved changes|Changes saved)$/i);
	// The CMS is five megabytes of script: it may take a while on a loaded machine.
	await expect(login.or(form)).toBeVisible({ timeout: 30_000 });
	if (await login.isVisible()) await login.click();
	await expect(form).toBeVisible({ timeout: 30_000 });
}

/** The control of the field labelled `label`, within `scope`. */
async function field(scope: Locator, label: string): Promise<Locator> {
	const element = scope
		.locator('label', { hasText: new RegExp(`^${label}( \\(optional\\))?$`, 'i') })
		.first();
	const id = await element.getAttribute('for');
	return scope.locator(`[id="${id}"]`);
}

async function fillTexts(scope: Locator, label: string, texts: Record<'id' | 'en' | 'ja', string>) {
	const control = await field(scope, label);
	await control.getByLabel('Bahasa Indonesia').fill(texts.id);
	await control.getByLabel('English').fill(texts.en);
	await control.getByLabel('日本語').fill(texts.ja);
}

/** Picks `option` in a select or relation field by typing part of its name. */
async function pick(scope: Locator, label: string, option: string, exact = false) {
	const control = await field(scope, label);
	await control.click();
	await control.page().keyboard.type(option);
	await control.page().getByRole('option', { name: option, exact }).first().click();
}

async function addEntry(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: /^Add / }).first().click();
	// A new entry goes at the end of the list, open, as at the end of the file.
	return page.locator('[class*="SortableListItem"]').last();
}

async function publish(page: Page) {
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await page.getByText('Publish now').click();
}

async function saved(page: Page) {
	await expect(page.getByText('Entry saved')).toBeVisible({ timeout: 15_000 });
}

const sourceAbout = {
	id: 'Siaran pers Kementerian Perindustrian tentang pelatihan cetakan.',
	en: 'Ministry of Industry press release on mold training.',
	ja: '金型研修に関する工業省のプレスリリース。',
};

test('adds a source, a fact citing it and an event, written as a hand edit would', async ({
	page,
}) => {
	// Three saves in the editor and then a whole build of the site: about a minute alone, and twice
	// that while the other worker loads pages.
	test.setTimeout(240_000);
	await openFile(page, 'data', 'sources');
	let entry = await addEntry(page);
	await (await field(entry, 'ID \\(lowercase and hyphens\\)')).fill('kemenperin-2026-12');
	await fillTexts(entry, 'About', sourceAbout);
	await (await field(entry, 'Publisher')).fill('Kementerian Perindustrian');
	await (await field(entry, 'Date')).fill('2026-12-01');
	await pick(entry, 'Language', 'Bahasa Indonesia');
	await pick(entry, 'Kind', 'Press release');
	await publish(page);
	await saved(page);

	await openFile(page, 'data', 'facts');
	entry = await addEntry(page);
	await (await field(entry, 'ID \\(lowercase and hyphens\\)')).fill('mold-training-2026');
	await pick(entry, 'Topic', 'New MIDEC');
	await fillTexts(entry, 'About', {
		id: 'Pelatihan cetakan pada Desember 2026',
		en: 'Mold training in December 2026',
		ja: '2026年12月の金型研修',
	});
	// Picked by what it is, in the editor's language, never by its id.
	await pick(entry, 'Sources', sourceAbout.en);
	await pick(entry, 'Confidence', 'Single source');
	await publish(page);
	await saved(page);

	await openFile(page, 'data', 'events');
	entry = await addEntry(page);
	await (await field(entry, 'ID \\(lowercase and hyphens\\)')).fill('mold-training-2026-12');
	await (await field(entry, 'Date')).fill('2026-12-01');
	await fillTexts(entry, 'Title', {
		id: 'Kemenperin mengadakan pelatihan cetakan.',
		en: 'The Ministry of Industry holds mold training.',
		ja: '工業省が金型研修を実施しました。',
	});
	await pick(entry, 'Sectors and themes', 'Mold and dies');
	await pick(entry, 'Facts', 'Mold training in December 2026');
	await publish(page);
	await saved(page);

	const files = ['sources', 'facts', 'events'].map((name) => `content/programme/${name}.yaml`);
	expect(changedFiles()).toEqual([...files].sort());
	// Only lines added: every comment and every other entry stays as it was.
	for (const line of git(project, 'diff', '--numstat').trim().split('\n'))
		expect(line).toMatch(/^\d+\t0\t/);
	for (const file of files) {
		const text = read(file);
		const options = await prettier.resolveConfig(join(project.root, file));
		expect(await prettier.check(text, { ...options, filepath: file }), file).toBe(true);
	}
	const programme = loadProgramme(join(project.root, 'content/programme'));
	expect(programme.events.find(({ id }) => id === 'mold-training-2026-12')).toEqual({
		id: 'mold-training-2026-12',
		date: '2026-12-01',
		approximate: false,
		title: {
			id: 'Kemenperin mengadakan pelatihan cetakan.',
			en: 'The Ministry of Industry holds mold training.',
			ja: '工業省が金型研修を実施しました。',
		},
		subjects: ['mold-and-dies'],
		facts: ['mold-training-2026'],
	});

	// The change note: the timeline page's "Last updated" entry and its feed item.
	await openFile(page, 'records', 'page-history');
	const name = page.locator('[class*="NestedObjectLabel"]', { hasText: /^timeline$/ });
	const timeline = page.locator('[class*="SortableListItem"]').filter({ has: name });
	await timeline.getByRole('button').first().click();
	await timeline.getByRole('button', { name: /^Add updates/i }).click();
	const update = timeline.locator('[class*="SortableListItem"]').last();
	await (await field(update, 'Date')).fill('2026-12-01');
	await fillTexts(update, 'Note', {
		id: 'Pelatihan cetakan Desember 2026 ditambahkan.',
		en: 'The mold training of December 2026 is added.',
		ja: '2026年12月の金型研修を加えました。',
	});
	await publish(page);
	await saved(page);

	const build = await buildScratchProject(project);
	expect(build.exitCode, build.output).toBe(0);
	const built = (path: string) => read(`dist/${path}`);
	expect(built('en/timeline/index.html')).toContain(
		'The Ministry of Industry holds mold training.',
	);
	expect(built('ja/timeline/index.html')).toContain('工業省が金型研修を実施しました。');
	expect(built('en/feed.xml')).toContain('The mold training of December 2026 is added.');
});

test('records a signed Technical Arrangement for a sector', async ({ page }) => {
	await openFile(page, 'data', 'sectors');
	const name = page.locator('[class*="NestedObjectLabel"]', { hasText: /^Automotive$/ });
	const sector = page.locator('[class*="SortableListItem"]').filter({ has: name });
	// Its first button opens the entry.
	await sector.getByRole('button').first().click();
	await sector.getByRole('button', { name: /^Add planning documents/i }).click();
	const document = sector.locator('[class*="SortableListItem"]').last();
	await pick(document, 'Document', 'Technical Arrangement (TA)', true);
	await pick(document, 'State', 'signed', true);
	await (await field(document, 'By \\(date of the report\\)')).fill('2026-11');
	await pick(document, 'Fact', 'automotive');
	await publish(page);
	await saved(page);

	expect(changedFiles()).toEqual(['content/programme/sectors.yaml']);
	const automotive = loadProgramme(join(project.root, 'content/programme')).sectors.find(
		({ id }) => id === 'automotive',
	);
	expect(automotive?.documents.at(-1)).toMatchObject({
		document: 'technical-arrangement',
		state: 'signed',
		by: '2026-11',
	});
});

test('refuses an event without its Japanese title, in the form, and writes nothing', async ({
	page,
}) => {
	await openFile(page, 'data', 'events');
	const entry = await addEntry(page);
	await (await field(entry, 'ID \\(lowercase and hyphens\\)')).fill('untitled-in-japanese');
	await (await field(entry, 'Date')).fill('2026-12');
	await fillTexts(entry, 'Title', { id: 'Judul.', en: 'A title.', ja: '' });
	await pick(entry, 'Facts', 'BPSDMI and AOTS run mold');
	await publish(page);
	await expect(entry.getByText('日本語: write a non-empty text')).toBeVisible({ timeout: 15_000 });
	expect(changedFiles()).toEqual([]);
});

test('refuses a confirmed fact without sources, or with one origin, and writes nothing', async ({
	page,
}) => {
	await openFile(page, 'data', 'facts');
	const entry = await addEntry(page);
	await (await field(entry, 'ID \\(lowercase and hyphens\\)')).fill('claimed-fact');
	await pick(entry, 'Topic', 'New MIDEC');
	await fillTexts(entry, 'About', { id: 'Klaim', en: 'A claim', ja: '主張' });
	await pick(entry, 'Confidence', 'Confirmed');
	await publish(page);
	await expect(
		page.getByText(
			'entry "claimed-fact", field "sources": is missing: add it (name at least one source from sources.yaml)',
		),
	).toBeVisible({ timeout: 15_000 });
	expect(changedFiles()).toEqual([]);

	// One origin, however many outlets: the build's rule, in the build's words.
	await pick(entry, 'Sources', 'Reprint of the same Ministry of Industry press release.');
	await publish(page);
	await expect(page.getByText('"confirmed" needs two or more independent origins')).toBeVisible({
		timeout: 15_000,
	});
	expect(changedFiles()).toEqual([]);
});

test("speaks Indonesian in Decap's own buttons and messages too", async ({ page }) => {
	await page.goto(`${editor.url}?lang=id#/collections/data/entries/sources`);
	await page.getByRole('button', { name: 'Masuk', exact: true }).click();
	await expect(page.getByText('Perubahan tersimpan', { exact: true })).toBeVisible({
		timeout: 30_000,
	});
	await expect(page.getByRole('button', { name: /^Tambah sumber/ })).toBeVisible();
	const entry = page.locator('[class*="SortableListItem"]').first();
	await entry.getByRole('button').first().click();
	await (await field(entry, 'Penerbit')).fill('');
	await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
	await page.getByText('Terbitkan sekarang', { exact: true }).click();
	await expect(entry.getByText('Penerbit wajib diisi.')).toBeVisible({ timeout: 15_000 });
	await expect(page.getByText('Ada kolom wajib yang belum diisi.')).toBeVisible();
	expect(changedFiles()).toEqual([]);
});

/**
 * Saves the field labelled `label` of a file as `draft`, then opens the file again and saves the
 * field as it was: the file must be as it was.
 */
async function saveAndRestore(
	page: Page,
	collection: string,
	file: string,
	label: string,
	draft: string,
) {
	await openFile(page, collection, file);
	const control = () => field(page.locator('body'), label);
	const text = await (await control()).inputValue();
	await (await control()).fill(draft);
	await publish(page);
	await saved(page);
	await openFile(page, collection, file);
	await (await control()).fill(text);
	await publish(page);
	await saved(page);
}

// The CMS saves nothing that the form did not change, so a file opened and saved as it is stays
// as it is by construction; the unit tests show that every data file and every page is read and
// written back byte for byte. Here: a value changed and changed back leaves no trace.
test('a change saved and taken back leaves every byte as it was', async ({ page }) => {
	await saveAndRestore(page, 'records', 'programme', 'Reviewed', '2026-11-30');
	expect(changedFiles(), git(project, 'diff')).toEqual([]);
	// Japanese pages are the ones that Prettier does not format; they too end with a line break.
	await saveAndRestore(page, 'pages-ja', 'ja--status', 'Title', '進捗状況（下書き）');
	expect(changedFiles(), git(project, 'diff')).toEqual([]);
});

test("an edit of a page's Indonesian text puts its translations behind", async ({ page }) => {
	await openFile(page, 'pages-id', 'timeline');
	const body = await field(page.locator('body'), 'Page text');
	const text = await body.inputValue();
	await body.fill(text.replace(/\n\n/, '\n\nKalimat baru di awal halaman.\n\n'));
	await publish(page);
	await saved(page);
	expect(changedFiles()).toEqual(['content/docs/timeline.mdx']);

	const status = spawnSync(
		join(projectRoot, 'node_modules/.bin/tsx'),
		['src/cli/translation-status.ts'],
		{
			cwd: project.root,
			encoding: 'utf8',
		},
	);
	expect(status.status).toBe(1);
	expect(status.stdout).toContain(
		'content/docs/en/timeline.mdx: update it from content/docs/timeline.mdx',
	);
	expect(status.stdout).toContain(
		'content/docs/ja/timeline.mdx: update it from content/docs/timeline.mdx',
	);
});

test('npm run edit serves the editor and its local server on the working copy', async () => {
	const sitePort = editorTestPort + 2;
	const backendPort = editorTestPort + 3;
	const edit = spawn(join(projectRoot, 'node_modules/.bin/tsx'), ['src/cli/edit.ts'], {
		cwd: project.root,
		env: { ...process.env, EDIT_PORT: String(sitePort), CMS_LOCAL_PORT: String(backendPort) },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	try {
		const address = await new Promise<string>((resolveAddress, reject) => {
			let output = '';
			edit.stdout.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				const match = /Editor: (\S+)/.exec(output);
				if (match?.[1]) resolveAddress(match[1]);
			});
			edit.on('exit', () => reject(new Error(`npm run edit stopped:\n${output}`)));
		});
		expect(address).toBe(`http://localhost:${sitePort}/admin/`);
		const config = await (await fetch(`http://127.0.0.1:${sitePort}/admin/config.yml`)).text();
		expect(config).toContain(`proxy_url: http://127.0.0.1:${backendPort}/api/v1`);
		const backend = await fetch(`http://127.0.0.1:${backendPort}/api/v1`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ action: 'info', params: {} }),
		});
		// It writes files as they are, uncommitted: the editor's changes are committed with git.
		expect(await backend.json()).toMatchObject({ type: 'local_fs' });
	} finally {
		edit.kill();
	}
});
