import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { expect, test } from 'vitest';

// The editor ends every file it saves with one line break; a file written the same way is
// left byte for byte as it was when an editor opens and saves it unchanged.
const files = globSync('content/**/*.{md,mdx,yaml,json}', { cwd: process.cwd() }).sort();

test('content has files', () => {
	expect(files.length).toBeGreaterThan(50);
});

test.each(files)('%s ends with one line break', (file) => {
	const text = readFileSync(file, 'utf8');
	expect(
		text.endsWith('\n') && !text.endsWith('\n\n'),
		`${file}: end the file with exactly one line break`,
	).toBe(true);
});
