import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { load, type CheerioAPI } from 'cheerio';

export const distDir = join(import.meta.dirname, '../../dist');

export interface BuiltPage {
	/** Path relative to dist/, e.g. `en/index.html`. */
	file: string;
	$: CheerioAPI;
}

export function builtHtmlFiles(): string[] {
	const files = globSync('**/*.html', { cwd: distDir }).sort();
	if (files.length === 0) throw new Error(`No HTML in ${distDir}: run \`npm run build\` first.`);
	return files;
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
