import { describe, expect, it } from 'vitest';
import {
	combinedStylesheet,
	findStylesheetLinks,
	hasNamelessSelector,
	selectorWords,
	styleAttributeClass,
	styleAttributeRules,
	styleAttributesOf,
	stylesheetsKey,
	withNamelessRulesKept,
	withStyleAttributesAsClasses,
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

describe('style attributes as classes', () => {
	const styled =
		'<ul style="--depth: 0;"><li><svg class="icon caret" viewBox="0 0 24 24" style="--sl-icon-size: 1em;" aria-hidden="true"></svg>' +
		'<a href="?a=1&amp;b=2" class="x&quot;y" style="color:red">a</a><p>style="kept"</p></ul>';
	const depth = styleAttributeClass('--depth: 0;');
	const icon = styleAttributeClass('--sl-icon-size: 1em;');
	const red = styleAttributeClass('color:red');

	it('finds the style attributes of a page, as the browser reads them', () => {
		expect(styleAttributesOf(styled)).toEqual(['--depth: 0;', '--sl-icon-size: 1em;', 'color:red']);
		expect(styleAttributesOf('<p style="font-family:&quot;Noto&quot;">')).toEqual([
			'font-family:"Noto"',
		]);
	});

	it('names a class by the declarations, the same on every page', () => {
		expect(styleAttributeClass('--depth: 0;')).toMatch(/^style-[0-9a-f]{8}$/);
		expect(styleAttributeClass('--depth: 0;')).toBe(depth);
		expect(styleAttributeClass('--depth: 1;')).not.toBe(depth);
	});

	it('replaces each style attribute by its class and leaves everything else as it was', () => {
		expect(withStyleAttributesAsClasses(styled)).toBe(
			`<ul class="${depth}"><li><svg class="icon caret ${icon}" viewBox="0 0 24 24" aria-hidden="true"></svg>` +
				`<a href="?a=1&amp;b=2" class="x&quot;y ${red}">a</a><p>style="kept"</p></ul>`,
		);
		expect(withStyleAttributesAsClasses('<p class="a">b</p>')).toBe('<p class="a">b</p>');
	});

	it('writes each style once, as important rules of no specificity', () => {
		expect(styleAttributeRules(['--depth: 0;', 'color:red; margin: 0 auto', '--depth: 0;'])).toBe(
			`:where(.${depth}){--depth:0!important}` +
				`:where(.${styleAttributeClass('color:red; margin: 0 auto')}){color:red!important;margin:0 auto!important}`,
		);
	});
});
