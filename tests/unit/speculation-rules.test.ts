import { expect, test } from 'vitest';
import { speculationRules } from '../../src/lib/speculation-rules';

test('prerenders the pages under the base path on moderate eagerness, never admin/ or downloads', () => {
	expect(speculationRules('/new-midec/')).toEqual({
		prerender: [
			{
				where: {
					and: [
						{ href_matches: ['/new-midec/', '/new-midec/*/'] },
						{ not: { href_matches: '/new-midec/admin/*' } },
						{ not: { selector_matches: '[download]' } },
					],
				},
				eagerness: 'moderate',
			},
		],
	});
});

test('a base path without its final slash gives the same rules', () => {
	expect(speculationRules('/new-midec')).toEqual(speculationRules('/new-midec/'));
});
