import { Parser } from 'htmlparser2';

/** A `<script type="module">` of a page: its place in the HTML, and its address or its code. */
export interface ModuleScript {
	start: number;
	end: number;
	src?: string;
	code?: string;
}

/** The module scripts of a page, in document order. */
export function findModuleScripts(html: string): ModuleScript[] {
	const scripts: ModuleScript[] = [];
	let open: ModuleScript | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (name !== 'script' || attributes.type?.trim().toLowerCase() !== 'module') return;
				open =
					attributes.src === undefined
						? { start: parser.startIndex, end: 0, code: '' }
						: { start: parser.startIndex, end: 0, src: attributes.src };
			},
			ontext(text) {
				if (open?.code !== undefined) open.code += text;
			},
			onclosetag(name) {
				if (open && name === 'script') {
					open.end = parser.endIndex + 1;
					scripts.push(open);
					open = undefined;
				}
			},
		},
		// Script text is raw text: htmlparser2 passes it as it is.
		{ decodeEntities: true },
	);
	parser.end(html);
	return scripts;
}

/** What identifies a page's set of module scripts: pages with the same key share one bundle. */
export function moduleScriptsKey(scripts: ModuleScript[]): string {
	return JSON.stringify(scripts.map(({ src, code }) => (src === undefined ? { code } : { src })));
}

/**
 * The page with its module scripts replaced by one that loads `bundleSrc`, where the first of them
 * was. Module scripts all run after the page is parsed, in their order, so one script that runs
 * their code in that order does what they did.
 */
export function withBundledModuleScripts(
	html: string,
	scripts: ModuleScript[],
	bundleSrc: string,
): string {
	let result = '';
	let from = 0;
	scripts.forEach((script, index) => {
		result += html.slice(from, script.start);
		if (index === 0) result += `<script type="module" src="${bundleSrc}"></script>`;
		from = script.end;
	});
	return result + html.slice(from);
}
