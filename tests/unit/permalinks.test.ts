import { describe, expect, test } from 'vitest';
import {
	builtFilePath,
	checkManifest,
	formatManifest,
	updateManifest,
	type BuiltSite,
} from '../../src/lib/permalinks';

const site: BuiltSite = {
	pages: ['/', '/en/', '/en/sectors/', '/sectors/'],
	redirects: new Map([
		['/sector/', '/sectors/'],
		['/en/sector/', '/en/sectors/'],
	]),
};

test.each([
	['index.html', '/'],
	['en/index.html', '/en/'],
	['ja/sectors/automotive/index.html', '/ja/sectors/automotive/'],
	['404.html', undefined],
])('builtFilePath(%s) = %s', (file, path) => {
	expect(builtFilePath(file)).toBe(path);
});

describe('checkManifest', () => {
	test('a complete manifest', () => {
		expect(checkManifest(['/', '/en/', '/en/sectors/', '/sectors/'], site)).toEqual({
			unresolved: [],
			unlisted: [],
		});
	});

	test('a redirected URL still resolves; a new page is unlisted; a vanished URL is unresolved', () => {
		expect(checkManifest(['/', '/en/', '/en/sector/', '/gone/', '/sectors/'], site)).toEqual({
			unresolved: ['/gone/'],
			unlisted: ['/en/sectors/'],
		});
	});
});

describe('updateManifest', () => {
	test('adds new pages and keeps redirected URLs, sorted', () => {
		expect(updateManifest(['/sectors/', '/sector/', '/'], site)).toEqual({
			manifest: ['/', '/en/', '/en/sectors/', '/sector/', '/sectors/'],
			added: ['/en/', '/en/sectors/'],
		});
	});

	test('starts an empty manifest from the pages', () => {
		expect(updateManifest([], site).manifest).toEqual(site.pages);
	});

	test('refuses to drop a URL that has no page and no redirect, and says which redirect to add', () => {
		const update = () => updateManifest(['/', '/en/old-page/', '/old-page/'], site);
		expect(update).toThrow(
			/lists 2 URLs that the build has neither as a page nor as a redirect:\n- \/en\/old-page\/\n- \/old-page\//,
		);
		expect(update).toThrow('content/redirects.yaml');
		expect(update).toThrow('- { from: /old-page/, to: /new-path/ }');
	});
});

test('formatManifest writes a sorted list, each path once, as Prettier formats it', () => {
	expect(formatManifest(['/en/', '/', '/en/'])).toBe('[\n\t"/",\n\t"/en/"\n]\n');
});
