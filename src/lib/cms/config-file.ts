import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { localeSlugs, pageFile, readAllUiStrings } from '../content-files';
import { localeCodes, type Locale } from '../locales';
import { loadProgramme } from '../programme/load';
import { cmsCollections, type PageEntry } from './config';
import { splitPage } from './source-text';

/** The committed configuration of the editor, relative to the project root. */
export const cmsConfigFile = 'src/admin/cms-config.yml';

function pagesOf(locale: Locale, root: string): PageEntry[] {
	return localeSlugs(locale, join(root, 'content/docs')).map((slug) => {
		const file = pageFile(slug, locale, join(root, 'content/docs'));
		const { frontMatter } = splitPage(readFileSync(file, 'utf8'));
		return { file: relative(root, file), title: String(frontMatter.title ?? slug) };
	});
}

/** The configuration as the project's data and pages make it today. */
export function cmsConfigText(root = process.cwd()): string {
	const programme = loadProgramme(join(root, 'content/programme'));
	const pages = Object.fromEntries(localeCodes.map((locale) => [locale, pagesOf(locale, root)]));
	const config = {
		// Nothing is uploaded through the editor; the CMS asks for a folder all the same.
		media_folder: 'public',
		collections: cmsCollections(
			programme,
			pages as Record<Locale, PageEntry[]>,
			readAllUiStrings(),
		),
	};
	return `# Written by \`npm run cms:config\` from the schemas in src/lib/programme/schema.ts: do not edit.\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
