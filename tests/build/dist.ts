import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { load, type CheerioAPI } from 'cheerio';
import { localePath, type Locale } from '../../src/lib/locales';
import { redirectPageTarget } from '../../src/lib/redirects';
import { editorFolder } from '../../src/lib/cms/names';

export const distDir = join(import.meta.dirname, '../../dist');

export interface BuiltPage {
	/** Path relative to dist/, e.g. `en/index.html`. */
	file: string;
	$: CheerioAPI;
}

function allHtmlFiles(): string[] {
	// The editor at /admin/ is not a page of the site (tests/build/editor.test.ts checks it).
	const files = globSync('**/*.html', { cwd: distDir, ignore: [`${editorFolder}/**`] }).sort();
	if (files.length === 0) throw new Error(`No HTML in ${distDir}: run \`npm run build\` first.`);
	return files;
}

function isRedirectPage(file: string): boolean {
	return redirectPageTarget(readFileSync(join(distDir, file), 'utf8')) !== undefined;
}

/** The HTML of the site's pages (with 404.html), without the static redirect pages. */
export function builtHtmlFiles(): string[] {
	return allHtmlFiles().filter((file) => !isRedirectPage(file));
}

/**
 * The address a built page is served at: `en/index.html` → `/en/`. The 404 page is asked for by
 * its file name, which the server answers with that page and status 404.
 */
export function servedPath(file: string): string {
	return file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`;
}

/** The static redirect pages (short links and moved pages), e.g. `s/otomotif/index.html`. */
export function builtRedirectFiles(): string[] {
	return allHtmlFiles().filter(isRedirectPage);
}

export function loadPage(file: string): BuiltPage {
	return {
		file: relative(distDir, join(distDir, file)),
		$: load(readFileSync(join(distDir, file), 'utf8')),
	};
}

export function builtPages(): BuiltPage[] {
	return builtHtmlFiles().map(loadPage);
}

/** The built page of a slug in a locale, e.g. `('status', 'ja')` → ja/status/index.html. */
export function pageFor(slug: string, locale: Locale): BuiltPage {
	const path = localePath(slug, locale).replace(/^\//, '');
	return loadPage(`${path}index.html`);
}
