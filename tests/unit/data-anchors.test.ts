import { expect, test } from 'vitest';
import { dataAnchorsByPage, isDataAnchorLink } from '../../src/lib/data-anchors';
import { programme } from '../../src/programme';

const anchors = dataAnchorsByPage(programme);

test('a link to an entry of the data on the page that lists it passes, in any locale', () => {
	expect(isDataAnchorLink('/glossary/#midc', anchors)).toBe(true);
	expect(isDataAnchorLink('/ja/timeline/#event-framework-signed', anchors)).toBe(true);
	expect(isDataAnchorLink('/new-midec/en/sources/#source-jpnn-2019', anchors, '/new-midec/')).toBe(
		true,
	);
});

test('a misspelt entry, another page or a link without anchor is left to the link checker', () => {
	expect(isDataAnchorLink('/glossary/#midcc', anchors)).toBe(false);
	expect(isDataAnchorLink('/status/#midc', anchors)).toBe(false);
	expect(isDataAnchorLink('/glossary/', anchors)).toBe(false);
	expect(isDataAnchorLink('glossary/#midc', anchors)).toBe(false);
});
