import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import { localeCodes, localePath, locales, rootLocale, type Locale } from './locales';
import { shortLinkFolder, type ShortLink } from './short-links';

/**
 * One redirect, locale-independent and without the deployment base: `/sector/` → `/sectors/`.
 * It applies in every locale: `/en/sector/` → `/en/sectors/`, `/ja/sector/` → `/ja/sectors/`.
 */
export interface Redirect {
	from: string;
	to: string;
}

/** A redirect as served: in one locale, under the deployment base (`/new-midec/en/sector/`). */
export type ServedRedirect = Redirect;

export class RedirectsError extends Error {
	constructor(file: string, problems: string[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(
			`${file} has ${count}. Fix it and build again.\n${problems.map((problem) => `- ${file}, ${problem}`).join('\n')}`,
		);
		this.name = 'RedirectsError';
	}
}

const segment = '[a-z0-9]+(?:-[a-z0-9]+)*';
const fromPattern = new RegExp(`^/(?:${segment}/)+$`);
const toPattern = new RegExp(`^/(?:${segment}/)*$`);

/** The path of a page slug, `sectors/automotive` → `/sectors/automotive/`, `` → `/`. */
export function slugPath(slug: string): string {
	return localePath(slug, rootLocale);
}

function localePrefixOf(path: string): string | undefined {
	const first = path.split('/')[1];
	return localeCodes
		.map((code) => locales[code].prefix)
		.find((prefix) => prefix && prefix === first);
}

/**
 * Validates the content of `content/redirects.yaml`: a list of `{ from, to }`, both base-less page
 * paths without a language prefix. `to` must be one of `pages` (locale-independent paths such as
 * `/sectors/automotive/`); `from` must not be a page. Throws one RedirectsError listing every mistake.
 */
export function parseRedirects(raw: unknown, pages: readonly string[], file: string): Redirect[] {
	if (raw === null || raw === undefined) return [];
	if (!Array.isArray(raw))
		throw new RedirectsError(file, [
			'the file must be a list of entries such as "- { from: /old-page/, to: /new-page/ }"',
		]);
	const pageSet = new Set(pages);
	const problems: string[] = [];
	const redirects: Redirect[] = [];
	const seen = new Set<string>();
	raw.forEach((item: unknown, index) => {
		const fields =
			item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
		const entry =
			typeof fields.from === 'string' && fields.from ? fields.from : `#${String(index + 1)}`;
		const problem = (field: string | undefined, message: string) =>
			problems.push(`entry "${entry}"${field ? `, field "${field}"` : ''}: ${message}`);
		if (item === null || typeof item !== 'object' || Array.isArray(item)) {
			problem(undefined, 'write the entry as "- { from: /old-page/, to: /new-page/ }"');
			return;
		}
		const unknown = Object.keys(fields).filter((key) => key !== 'from' && key !== 'to');
		if (unknown.length)
			problem(
				undefined,
				`unknown field ${unknown.map((key) => `"${key}"`).join(', ')}: use only "from" and "to"`,
			);
		const path = (field: 'from' | 'to', pattern: RegExp): string | undefined => {
			const value = fields[field];
			if (value === undefined || value === null || value === '') {
				problem(field, 'is missing: add it');
				return undefined;
			}
			if (typeof value !== 'string' || !pattern.test(value)) {
				problem(
					field,
					`${JSON.stringify(value)} is not a page path: write it like /old-page/ (lowercase letters, digits and hyphens, starting and ending with "/", without the site's base path)`,
				);
				return undefined;
			}
			const prefix = localePrefixOf(value);
			if (prefix) {
				problem(
					field,
					`"${value}" starts with the language prefix /${prefix}/: write the path as in the Indonesian site, e.g. "${value.slice(prefix.length + 1)}"; a redirect applies in every language`,
				);
				return undefined;
			}
			return value;
		};
		const from = path('from', fromPattern);
		const to = path('to', toPattern);
		if (from && pageSet.has(from))
			problem(
				'from',
				`"${from}" is a page of the site, and a redirect would hide it: remove the entry, or move the page first`,
			);
		if (from && seen.has(from)) problem('from', `"${from}" is redirected twice: keep one entry`);
		if (to && !pageSet.has(to))
			problem(
				'to',
				`"${to}" is not a page of the site: use the path of an existing page, e.g. /sectors/automotive/`,
			);
		if (from) seen.add(from);
		if (from && to) redirects.push({ from, to });
	});
	if (problems.length) throw new RedirectsError(file, problems);
	return redirects;
}

/** Reads and validates a redirects file; see parseRedirects. */
export function loadRedirects(path: string, pages: readonly string[]): Redirect[] {
	const file = relative(process.cwd(), path);
	let raw: unknown;
	try {
		raw = parse(readFileSync(path, 'utf8'));
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`${file} is not valid YAML: ${reason}`, { cause: error });
	}
	return parseRedirects(raw, pages, file);
}

/** The short link `/s/<alias>/` as a redirect. */
export function shortLinkRedirect({ alias, slug }: ShortLink): Redirect {
	return { from: `/${shortLinkFolder}/${alias}/`, to: slugPath(slug) };
}

/**
 * The one list every redirect output is generated from: the moved pages of redirects.yaml and
 * the short links, sorted by `from`. A path that both redirect fails, naming the file.
 */
export function siteRedirects(
	moved: Redirect[],
	shortLinks: ShortLink[],
	redirectsFile = 'content/redirects.yaml',
): Redirect[] {
	const short = shortLinks.map(shortLinkRedirect);
	const shortFroms = new Map(short.map((redirect) => [redirect.from, redirect]));
	const problems = moved
		.filter(({ from }) => shortFroms.has(from))
		.map(
			({ from }) =>
				`entry "${from}", field "from": "${from}" is already a short link to ${shortFroms.get(from)?.to}: remove the entry`,
		);
	if (problems.length) throw new RedirectsError(redirectsFile, problems);
	return [...moved, ...short].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Each redirect in every locale, under `base`: the pairs a server must answer. */
export function servedRedirects(redirects: Redirect[], base = '/'): ServedRedirect[] {
	return localeCodes.flatMap((locale: Locale) =>
		redirects.map(({ from, to }) => ({
			from: localePath(from, locale, base),
			to: localePath(to, locale, base),
		})),
	);
}

/**
 * Astro's `redirects` option: the keys without the base (Astro adds it to the route), the
 * destinations with it (Astro writes them into the meta refresh as they are).
 */
export function astroRedirects(redirects: Redirect[], base = '/'): Record<string, string> {
	return Object.fromEntries(
		localeCodes.flatMap((locale) =>
			redirects.map(({ from, to }) => [localePath(from, locale), localePath(to, locale, base)]),
		),
	);
}

const generatedNote =
	'Generated by the build from content/redirects.yaml and the short links; do not edit.';

/** `dist/_redirects` for Netlify and Cloudflare Pages: one `from to 301` line per redirect. */
export function netlifyRedirects(redirects: Redirect[], base = '/'): string {
	const lines = servedRedirects(redirects, base).map(({ from, to }) => `${from} ${to} 301`);
	return [`# ${generatedNote}`, ...lines, ''].join('\n');
}

/** `dist/nginx-redirects.conf`: `location` blocks to `include` inside a `server { … }` block. */
export function nginxRedirects(redirects: Redirect[], base = '/'): string {
	const lines = servedRedirects(redirects, base).map(
		({ from, to }) => `location = ${from} { return 301 ${to}; }`,
	);
	return [
		`# ${generatedNote}`,
		'# Include it inside the server { } block of the site.',
		...lines,
		'',
	].join('\n');
}

/** The `from to` pairs of a `_redirects` file (comments and blank lines skipped). */
export function parseNetlifyRedirects(text: string): ServedRedirect[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'))
		.map((line) => {
			const [from = '', to = ''] = line.split(/\s+/);
			return { from, to };
		});
}

/** The `from to` pairs of the `location = from { return 301 to; }` lines of an nginx include. */
export function parseNginxRedirects(text: string): ServedRedirect[] {
	return [...text.matchAll(/^location = (\S+) \{ return 301 (\S+); \}$/gm)].map((match) => ({
		from: match[1] ?? '',
		to: match[2] ?? '',
	}));
}

/** The target of a static redirect page (its meta refresh URL), or undefined for a real page. */
export function redirectPageTarget(html: string): string | undefined {
	const meta = /<meta\s+http-equiv=["']?refresh["']?\s+content=["']\d+;\s*url=([^"']+)["']/i.exec(
		html,
	);
	return meta?.[1];
}
