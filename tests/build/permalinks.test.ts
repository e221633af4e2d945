import { expect, test } from 'vitest';
import {
	checkManifest,
	permalinksFile,
	readBuiltSite,
	readManifest,
	sortPaths,
} from '../../src/lib/permalinks';
import { distDir } from './dist';

const manifest = readManifest(permalinksFile);
const site = readBuiltSite(distDir);
const { unresolved, unlisted } = checkManifest(manifest, site);

test('content/permalinks.json is a sorted list of base-less page paths', () => {
	expect(manifest.length).toBeGreaterThan(0);
	expect(manifest).toEqual(sortPaths(manifest));
	for (const path of manifest) expect(path).toMatch(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/);
});

test('every URL in content/permalinks.json is still a page or a redirect', () => {
	expect(
		unresolved,
		'These published URLs have neither a page nor a redirect in dist/. Add a redirect for each to content/redirects.yaml (CONTRIBUTING.md, "Move or rename a page") and build again; never remove them from the manifest',
	).toEqual([]);
});

test('every built page is in content/permalinks.json', () => {
	expect(
		unlisted,
		'These pages are not in content/permalinks.json yet: run `npm run permalinks:update` after `npm run build`, and commit the file',
	).toEqual([]);
});
