import { describe, expect, it } from 'vitest';
import {
	combinedStylesheet,
	findStylesheetLinks,
	hasNamelessSelector,
	selectorWords,
	stylesheetsKey,
	withNamelessRulesKept,
} from '../../src/lib/page-styles';

const page =
	'<head><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/print.css" media="print">' +
	'<link rel="preload stylesheet" href="/_astro/style.css"/><style>p{}</style></head><body></body>';

describe('stylesheets of a page', () => {
	it('finds stylesheet links only, in document order, with their address and media', () => {
		const links = findStylesheetLinks(page);
		expect(links.map(({ href, media }) => ({ href, media }))).toEqual([
			{ href: '/_astro/print.css', media: 'print' },
			{ href: '/_astro/style.css', media: undefined },
		]);
		expect(page.slice(links[1].start, links[1].end)).toBe(
			'<link rel="preload stylesheet" href="/_astro/style.css"/>',
		);
	});

	it('gives pages with the same stylesheets the same key, and other pages another', () => {
		expect(stylesheetsKey(findStylesheetLinks(page))).toBe(
			stylesheetsKey(findStylesheetLinks(`<p>x</p>${page}`)),
		);
		expect(stylesheetsKey(findStylesheetLinks(page.replace('print"', 'screen"')))).not.toBe(
			stylesheetsKey(findStylesheetLinks(page)),
		);
	});

	it('combines stylesheets in order, each under its own media', () => {
		expect(
			combinedStylesheet([
				{ css: 'a{color:red}', media: 'print' },
				{ css: 'b{color:blue}' },
				{ css: 'i{color:green}', media: 'all' },
			]),
		).toBe('@media print{a{color:red}}\nb{color:blue}\ni{color:green}');
		expect(combinedStylesheet([{ css: '@media print{a{color:red}}', media: 'print' }])).toBe(
			'@media print{a{color:red}}',
		);
	});

	it('takes from pages and scripts the words that may name a selector', () => {
		expect(
			selectorWords(
				'<p class="md:sl-block card" data-theme="light">溶接</p> el.classList.add("x_y")',
			),
		).toEqual([
			'p',
			'class',
			'md:sl-block',
			'card',
			'data-theme',
			'light',
			'p',
			'el',
			'classList',
			'add',
			'x_y',
		]);
	});
});

describe('rules that PurgeCSS would drop as matching nothing', () => {
	it('finds selectors made of pseudo-classes alone, at the top or inside :is() and :where()', () => {
		expect(hasNamelessSelector(':lang(ja)')).toBe(true);
		expect(hasNamelessSelector(':not(:lang(zh), :lang(ja))')).toBe(true);
		expect(hasNamelessSelector('h1, :lang(ja) :is(h2, .toc a)')).toBe(true);
		expect(hasNamelessSelector('.content :where(:last-child:not(br))')).toBe(true);
		expect(hasNamelessSelector('* + :not(br)')).toBe(true);
		expect(hasNamelessSelector('.card:not(.is-terminal) .title')).toBe(false);
		expect(hasNamelessSelector('a:not(:lang(ja))')).toBe(false);
		expect(hasNamelessSelector('[dir=rtl] .caret')).toBe(false);
	});

	it('marks only those rules for PurgeCSS to keep', () => {
		expect(withNamelessRulesKept(':lang(ja){line-break:strict}.card .title{color:red}')).toBe(
			':lang(ja){/* purgecss ignore current */line-break:strict}.card .title{color:red}',
		);
	});
});
