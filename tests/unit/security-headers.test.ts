import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
	collectInlineCode,
	contentSecurityPolicy,
	emptyInlineCode,
	hashSource,
	netlifyHeaders,
	nginxHeaders,
	securityHeaders,
	type SecurityHeader,
} from '../../src/lib/security-headers';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('collectInlineCode', () => {
	test('hashes inline scripts exactly as written, entities and all', () => {
		const code = collectInlineCode(
			'<script>if (a &amp;&amp; b < c) run();</script><script type="module">go()</script>',
			emptyInlineCode(),
		);
		expect([...code.scripts].sort()).toEqual(
			[sha256('if (a &amp;&amp; b < c) run();'), sha256('go()')].sort(),
		);
	});

	test('leaves out scripts with a src and scripts that are data', () => {
		const code = collectInlineCode(
			'<script src="/a.js"></script><script type="application/ld+json">{"a":1}</script>',
			emptyInlineCode(),
		);
		expect(code.scripts.size).toBe(0);
	});

	test('hashes speculation rules, which script-src governs too', () => {
		const rules = '{"prerender":[{"where":{"href_matches":"/*/"}}]}';
		const code = collectInlineCode(
			`<script type="speculationrules">${rules}</script>`,
			emptyInlineCode(),
		);
		expect([...code.scripts]).toEqual([sha256(rules)]);
	});

	test('hashes style elements, and style attributes as the browser reads them', () => {
		const code = collectInlineCode(
			'<style>p{color:red}</style><p style="font-family:&quot;Noto&quot;">x</p>',
			emptyInlineCode(),
		);
		expect([...code.styleElements]).toEqual([sha256('p{color:red}')]);
		expect([...code.styleAttributes]).toEqual([sha256('font-family:"Noto"')]);
	});

	test('gathers each piece of code once across pages', () => {
		const code = emptyInlineCode();
		collectInlineCode('<script>a()</script>', code);
		collectInlineCode('<script>a()</script><script>b()</script>', code);
		expect(code.scripts.size).toBe(2);
	});
});

describe('contentSecurityPolicy', () => {
	const inline = collectInlineCode(
		'<script>a()</script><style>p{}</style><i style="--depth: 0;"></i>',
		emptyInlineCode(),
	);
	const policy = contentSecurityPolicy(inline);
	const directive = (name: string) =>
		policy
			.split('; ')
			.find((part) => part.startsWith(`${name} `))
			?.slice(name.length + 1);

	test('allows scripts from the site and by hash only', () => {
		expect(directive('script-src')).toBe(`'self' 'wasm-unsafe-eval' ${hashSource('a()')}`);
		expect(policy).not.toContain('unsafe-inline');
	});

	test('allows styles by hash, attributes included', () => {
		expect(directive('style-src')).toBe(
			`'self' 'unsafe-hashes' ${hashSource('p{}')} ${hashSource('--depth: 0;')}`,
		);
	});

	test("grants 'unsafe-hashes' only to pages that have style attributes", () => {
		const withoutAttributes = contentSecurityPolicy(
			collectInlineCode('<style>p{}</style><i class="x"></i>', emptyInlineCode()),
		);
		expect(withoutAttributes).toContain(`style-src 'self' ${hashSource('p{}')};`);
		expect(withoutAttributes).not.toContain('unsafe-hashes');
	});

	test('denies everything else by default, framing included', () => {
		expect(directive('default-src')).toBe("'none'");
		expect(directive('frame-ancestors')).toBe("'none'");
		expect(directive('object-src')).toBe("'none'");
	});
});

test('writes the headers for nginx, pages-only ones for HTML only, and for _headers hosts', () => {
	const headers: SecurityHeader[] = [
		{ name: 'Content-Security-Policy', value: "default-src 'none'", pagesOnly: true },
		{ name: 'X-Content-Type-Options', value: 'nosniff', pagesOnly: false },
	];
	const nginx = nginxHeaders(headers);
	expect(nginx.httpLevel).toBe(
		`map $sent_http_content_type $new_midec_content_security_policy {\n\tdefault "";\n\t"~^text/html" "default-src 'none'";\n}\n`,
	);
	expect(nginx.location).toBe(
		'add_header Content-Security-Policy $new_midec_content_security_policy always;\n' +
			'add_header X-Content-Type-Options "nosniff" always;\n',
	);
	expect(netlifyHeaders(headers, '/new-midec/')).toBe(
		"/new-midec/*\n  Content-Security-Policy: default-src 'none'\n  X-Content-Type-Options: nosniff\n",
	);
});

test("gives each page its own policy in nginx, by the file it serves, and others the site's", () => {
	const site = collectInlineCode('<script>a()</script><script>b()</script>', emptyInlineCode());
	const page = collectInlineCode('<script>a()</script>', emptyInlineCode());
	const [policy] = securityHeaders(site, new Map([['/sectors/index.html', page]]));
	const { httpLevel } = nginxHeaders(policy ? [policy] : []);
	expect(httpLevel).toBe(
		'map_hash_bucket_size 128;\n' +
			'map $uri $new_midec_content_security_policy_of_page {\n' +
			`\tdefault "${contentSecurityPolicy(site)}";\n` +
			`\t"/sectors/index.html" "${contentSecurityPolicy(page)}";\n` +
			'}\n' +
			'map $sent_http_content_type $new_midec_content_security_policy {\n' +
			'\tdefault "";\n' +
			'\t"~^text/html" $new_midec_content_security_policy_of_page;\n' +
			'}\n',
	);
	expect(contentSecurityPolicy(page)).not.toContain(hashSource('b()'));
});
