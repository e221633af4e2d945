import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitPage, updatePage, updateYaml, wrapFlowLists } from '../../src/lib/cms/source-text';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('updateYaml', () => {
	it('gives back every data file byte for byte when nothing changed', () => {
		for (const file of globSync('content/programme/*.yaml', { cwd: root })) {
			const source = read(file);
			expect(updateYaml(source, parse(source)), file).toBe(source);
		}
	});

	it('writes every entry back as it was when only another entry changed', () => {
		for (const file of globSync('content/programme/*.yaml', { cwd: root })) {
			const source = read(file);
			const value: unknown = parse(source);
			if (!Array.isArray(value)) continue;
			const last = value.at(-1) as Record<string, unknown>;
			const changed = updateYaml(source, [...value.slice(0, -1), { ...last, id: 'changed-id' }]);
			expect(changed.slice(0, source.lastIndexOf('\n- id:')), file).toBe(
				source.slice(0, source.lastIndexOf('\n- id:')),
			);
			expect(parse(changed), file).toEqual([...value.slice(0, -1), { ...last, id: 'changed-id' }]);
		}
	});

	it('adds an entry as a hand edit would, keeping the comments', () => {
		const source = `# The timeline.\n- id: first\n  date: '2005-07'\n  title:\n    id: Satu.\n    en: One.\n    ja: 一。\n  facts: [a] # why\n`;
		const entries = parse(source) as unknown[];
		const added = {
			id: 'second',
			date: '2026-12-01',
			end: '',
			approximate: false,
			title: { id: 'Dua.', en: 'Two.', ja: '二。' },
			subjects: [],
			facts: ['a', 'b'],
		};
		expect(updateYaml(source, [...entries, added])).toBe(
			`${source}- id: second\n  date: '2026-12-01'\n  title:\n    id: Dua.\n    en: Two.\n    ja: 二。\n  facts: [a, b]\n`,
		);
	});

	it('changes one field in place and keeps the quoting of the others', () => {
		const source = `- id: a\n  date: '2019'\n  note: 'Kept: quoted'\n`;
		expect(updateYaml(source, [{ id: 'a', date: '2020', note: 'Kept: quoted' }])).toBe(
			`- id: a\n  date: '2020'\n  note: 'Kept: quoted'\n`,
		);
	});

	it('removes an entry with its comment and keeps the others', () => {
		const source = `- id: a # first\n  n: 1\n- id: b\n  n: 2\n`;
		expect(updateYaml(source, [{ id: 'b', n: 2 }])).toBe(`- id: b\n  n: 2\n`);
	});
});

describe('pages', () => {
	it('keeps every page byte for byte when nothing changed', () => {
		for (const file of globSync('content/docs/**/*.mdx', { cwd: root })) {
			const source = read(file);
			expect(updatePage(source, splitPage(source)), file).toBe(source);
		}
	});

	it('keeps the layout of the front matter when a field changes', () => {
		const source = read('content/docs/status.mdx');
		const page = splitPage(source);
		const changed = updatePage(source, {
			...page,
			frontMatter: { ...page.frontMatter, title: 'Status baru' },
		});
		expect(changed).toBe(source.replace(/^title: .*$/m, 'title: Status baru'));
	});

	it('changes the body without touching the front matter', () => {
		const source = `---\ntitle: 'Judul'\nfacts: [a]\n---\n\nimport X from 'x';\n\nTeks.\n`;
		const page = splitPage(source);
		expect(page.frontMatter).toEqual({ title: 'Judul', facts: ['a'] });
		expect(updatePage(source, { ...page, body: page.body.replace('Teks', 'Teks baru') })).toBe(
			`---\ntitle: 'Judul'\nfacts: [a]\n---\n\nimport X from 'x';\n\nTeks baru.\n`,
		);
	});
});

describe('lists of ids', () => {
	it('wraps them as Prettier does', async () => {
		const { format } = await import('prettier');
		const ids = (count: number, stem: string) =>
			Array.from({ length: count }, (_, index) => `${stem}-${index}`).join(', ');
		const text = `- id: a\n  facts: [${ids(9, 'item-number')}]\n  subjects: [${ids(7, 'item-numb')}]\n  other: [${ids(7, 'item-numb')}, xyzw]\n  short: [a, b]\n`;
		expect(wrapFlowLists(text)).toBe(
			await format(text, { parser: 'yaml', singleQuote: true, printWidth: 100 }),
		);
	});
});
