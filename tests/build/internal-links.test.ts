import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { expect, test } from 'vitest';
import { builtPages, distDir } from './dist';

const site = 'http://localhost:4321';
const documents = new Map<string, CheerioAPI>();

/** The built file a root-relative path is served from, or undefined when there is none. */
function fileFor(pathname: string): string | undefined {
	const candidates = pathname.endsWith('/')
		? [`${pathname}index.html`]
		: [pathname, `${pathname}.html`];
	return candidates
		.map((candidate) => join(distDir, decodeURIComponent(candidate)))
		.find(existsSync);
}

function idsOf(file: string): CheerioAPI {
	let document = documents.get(file);
	if (!document) {
		document = load(readFileSync(file, 'utf8'));
		documents.set(file, document);
	}
	return document;
}

test.each(builtPages())('every link and asset on $file exists, with its #anchor', ({ file, $ }) => {
	const broken: string[] = [];
	const pageUrl = new URL(`/${file.replace(/index\.html$/, '')}`, site);
	$('[href], [src]').each((_, element) => {
		const address = $(element).attr('href') ?? $(element).attr('src') ?? '';
		const url = new URL(address, pageUrl);
		if (url.origin !== site || address.startsWith('mailto:')) return;
		const target = fileFor(url.pathname);
		if (!target) return void broken.push(address);
		const id = decodeURIComponent(url.hash.slice(1));
		if (
			id &&
			id !== '_top' &&
			target.endsWith('.html') &&
			idsOf(target)(`[id="${id}"]`).length === 0
		) {
			broken.push(address);
		}
	});
	expect(broken).toEqual([]);
});
