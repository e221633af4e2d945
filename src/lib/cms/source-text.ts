import {
	Document,
	isMap,
	isScalar,
	isSeq,
	parseDocument,
	Scalar,
	type Node,
	type YAMLMap,
	type YAMLSeq,
} from 'yaml';
import { isPartialDate } from '../dates';

/**
 * How the data files are written by hand: long texts on one line, dates in single quotes, lists
 * of ids in brackets (`facts: [a, b]`). What the editor adds is written the same way.
 */
const stringifyOptions = { lineWidth: 0, singleQuote: true, flowCollectionPadding: false } as const;

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
	if (isRecord(a) && isRecord(b)) {
		const keys = Object.keys(a);
		return keys.length === Object.keys(b).length && keys.every((key) => deepEqual(a[key], b[key]));
	}
	return false;
}

/**
 * Whether a value says something: an empty text, an empty list or `false` is what a field left
 * alone means, and a hand edit leaves such a field out.
 */
function saysSomething(value: unknown): boolean {
	return !(
		value === undefined ||
		value === null ||
		value === '' ||
		value === false ||
		(Array.isArray(value) && value.length === 0)
	);
}

function newNode(document: Document, value: unknown): Node {
	const node = document.createNode(value) as Node;
	styleNew(node);
	return node;
}

function styleNew(node: unknown): void {
	if (isSeq(node)) {
		if (node.items.every((item) => isScalar(item))) node.flow = true;
		node.items.forEach(styleNew);
	} else if (isMap(node)) {
		for (const pair of node.items) styleNew(pair.value);
	} else if (isScalar(node) && typeof node.value === 'string' && isPartialDate(node.value)) {
		node.type = Scalar.QUOTE_SINGLE;
	}
}

/** The fields of a list's entries in the order the entries write them. */
function siblingKeyOrder(items: unknown[]): string[] {
	const order: string[] = [];
	for (const item of items) {
		if (!isMap(item)) continue;
		let previous = -1;
		for (const pair of item.items) {
			const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
			let at = order.indexOf(key);
			if (at < 0) order.splice((at = previous + 1), 0, key);
			previous = at;
		}
	}
	return order;
}

/** A new entry with its fields in the order of its neighbours' (a form fills them in any order). */
function inOrder(value: unknown, order: string[]): unknown {
	if (!isRecord(value) || order.length === 0) return value;
	const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
	return Object.fromEntries(Object.entries(value).sort(([a], [b]) => rank(a) - rank(b)));
}

const entryKey = (value: unknown) =>
	isRecord(value) && typeof value.id === 'string' ? value.id : undefined;

/** The node for `value`, reusing `node` and its comments and style wherever the value is the same. */
function merge(document: Document, node: unknown, value: unknown): Node {
	if (Array.isArray(value) && isSeq(node)) {
		const byId = new Map<string, unknown>();
		for (const item of node.items) {
			const id = entryKey((item as Node).toJSON());
			if (id) byId.set(id, item);
		}
		const order = siblingKeyOrder(node.items);
		node.items = value.map((item, index) => {
			const id = entryKey(item);
			const previous = id ? byId.get(id) : byId.size ? undefined : node.items[index];
			return previous === undefined
				? newNode(document, inOrder(item, order))
				: merge(document, previous, item);
		});
		return node;
	}
	if (isRecord(value) && isMap(node)) {
		const keyOf = (pair: (typeof node.items)[number]) =>
			String(isScalar(pair.key) ? pair.key.value : pair.key);
		node.items = node.items.filter((pair) => keyOf(pair) in value);
		const keys = Object.keys(value);
		keys.forEach((key, position) => {
			const pair = node.items.find((candidate) => keyOf(candidate) === key);
			if (pair) {
				pair.value = merge(document, pair.value, value[key]);
				return;
			}
			if (!saysSomething(value[key])) return;
			// A new field goes after the field that precedes it in the form.
			const before = keys.slice(0, position).reverse();
			const after = before
				.map((previous) => node.items.findIndex((candidate) => keyOf(candidate) === previous))
				.find((index) => index >= 0);
			node.items.splice(
				after === undefined ? 0 : after + 1,
				0,
				document.createPair(key, newNode(document, value[key])) as never,
			);
		});
		return node;
	}
	if (isScalar(node) && node.value === value) return node;
	if (isScalar(node) && typeof node.value === 'string' && typeof value === 'string') {
		const changed = new Scalar(value);
		changed.type = node.type;
		return changed;
	}
	return newNode(document, value);
}

/** Drops the fields that say nothing (see `saysSomething`) from a new value, at every depth. */
function withoutEmpty(value: unknown, previous: unknown): unknown {
	if (Array.isArray(value))
		return value.map((item, index) =>
			withoutEmpty(item, Array.isArray(previous) ? previous[index] : undefined),
		);
	if (!isRecord(value)) return value;
	const before = isRecord(previous) ? previous : {};
	return Object.fromEntries(
		Object.entries(value)
			.filter(([key, field]) => key in before || saysSomething(field))
			.filter(([, field]) => field !== undefined && field !== null && field !== '')
			.map(([key, field]) => [key, withoutEmpty(field, before[key])]),
	);
}

const printWidth = 100;

/**
 * Lays out the lists of ids as Prettier (`npm run format`) does: on the key's line while the line
 * fits in 100 characters, else on the next line, else one id per line with a trailing comma.
 */
export function wrapFlowLists(text: string): string {
	return text
		.split('\n')
		.map((line) => {
			const match = /^(\s*(?:- )?)([\w-]+): \[(.*)\]$/.exec(line);
			if (!match || line.length <= printWidth) return line;
			const [, lead = '', key, list = ''] = match;
			const indent = ' '.repeat(lead.length + 2);
			if (indent.length + list.length + 2 <= printWidth)
				return `${lead}${key}:\n${indent}[${list}]`;
			const items = list.split(', ').map((item) => `${indent}  ${item},`);
			return [`${lead}${key}:`, `${indent}[`, ...items, `${indent}]`].join('\n');
		})
		.join('\n');
}

const render = (document: Document) => wrapFlowLists(document.toString(stringifyOptions));

/** A new entry of a list or a new field of a record, as a hand edit adds it. */
function newText(value: unknown): string {
	const document = new Document(value);
	styleNew(document.contents);
	return render(document);
}

/** An entry or a field whose value changed: laid out anew on its own, comments and quoting kept. */
function changedText(text: string, value: unknown): string {
	const document = parseDocument(text);
	document.contents = merge(document, document.contents, value) as typeof document.contents;
	return render(document);
}

interface Part {
	/** What identifies the part: an entry's id or position, a field's key. */
	key: unknown;
	start: number;
	end: number;
	value: unknown;
}

/**
 * A file that is a list (of entries) or a record (of fields), with parts added, changed and
 * removed. Every part that did not change keeps its exact text, and so do the comments and blank
 * lines between parts: only what the editor changed is laid out anew.
 */
function updateBlockText(source: string, node: YAMLSeq | YAMLMap, value: unknown): string {
	const lineStart = (offset: number) => source.lastIndexOf('\n', offset - 1) + 1;
	const lineEnd = (offset: number) => {
		const newline = source.indexOf('\n', offset);
		return newline < 0 ? source.length : newline + 1;
	};
	const span = (first: Node | undefined, last: Node | undefined) => ({
		start: lineStart(first?.range?.[0] ?? 0),
		end: lineEnd((last?.range?.[1] ?? 1) - 1),
	});
	const isList = isSeq(node);
	const parts: Part[] = isList
		? node.items.map((item, index) => {
				const value = (item as Node).toJSON();
				return { key: entryKey(value) ?? index, value, ...span(item as Node, item as Node) };
			})
		: node.items.map((pair) => ({
				key: isScalar(pair.key) ? pair.key.value : pair.key,
				value: (pair.value as Node | null)?.toJSON() ?? null,
				...span(pair.key as Node, (pair.value ?? pair.key) as Node),
			}));
	const wanted: [unknown, unknown][] = isList
		? (value as unknown[]).map((item, index) => [entryKey(item) ?? index, item])
		: Object.entries(value as Record<string, unknown>);
	const order = isList ? siblingKeyOrder(node.items) : [];
	const part = (index: number) =>
		parts[index] ?? { key: undefined, start: 0, end: 0, value: undefined };
	const partText = (index: number) => source.slice(part(index).start, part(index).end);
	const gapBefore = (index: number) =>
		source.slice(index ? part(index - 1).end : 0, part(index).start);
	const matches = wanted.map(([key]) => {
		const index = parts.findIndex((part) => part.key === key);
		return index < 0 ? undefined : index;
	});
	const kept = new Set(matches);
	const asFile = (key: unknown, item: unknown) =>
		isList ? [inOrder(item, order)] : { [String(key)]: item };
	let text = '';
	let flushed = 0;
	wanted.forEach(([key, item], position) => {
		const index = matches[position];
		if (index === undefined || index < flushed) {
			// In the place of removed parts, under their comments.
			for (; flushed < parts.length && !kept.has(flushed); flushed++) text += gapBefore(flushed);
			text += newText(asFile(key, item));
			return;
		}
		// The comments above removed parts stay where they were.
		for (; flushed <= index; flushed++) text += gapBefore(flushed);
		text += deepEqual(part(index).value, item)
			? partText(index)
			: changedText(partText(index), asFile(key, item));
	});
	for (; flushed < parts.length; flushed++) text += gapBefore(flushed);
	return text + source.slice(parts.at(-1)?.end ?? 0);
}

/**
 * Writes `value` into the YAML text `source` as a careful hand edit would: what did not change
 * keeps its comments, order, quoting and line, and an unchanged value gives back `source`
 * byte for byte.
 */
export function updateYaml(source: string, value: unknown): string {
	const document = parseDocument(source);
	const previous = document.toJS() as Plain;
	const cleaned = withoutEmpty(value, previous);
	if (deepEqual(previous, cleaned)) return source;
	const { contents } = document;
	if (isSeq(contents) && !contents.flow && Array.isArray(cleaned))
		return updateBlockText(source, contents, cleaned);
	if (isMap(contents) && !contents.flow && isRecord(cleaned))
		return updateBlockText(source, contents, cleaned);
	document.contents = merge(document, document.contents, cleaned) as typeof document.contents;
	return render(document);
}

const frontMatterPattern = /^(---\r?\n)([\s\S]*?\r?\n)?(---\r?\n?)/;

export interface PageSource {
	frontMatter: Record<string, unknown>;
	body: string;
}

/** The front matter and the body of an MDX page, the body exactly as written. */
export function splitPage(source: string): PageSource {
	const match = frontMatterPattern.exec(source);
	if (!match) return { frontMatter: {}, body: source };
	const frontMatter: unknown = parseDocument(match[2] ?? '').toJS();
	return {
		frontMatter: isRecord(frontMatter) ? frontMatter : {},
		body: source.slice(match[0].length),
	};
}

/** The page `source` with its front matter and body replaced, each kept as is where unchanged. */
export function updatePage(source: string, page: PageSource): string {
	const match = frontMatterPattern.exec(source);
	const [opening, yamlText, closing] = match
		? [match[1], match[2] ?? '', match[3]]
		: ['---\n', '', '---\n'];
	return `${opening}${updateYaml(yamlText, page.frontMatter)}${closing}${page.body}`;
}
