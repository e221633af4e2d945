import { expect, test } from 'vitest';
import { formatCitation } from '../../src/lib/citation';
import { readUiStrings } from '../../src/lib/content-files';

const parts = {
	site: 'New MIDEC',
	title: 'Dokumen kerangka',
	updated: '1 Desember 2026',
	url: 'https://new-midec.example.org/framework/',
};
const templates = (locale: 'id' | 'en' | 'ja') => {
	const strings = readUiStrings(locale);
	return { format: strings['citation.format'] ?? '', accessed: strings['citation.accessed'] ?? '' };
};

test('one citation format: site, title, version date, address and date of access', () => {
	expect(formatCitation(templates('id'), parts)).toBe(
		'New MIDEC. “Dokumen kerangka”. Diperbarui 1 Desember 2026. https://new-midec.example.org/framework/ Diakses [tanggal akses].',
	);
});

test('in Japanese, no full stop straight after the address', () => {
	const citation = formatCitation(templates('ja'), { ...parts, title: '枠組み文書' });
	expect(citation).toBe(
		'New MIDEC「枠組み文書」1 Desember 2026更新。https://new-midec.example.org/framework/（［閲覧日］閲覧）',
	);
	expect(citation).not.toMatch(/\/。/);
});
