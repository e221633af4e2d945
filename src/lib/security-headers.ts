import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { classicScriptTypes } from './page-scripts';

/**
 * The inline code of a built site, as CSP hash sources (`'sha256-…'`): what the policy must
 * allow for the site to work, and nothing more.
 */
export interface InlineCode {
	scripts: Set<string>;
	styleElements: Set<string>;
	styleAttributes: Set<string>;
}

export function emptyInlineCode(): InlineCode {
	return { scripts: new Set(), styleElements: new Set(), styleAttributes: new Set() };
}

export function hashSource(code: string): string {
	return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

// The script types that CSP's script-src governs: code, and speculation rules, which make the
// browser fetch and render pages. Other types (JSON-LD) are data that CSP ignores.
const executableScriptTypes = new Set([...classicScriptTypes, 'module', 'speculationrules']);

/** Adds the hash of every inline script, `<style>` element and `style` attribute of a page. */
export function collectInlineCode(html: string, into: InlineCode): InlineCode {
	let open: { set: Set<string>; text: string } | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (attributes.style !== undefined) into.styleAttributes.add(hashSource(attributes.style));
				const isInlineScript =
					name === 'script' &&
					attributes.src === undefined &&
					executableScriptTypes.has((attributes.type ?? '').trim().toLowerCase());
				if (isInlineScript) open = { set: into.scripts, text: '' };
				else if (name === 'style') open = { set: into.styleElements, text: '' };
			},
			ontext(text) {
				if (open) open.text += text;
			},
			onclosetag(name) {
				if (open && (name === 'script' || name === 'style')) {
					open.set.add(hashSource(open.text));
					open = undefined;
				}
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	return into;
}

/** The inline code of several pages together, each hash once. */
export function combinedInlineCode(codes: Iterable<InlineCode>): InlineCode {
	const combined = emptyInlineCode();
	for (const code of codes)
		for (const kind of ['scripts', 'styleElements', 'styleAttributes'] as const)
			for (const hash of code[kind]) combined[kind].add(hash);
	return combined;
}

const sorted = (sources: Set<string>) => [...sources].sort().join(' ');

/**
 * The site's Content-Security-Policy: its own origin only, inline code by hash, and nothing
 * that the pages do not use. Pagefind compiles its WebAssembly search engine in the page
 * (`'wasm-unsafe-eval'`); it runs on the main thread, so no worker source is granted.
 */
export function contentSecurityPolicy(inline: InlineCode): string {
	const directives: [string, string][] = [
		['default-src', "'none'"],
		['script-src', `'self' 'wasm-unsafe-eval' ${sorted(inline.scripts)}`],
		// `'unsafe-hashes'` lets the hashes cover `style="…"` attributes too, not only <style>.
		[
			'style-src',
			[
				"'self'",
				inline.styleAttributes.size > 0 && "'unsafe-hashes'",
				sorted(inline.styleElements),
				sorted(inline.styleAttributes),
			]
				.filter(Boolean)
				.join(' '),
		],
		// No font-src or manifest-src: the pages load no web font and link no manifest, so
		// default-src 'none' refuses both.
		['img-src', "'self'"],
		['connect-src', "'self'"],
		['base-uri', "'none'"],
		['form-action', "'self'"],
		['object-src', "'none'"],
		['frame-ancestors', "'none'"],
	];
	return directives.map(([name, value]) => `${name} ${value.trim()}`).join('; ');
}

/**
 * The policy of the editor at /admin/ only, never of a public page. The CMS is a React app that
 * sets styles inline and compiles its configuration's JSON Schema validators at run time
 * (`'unsafe-eval'`), and it talks to the Git host's API (`connectOrigins`). Scripts still load
 * from the site alone.
 */
export function editorContentSecurityPolicy(connectOrigins: string[]): string {
	const directives: [string, string][] = [
		['default-src', "'none'"],
		['script-src', "'self' 'unsafe-eval'"],
		['style-src', "'self' 'unsafe-inline'"],
		['img-src', "'self' data: blob: https:"],
		['font-src', "'self' data:"],
		['connect-src', ["'self'", ...connectOrigins].join(' ')],
		['base-uri', "'none'"],
		['form-action', "'none'"],
		['object-src', "'none'"],
		['frame-ancestors', "'none'"],
	];
	return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

export interface SecurityHeader {
	name: string;
	/** The value for every response it goes with, or for pages not in `byPage`. */
	value: string;
	/** Whether the header means something only to pages, not to the scripts, styles and fonts. */
	pagesOnly: boolean;
	/** A page's own value, by the path of its file as served (`/sectors/index.html`). */
	byPage?: Map<string, string>;
}

/**
 * The security headers of the site's responses. The policy of each page in `pages` allows that
 * page's inline code only, which keeps a kilobyte of hashes for code of other pages off every page;
 * any other page gets the policy of all the site's inline code (`inline`).
 */
export function securityHeaders(
	inline: InlineCode,
	pages = new Map<string, InlineCode>(),
): SecurityHeader[] {
	const byPage = new Map([...pages].map(([path, code]) => [path, contentSecurityPolicy(code)]));
	return [
		{
			name: 'Content-Security-Policy',
			value: contentSecurityPolicy(inline),
			pagesOnly: true,
			byPage,
		},
		{ name: 'X-Content-Type-Options', value: 'nosniff', pagesOnly: false },
		{ name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin', pagesOnly: true },
		// No interest-cohort=(): FLoC is gone, and Chromium warns of a feature it does not know.
		{
			name: 'Permissions-Policy',
			value: 'camera=(), microphone=(), geolocation=()',
			pagesOnly: true,
		},
		// No X-Frame-Options: CSP's frame-ancestors 'none' keeps the pages out of frames in every
		// browser since 2017, and the header would add its bytes to every page.
		// HTTPS only from now on, for two years (Mozilla's recommendation). The HTTP server of
		// deploy/nginx.conf only redirects, so this goes out over HTTPS alone. Without
		// includeSubDomains or preload: see the README.
		{ name: 'Strict-Transport-Security', value: 'max-age=63072000', pagesOnly: false },
	];
}

/** The headers in which the editor's responses differ from the pages' ones. */
function editorOwnHeaders(connectOrigins: string[]) {
	return [
		{ name: 'Content-Security-Policy', value: editorContentSecurityPolicy(connectOrigins) },
		// Kept out of search engines.
		{ name: 'X-Robots-Tag', value: 'noindex, nofollow' },
	];
}

/**
 * The editor's headers as nginx `add_header` lines for its own `location`: the site's headers
 * with the editor's policy in place of the pages' one, and kept out of search engines.
 */
export function nginxEditorHeaders(connectOrigins: string[]): string {
	const own = editorOwnHeaders(connectOrigins);
	return [
		...securityHeaders(emptyInlineCode()).filter(({ name }) =>
			own.every((header) => header.name !== name),
		),
		...own,
	]
		.map(({ name, value }) => `add_header ${name} "${value}" always;\n`)
		.join('');
}

/**
 * The editor's rule for `_headers`, to follow the site's one: Netlify takes a header from the last
 * rule that matches. (Cloudflare Pages joins both policies instead, and the stricter public one
 * would stop the editor: there, detach it with `! Content-Security-Policy`, as the README says.)
 */
export function netlifyEditorHeaders(connectOrigins: string[], folder: string): string {
	return netlifyRule(folder, editorOwnHeaders(connectOrigins));
}

/** A `_headers` rule: the headers of every path under `folder`. */
function netlifyRule(folder: string, headers: { name: string; value: string }[]): string {
	return `${folder}*\n${headers.map(({ name, value }) => `  ${name}: ${value}\n`).join('')}`;
}

/** The nginx variable that holds a pages-only header's value for HTML and nothing otherwise. */
const nginxVariable = (name: string) => `$new_midec_${name.toLowerCase().replaceAll('-', '_')}`;

/**
 * A pages-only header as nginx `map`s: empty for other responses, and nginx does not send an empty
 * header, so a script, style or font goes without the policy's kilobytes. A header with a value of
 * each page's own is first looked up by the path of the file served (`$uri`).
 */
function nginxPageHeaderMaps({ name, value, byPage }: SecurityHeader): string {
	const variable = nginxVariable(name);
	if (!byPage?.size)
		return `map $sent_http_content_type ${variable} {\n\tdefault "";\n\t"~^text/html" "${value}";\n}\n`;
	const pageVariable = `${variable}_of_page`;
	const pageLines = [...byPage]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([path, pageValue]) => `\t"${path}" "${pageValue}";\n`)
		.join('');
	return (
		`map $uri ${pageVariable} {\n\tdefault "${value}";\n${pageLines}}\n` +
		`map $sent_http_content_type ${variable} {\n\tdefault "";\n\t"~^text/html" ${pageVariable};\n}\n`
	);
}

/** The headers for nginx: `map`s for the http level, and the `add_header` lines for every `location`. */
export function nginxHeaders(headers: SecurityHeader[]): { httpLevel: string; location: string } {
	return {
		httpLevel:
			// Room in nginx's lookup table for the longest page path.
			(headers.some(({ byPage }) => byPage?.size) ? 'map_hash_bucket_size 128;\n' : '') +
			headers
				.filter(({ pagesOnly }) => pagesOnly)
				.map(nginxPageHeaderMaps)
				.join(''),
		location: headers
			.map(
				({ name, value, pagesOnly }) =>
					`add_header ${name} ${pagesOnly ? nginxVariable(name) : `"${value}"`} always;\n`,
			)
			.join(''),
	};
}

/**
 * The headers as a Netlify / Cloudflare Pages `_headers` file, for every path under `base`, with
 * the policy of all the site's inline code: those hosts match rules by the address asked for, so a
 * rule per page would leave a page served as not found (`404.html`) without a policy.
 */
export function netlifyHeaders(headers: SecurityHeader[], base: string): string {
	return netlifyRule(base, headers);
}
