/** A stretch of a page's HTML: from `start` to just before `end`. */
export interface HtmlRange {
	start: number;
	end: number;
}

/**
 * The page with each of `ranges` replaced by its `text`; the ranges are in document order and do
 * not overlap, and everything else is kept as it is.
 */
export function withRangesReplaced(html: string, ranges: (HtmlRange & { text: string })[]): string {
	let result = '';
	let from = 0;
	for (const { start, end, text } of ranges) {
		result += html.slice(from, start) + text;
		from = end;
	}
	return result + html.slice(from);
}

/**
 * The page with `replacement` where the first of `elements` was and the others taken out, in
 * document order.
 */
export function withElementsReplaced(
	html: string,
	elements: HtmlRange[],
	replacement: string,
): string {
	return withRangesReplaced(
		html,
		elements.map((element, index) => ({ ...element, text: index === 0 ? replacement : '' })),
	);
}
