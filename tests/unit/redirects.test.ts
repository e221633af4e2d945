import { describe, expect, test } from 'vitest';
import {
	astroRedirects,
	netlifyRedirects,
	nginxRedirects,
	parseNetlifyRedirects,
	parseNginxRedirects,
	parseRedirects,
	redirectPageTarget,
	RedirectsError,
	servedRedirects,
	shortLinkRedirect,
	siteRedirects,
} from '../../src/lib/redirects';
import type { ShortLink } from '../../src/lib/short-links';

const file = 'content/redirects.yaml';
const pages = ['/', '/sectors/', '/sectors/automotive/', '/themes/welding/'];
const otomotif: ShortLink = { alias: 'otomotif', slug: 'sectors/automotive', origins: [] };
const list = [
	{ from: '/s/otomotif/', to: '/sectors/automotive/' },
	{ from: '/sector/', to: '/sectors/' },
];

/** The message of the error that parsing `raw` throws. */
function problem(raw: unknown): string {
	try {
		parseRedirects(raw, pages, file);
	} catch (error) {
		expect(error).toBeInstanceOf(RedirectsError);
		return (error as Error).message;
	}
	throw new Error('the redirects were accepted');
}

describe('parseRedirects', () => {
	test('accepts moved pages, and an empty file', () => {
		expect(parseRedirects([{ from: '/sector/', to: '/sectors/' }], pages, file)).toEqual([
			{ from: '/sector/', to: '/sectors/' },
		]);
		expect(parseRedirects([{ from: '/home/', to: '/' }], pages, file)).toEqual([
			{ from: '/home/', to: '/' },
		]);
		expect(parseRedirects(null, pages, file)).toEqual([]);
	});

	test.each([
		[
			[{ from: '/sector/', to: '/sektor/' }],
			'content/redirects.yaml, entry "/sector/", field "to": "/sektor/" is not a page of the site',
		],
		[
			[{ from: '/sectors/', to: '/' }],
			'entry "/sectors/", field "from": "/sectors/" is a page of the site',
		],
		[
			[{ from: '/en/sector/', to: '/sectors/' }],
			'field "from": "/en/sector/" starts with the language prefix /en/: write the path as in the Indonesian site, e.g. "/sector/"',
		],
		[
			[{ from: '/sector/', to: '/ja/sectors/' }],
			'field "to": "/ja/sectors/" starts with the language prefix /ja/',
		],
		[
			[{ from: '/Sector', to: '/sectors/' }],
			'entry "/Sector", field "from": "/Sector" is not a page path: write it like /old-page/',
		],
		[
			[{ from: '/new-midec/sector/', to: '/new-midec/sectors/' }],
			'field "to": "/new-midec/sectors/" is not a page of the site',
		],
		[[{ to: '/sectors/' }], 'entry "#1", field "from": is missing: add it'],
		[[{ from: '/sector/', to: '/sectors/', status: 302 }], 'unknown field "status"'],
		[
			[
				{ from: '/sector/', to: '/sectors/' },
				{ from: '/sector/', to: '/' },
			],
			'entry "/sector/", field "from": "/sector/" is redirected twice',
		],
		[[{ from: '/', to: '/sectors/' }], 'field "from": "/" is not a page path'],
		[{ from: '/sector/', to: '/sectors/' }, 'the file must be a list of entries'],
		[['/sector/'], 'entry "#1": write the entry as "- { from: /old-page/, to: /new-page/ }"'],
	])('%j fails', (raw, message) => {
		expect(problem(raw)).toContain(message);
	});

	test('lists every problem at once, starting with the file', () => {
		const message = problem([
			{ from: '/a/', to: '/nowhere/' },
			{ from: '/b/', to: '/gone/' },
		]);
		expect(message).toMatch(/^content\/redirects\.yaml has 2 problems\./);
		expect(message).toContain('"/nowhere/"');
		expect(message).toContain('"/gone/"');
	});
});

describe('siteRedirects', () => {
	test('joins moved pages and short links, sorted by path', () => {
		expect(siteRedirects([{ from: '/sector/', to: '/sectors/' }], [otomotif])).toEqual([
			{ from: '/s/otomotif/', to: '/sectors/automotive/' },
			{ from: '/sector/', to: '/sectors/' },
		]);
	});

	test('a moved page may keep a retired short link', () => {
		expect(
			siteRedirects([{ from: '/s/mobil/', to: '/sectors/automotive/' }], [otomotif]),
		).toHaveLength(2);
	});

	test('a moved page on a short link fails', () => {
		expect(() =>
			siteRedirects([{ from: '/s/otomotif/', to: '/sectors/' }], [otomotif], file),
		).toThrow(
			'content/redirects.yaml, entry "/s/otomotif/", field "from": "/s/otomotif/" is already a short link to /sectors/automotive/',
		);
	});

	test('a short link goes to the page of its slug', () => {
		expect(shortLinkRedirect(otomotif)).toEqual({
			from: '/s/otomotif/',
			to: '/sectors/automotive/',
		});
	});
});

describe.each(['/', '/new-midec/', '/new-midec'])('outputs under base %s', (base) => {
	const prefix = base === '/' ? '' : '/new-midec';
	const served = servedRedirects(list, base);

	test('each redirect in every locale, under the base', () => {
		expect(served).toEqual([
			{ from: `${prefix}/s/otomotif/`, to: `${prefix}/sectors/automotive/` },
			{ from: `${prefix}/sector/`, to: `${prefix}/sectors/` },
			{ from: `${prefix}/en/s/otomotif/`, to: `${prefix}/en/sectors/automotive/` },
			{ from: `${prefix}/en/sector/`, to: `${prefix}/en/sectors/` },
			{ from: `${prefix}/ja/s/otomotif/`, to: `${prefix}/ja/sectors/automotive/` },
			{ from: `${prefix}/ja/sector/`, to: `${prefix}/ja/sectors/` },
		]);
	});

	test('Astro redirects: base-less keys, targets under the base', () => {
		const redirects = astroRedirects(list, base);
		expect(redirects['/en/s/otomotif/']).toBe(`${prefix}/en/sectors/automotive/`);
		expect(redirects['/sector/']).toBe(`${prefix}/sectors/`);
		expect(Object.keys(redirects)).toHaveLength(6);
	});

	test('_redirects', () => {
		const text = netlifyRedirects(list, base);
		expect(text).toContain(`\n${prefix}/ja/s/otomotif/ ${prefix}/ja/sectors/automotive/ 301\n`);
		expect(parseNetlifyRedirects(text)).toEqual(served);
	});

	test('nginx-redirects.conf', () => {
		const text = nginxRedirects(list, base);
		expect(text).toContain(
			`\nlocation = ${prefix}/s/otomotif/ { return 301 ${prefix}/sectors/automotive/; }\n`,
		);
		expect(parseNginxRedirects(text)).toEqual(served);
	});
});

describe('redirectPageTarget', () => {
	test('reads the meta refresh of a static redirect page', () => {
		const html =
			'<!doctype html><title>Redirecting to: /new-midec/sectors/</title><meta http-equiv="refresh" content="0;url=/new-midec/sectors/"><meta name="robots" content="noindex">';
		expect(redirectPageTarget(html)).toBe('/new-midec/sectors/');
	});

	test('a page without a meta refresh is not a redirect', () => {
		expect(
			redirectPageTarget('<!doctype html><html lang="id"><title>Sektor</title>'),
		).toBeUndefined();
	});
});
