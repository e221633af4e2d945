/**
 * Brings content/permalinks.json, the list of every public page URL, up to date with the build in
 * dist/. Run `npm run build`, then `npm run permalinks:update`, and commit the file. New pages are
 * added. A listed URL is never dropped: when the build has neither a page nor a redirect there,
 * the command stops, names the URL and says which redirect to add.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
	formatManifest,
	permalinksFile,
	readBuiltSite,
	readManifest,
	updateManifest,
} from '../lib/permalinks';

const distDir = join(process.cwd(), 'dist');
const manifestFile = relative(process.cwd(), permalinksFile);

try {
	const site = readBuiltSite(distDir);
	const previous = readManifest(permalinksFile);
	const { manifest, added } = updateManifest(previous, site, manifestFile);
	const text = formatManifest(manifest);
	writeFileSync(permalinksFile, text);
	for (const path of added) console.log(`added    ${path}`);
	const moved = manifest.filter((path) => site.redirects.has(path));
	for (const path of moved) console.log(`redirect ${path} → ${site.redirects.get(path)}`);
	console.log(
		added.length
			? `${manifestFile}: ${added.length} new page(s) added, ${manifest.length} URLs in all. Commit it.`
			: `${manifestFile} is up to date: ${manifest.length} URLs.`,
	);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}
