import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createLinter, loadTextlintrc } from 'textlint';

// The prose lint as `npm run lint` runs it, on small pages written for the test: it must catch
// the wordings the content review ruled out, and pass the site's own way of writing them.
const folder = mkdtempSync(join(tmpdir(), 'prose-lint-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function problems(config: 'ja' | 'id-en', body: string): Promise<string[]> {
	const file = join(folder, `page-${Math.random().toString(36).slice(2)}.mdx`);
	const page = `---\ntitle: Test\n---\n\nimport Value from '~/components/Value.astro';\nimport Cite from '~/components/Cite.astro';\n\n${body}\n`;
	writeFileSync(file, page);
	const descriptor = await loadTextlintrc({ configFilePath: `prose-lint/${config}.yml` });
	const [result] = await createLinter({ descriptor }).lintFiles([file]);
	return (result?.messages ?? []).map(({ ruleId, message }) => `${ruleId}: ${message}`);
}

describe('Japanese pages', () => {
	test('the site’s terms and register', async () => {
		const found = await problems(
			'ja',
			'詳細は、まだ公表されていない技術取決めによります。<Cite fact="automotive-pilots" />\n\n新MIDECの7件の分野横断テーマの一つです。\n\n同じ一覧の関連項目は“energy conservation”です。\n\nTOR（付託事項）が送付されました。',
		);
		expect(found.join('\n')).toContain('見つかっていない技術取決め');
		expect(found.join('\n')).toContain('7つの分野横断テーマ');
		expect(found.join('\n')).toContain('「energy conservation」');
		expect(found.join('\n')).toContain('TOR（実施要領）');
	});

	test('a page written the site’s way passes', async () => {
		expect(
			await problems(
				'ja',
				'<Value of="framework.date" />に、大阪で枠組み文書が署名されました。<Cite fact="framework-signing" />\n\n署名済みの技術取決めは、本サイトでは確認できていません。',
			),
		).toEqual([]);
	});
});

describe('Indonesian and English pages', () => {
	test('wordings that say more than the sources', async () => {
		const found = await problems(
			'id-en',
			'Rinciannya mengikuti Technical Arrangement yang belum dipublikasikan.\n\nStatus: Menunggu TA.\n\nWork started first in the automotive sector.\n\nSektor ini belum bertemu dengan tema lintas sektor mana pun.',
		);
		expect(found).toHaveLength(4);
	});

	test('a page written the site’s way passes', async () => {
		expect(
			await problems(
				'id-en',
				'Menurut pengumuman 2019, penerapan pertama direncanakan di sektor otomotif. <Cite fact="automotive-pilots" />',
			),
		).toEqual([]);
	});
});
