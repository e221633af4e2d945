import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { type HtmlRange, withRangesReplaced } from './html-elements';

/** A `<link rel="stylesheet">` of a page: its place in the HTML, its address and its media. */
export interface StylesheetLink extends HtmlRange {
	href: string;
	media?: string;
}

/** The stylesheet links of a page, in document order. */
export function findStylesheetLinks(html: string): StylesheetLink[] {
	const links: StylesheetLink[] = [];
	const parser = new Parser({
		onopentag(name, { rel, href, media }) {
			if (name !== 'link' || href === undefined) return;
			if (!rel?.toLowerCase().split(/\s+/).includes('stylesheet')) return;
			links.push({ start: parser.startIndex, end: parser.endIndex + 1, href, media });
		},
	});
	parser.end(html);
	return links;
}

/** What identifies a page's set of stylesheets: pages with the same key share one file. */
export function stylesheetsKey(links: StylesheetLink[]): string {
	return JSON.stringify(links.map(({ href, media }) => ({ href, media })));
}

/**
 * The stylesheets as one, in their order, each under its `media` query when it has one, so that
 * one file loaded for all media applies each rule where its own file applied.
 */
export function combinedStylesheet(sheets: { css: string; media?: string }[]): string {
	return sheets.map(({ css, media }) => underMedia(css, media?.trim())).join('\n');
}

/** The stylesheet under `media`, unless it is for all media or already all under that query. */
function underMedia(css: string, media: string | undefined): string {
	if (!media || media === 'all') return css;
	const { nodes } = postcss.parse(css);
	const [only] = nodes;
	const alreadyUnder =
		nodes.length === 1 && only.type === 'atrule' && only.name === 'media' && only.params === media;
	return alreadyUnder ? css : `@media ${media}{${css}}`;
}

/**
 * The words of a page or script that may name a class, id, element or attribute: runs of letters,
 * digits, `_`, `-` and `:` (for class names such as `md:sl-block`).
 */
export const selectorWords = (text: string) => text.match(/[\w:-]+/g) ?? [];

const nameless = new Set(['pseudo', 'universal', 'combinator', 'nesting']);

/**
 * Whether a selector, or one inside its `:is()` or `:where()`, is made of pseudo-classes alone,
 * such as `:lang(ja)`, `:not(:lang(zh))` or `:last-child:not(br)`: it names no class, id,
 * element or attribute for a page to spell out, and may match on any page.
 */
export function hasNamelessSelector(selectorList: string): boolean {
	let found = false;
	selectorParser((selectors) => {
		selectors.walk((node) => {
			if (node.type !== 'selector') return;
			const parent = node.parent;
			const top = parent?.type === 'root';
			const inMatches = parent?.type === 'pseudo' && [':is', ':where'].includes(parent.value);
			if ((top || inMatches) && node.nodes.every(({ type }) => nameless.has(type))) found = true;
		});
	}).processSync(selectorList);
	return found;
}

/**
 * The stylesheet with PurgeCSS's "ignore current" comment in each rule that has a nameless
 * selector: PurgeCSS would drop those as if they matched nothing.
 */
export function withNamelessRulesKept(css: string): string {
	const root = postcss.parse(css);
	root.walkRules((rule) => {
		if (hasNamelessSelector(rule.selector))
			rule.prepend(postcss.comment({ text: 'purgecss ignore current' }));
	});
	return root.toString();
}

/** A start tag's `style` attribute, and its `class` attribute when it has one. */
interface StyledTag {
	style: HtmlRange & { value: string };
	classAttribute?: HtmlRange & { value: string };
}

function findStyledTags(html: string): StyledTag[] {
	const tags: StyledTag[] = [];
	let current: Partial<StyledTag> = {};
	const parser = new Parser({
		onattribute(name, value) {
			const range = { start: parser.startIndex, end: parser.endIndex, value };
			if (name === 'style') current.style = range;
			else if (name === 'class') current.classAttribute = range;
		},
		onopentag() {
			if (current.style) tags.push(current as StyledTag);
			current = {};
		},
	});
	parser.end(html);
	return tags;
}

/** The value of every `style` attribute of a page, in document order. */
export const styleAttributesOf = (html: string) =>
	findStyledTags(html).map(({ style }) => style.value);

/** The class that stands for a `style` attribute: named by a hash of its declarations. */
export const styleAttributeClass = (style: string) =>
	`style-${createHash('sha256').update(style).digest('hex').slice(0, 8)}`;

/**
 * A rule for each `style` attribute that gives its class the same declarations at the same rank,
 * to go first in the stylesheet. An inline declaration wins over every rule of the stylesheet
 * and loses to every `!important` one; so does an `!important` declaration that is in no layer,
 * has no specificity (`:where()`) and comes before all others.
 */
export function styleAttributeRules(styles: Iterable<string>): string {
	return [...new Set(styles)]
		.map((style) => {
			const declarations: string[] = [];
			postcss.parse(`x{${style}}`).walkDecls(({ prop, value }) => {
				declarations.push(`${prop}:${value.trim()}!important`);
			});
			return `:where(.${styleAttributeClass(style)}){${declarations.join(';')}}`;
		})
		.join('');
}

const quoted = (value: string) => `"${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;

/**
 * The page with each `style` attribute taken out and its class (`styleAttributeClass`) added to
 * the element's classes, so that no inline style needs allowing in the Content-Security-Policy.
 */
export function withStyleAttributesAsClasses(html: string): string {
	const edits = findStyledTags(html).flatMap(({ style, classAttribute }) => {
		const name = styleAttributeClass(style.value);
		if (!classAttribute) return [{ ...style, text: `class=${quoted(name)}` }];
		const classes = `class=${quoted(`${classAttribute.value} ${name}`.trim())}`;
		const styleWithSpaceBefore = { start: style.start, end: style.end };
		while (/\s/.test(html[styleWithSpaceBefore.start - 1])) styleWithSpaceBefore.start--;
		return [
			{ ...classAttribute, text: classes },
			{ ...styleWithSpaceBefore, text: '' },
		].sort((a, b) => a.start - b.start);
	});
	return withRangesReplaced(html, edits);
}
