import { Parser } from 'htmlparser2';
import type { HtmlRange } from './html-elements';

/**
 * A `<script>` of a page: its place in the HTML, its `type` (lower case, trimmed), and its address
 * or its code, with the place of that code.
 */
export interface PageScript extends HtmlRange {
	type: string;
	src?: string;
	code?: string;
	codeRange?: HtmlRange;
}

/** The scripts of a page, in document order. */
export function findScripts(html: string): PageScript[] {
	const scripts: PageScript[] = [];
	let open: PageScript | undefined;
	const parser = new Parser({
		onopentag(name, attributes) {
			if (name !== 'script') return;
			const type = (attributes.type ?? '').trim().toLowerCase();
			open = { start: parser.startIndex, end: parser.endIndex + 1, type, src: attributes.src };
		},
		onclosetag(name) {
			if (!open || name !== 'script') return;
			// Script text is raw text: the code is what stands between the tags, as it is.
			if (open.src === undefined) {
				const codeRange = { start: open.end, end: parser.startIndex };
				open.codeRange = codeRange;
				open.code = html.slice(codeRange.start, codeRange.end);
			}
			open.end = parser.endIndex + 1;
			scripts.push(open);
			open = undefined;
		},
	});
	parser.end(html);
	return scripts;
}

/** The module scripts of a page, in document order. */
export const findModuleScripts = (html: string): PageScript[] =>
	findScripts(html).filter(({ type }) => type === 'module');

/** The `type`s of a classic script: none, or JavaScript's. */
export const classicScriptTypes = new Set(['', 'text/javascript', 'application/javascript']);

/** The classic scripts written in the page, which run where they stand, in document order. */
export const findInlineClassicScripts = (html: string) =>
	findScripts(html).filter(
		(script): script is PageScript & { code: string; codeRange: HtmlRange } =>
			script.code !== undefined && classicScriptTypes.has(script.type),
	);

/** What identifies a page's set of module scripts: pages with the same key share one bundle. */
export function moduleScriptsKey(scripts: PageScript[]): string {
	return JSON.stringify(scripts.map(({ src, code }) => (src === undefined ? { code } : { src })));
}
