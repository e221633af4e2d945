import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { localePath, rootLocale, splitLocalePath } from './locales';
import { redirectPageTarget } from './redirects';
import { editorFolder } from './cms/names';

/** The committed list of every public page URL, kept by `npm run permalinks:update`. */
export const permalinksFile = join(process.cwd(), 'content/permalinks.json');

/** What a build holds: its pages and its static redirect pages, by base-less URL path. */
export interface BuiltSite {
	/** Sorted page paths, e.g. `/`, `/en/framework/`. */
	pages: string[];
	/** Redirect page path → the target its meta refresh names (with the base it was built with). */
	redirects: Map<string, string>;
}

/**
 * The URL path a built HTML file is served at, `en/framework/index.html` → `/en/framework/`, or
 * undefined for files that are not public pages (`404.html`).
 */
export function builtFilePath(file: string): string | undefined {
	if (!file.endsWith('index.html')) return undefined;
	return `/${file.slice(0, -'index.html'.length)}`;
}

/** Reads the pages and redirect pages of a built site in `distDir`. */
export function readBuiltSite(distDir: string): BuiltSite {
	if (!existsSync(distDir))
		throw new Error(`${distDir} does not exist: run \`npm run build\` first.`);
	const pages: string[] = [];
	const redirects = new Map<string, string>();
	// The editor at /admin/ is no page of the site: it is never published as one.
	for (const file of globSync('**/index.html', { cwd: distDir, ignore: [`${editorFolder}/**`] })) {
		const path = builtFilePath(file);
		if (!path) continue;
		const target = redirectPageTarget(readFileSync(join(distDir, file), 'utf8'));
		if (target === undefined) pages.push(path);
		else redirects.set(path, target);
	}
	if (!pages.length) throw new Error(`No pages in ${distDir}: run \`npm run build\` first.`);
	return { pages: sortPaths(pages), redirects };
}

export function sortPaths(paths: Iterable<string>): string[] {
	return [...new Set(paths)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface ManifestCheck {
	/** Manifest URLs that the build has neither as a page nor as a redirect. */
	unresolved: string[];
	/** Built pages that the manifest does not list yet. */
	unlisted: string[];
}

/** Compares the permalink manifest with a build. */
export function checkManifest(manifest: readonly string[], site: BuiltSite): ManifestCheck {
	const pages = new Set(site.pages);
	const listed = new Set(manifest);
	return {
		unresolved: manifest.filter((path) => !pages.has(path) && !site.redirects.has(path)),
		unlisted: site.pages.filter((path) => !listed.has(path)),
	};
}

/**
 * The manifest after a build: every URL it had (a moved page stays, answered by its redirect)
 * plus the new pages, sorted. Throws, naming each URL, when a listed URL has neither a page nor a
 * redirect: published links must keep working.
 */
export function updateManifest(
	manifest: readonly string[],
	site: BuiltSite,
	manifestFile = 'content/permalinks.json',
): { manifest: string[]; added: string[] } {
	const { unresolved, unlisted } = checkManifest(manifest, site);
	if (unresolved.length) {
		const entries = sortPaths(
			unresolved.map((path) => localePath(splitLocalePath(path).slug, rootLocale)),
		).map((from) => `- { from: ${from}, to: /new-path/ }`);
		throw new Error(
			[
				`${manifestFile} lists ${unresolved.length === 1 ? 'a URL' : `${unresolved.length} URLs`} that the build has neither as a page nor as a redirect:`,
				...unresolved.map((path) => `- ${path}`),
				'A published link must keep working, so the manifest keeps every URL. If the page moved or was renamed, add a redirect to content/redirects.yaml (one entry covers all three languages):',
				...entries,
				'Then run `npm run build` and this command again. If a page was removed, redirect it to the page that now covers its subject.',
			].join('\n'),
		);
	}
	return { manifest: sortPaths([...manifest, ...unlisted]), added: unlisted };
}

/** Reads a manifest file: a JSON list of paths. */
export function readManifest(file: string): string[] {
	if (!existsSync(file)) return [];
	const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
	if (!Array.isArray(data) || !data.every((path) => typeof path === 'string'))
		throw new Error(`${file} must be a JSON list of URL paths such as "/en/framework/".`);
	return data;
}

/** The manifest as written to disk: one path a line, tab-indented as Prettier formats it. */
export function formatManifest(manifest: readonly string[]): string {
	return `${JSON.stringify(sortPaths(manifest), null, '\t')}\n`;
}
