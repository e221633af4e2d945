import { expect, it } from 'vitest';
import { withElementsReplaced, withRangesReplaced } from '../../src/lib/html-elements';

const html = '<p>a</p><i>b</i><p>c</p>';

it('replaces each range with its text and keeps the rest', () => {
	expect(
		withRangesReplaced(html, [
			{ start: 3, end: 4, text: 'A' },
			{ start: 19, end: 20, text: 'C' },
		]),
	).toBe('<p>A</p><i>b</i><p>C</p>');
	expect(withRangesReplaced(html, [])).toBe(html);
});

it('puts the replacement where the first element was and takes the others out', () => {
	expect(
		withElementsReplaced(
			html,
			[
				{ start: 0, end: 8 },
				{ start: 16, end: 24 },
			],
			'<b>ac</b>',
		),
	).toBe('<b>ac</b><i>b</i>');
});
