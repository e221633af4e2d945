import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { globSync } from 'tinyglobby';
import { expect, test } from 'vitest';
import { editorFolder } from '../../src/lib/cms/names';
import { speculationRules } from '../../src/lib/speculation-rules';
import { distDir } from './dist';

const publicFiles = globSync('**/*.{html,xml,json,txt,js,css}', {
	cwd: distDir,
	ignore: [`${editorFolder}/**`, 'pagefind/**'],
});

test('the editor is built at /admin/, kept out of search engines', () => {
	const page = readFileSync(join(distDir, editorFolder, 'index.html'), 'utf8');
	expect(page).toContain('<meta name="robots" content="noindex, nofollow" />');
	expect(existsSync(join(distDir, editorFolder, 'cms/decap-cms.js'))).toBe(true);
	expect(readFileSync(join(distDir, 'nginx-editor-headers.conf'), 'utf8')).toContain(
		'X-Robots-Tag "noindex, nofollow"',
	);
});

test("hosts that read _headers serve the editor with its own policy, after the site's", () => {
	const rules = readFileSync(join(distDir, '_headers'), 'utf8').split(/\n(?=\S)/);
	expect(rules.map((rule) => rule.split('\n')[0])).toEqual(['/*', `/${editorFolder}/*`]);
	expect(rules[1]).toContain(
		"  Content-Security-Policy: default-src 'none'; script-src 'self' 'unsafe-eval'",
	);
	expect(rules[1]).toContain('  X-Robots-Tag: noindex, nofollow');
});

test('no public page, feed, sitemap, script or policy names the editor or loads its code', () => {
	expect(publicFiles.length).toBeGreaterThan(400);
	// The speculation rules name the editor only to keep browsers from prerendering it.
	const rules = JSON.stringify(speculationRules('/'));
	for (const file of publicFiles) {
		const text = readFileSync(join(distDir, file), 'utf8').replace(rules, '');
		expect(text, file).not.toMatch(/\/admin\/|decap|'unsafe-eval'/i);
	}
});

test('the search index has no entry for the editor', () => {
	const fragments = globSync('pagefind/fragment/*.pf_fragment', { cwd: distDir }).map((file) =>
		gunzipSync(readFileSync(join(distDir, file))).toString('utf8'),
	);
	expect(fragments.filter((fragment) => fragment.includes('"url":"/')).length).toBeGreaterThan(70);
	for (const fragment of fragments) expect(fragment).not.toContain(`"url":"/${editorFolder}/`);
});
