import { z } from 'astro/zod';
import type { Programme } from './programme/parse';
import { pageRecords } from './search-keywords';

export const pageTypes = ['programme', 'sector', 'theme', 'reference'] as const;
export type PageType = (typeof pageTypes)[number];

function idEnum(ids: string[], what: string, file: string) {
	return z.enum(ids as [string, ...string[]], {
		error: (issue) =>
			`"${String(issue.input)}" is not a ${what} id in content/programme/${file}. Use one of: ${ids.join(', ')}`,
	});
}

/**
 * The front matter every docs page adds to Starlight's: what kind of page it is, which sector or
 * theme it is about, and the facts (from content/programme/facts.yaml) it rests on.
 */
export function pageFrontmatter(programme: Programme) {
	return z
		.object({
			description: z.string({ error: 'add a one-sentence description of the page' }).min(1),
			pageType: z.enum(pageTypes, { error: `set pageType to one of: ${pageTypes.join(', ')}` }),
			subject: idEnum(
				[...programme.sectors, ...programme.themes].map(({ id }) => id),
				'sector or theme',
				'sectors.yaml or themes.yaml',
			).optional(),
			/** The programme record (framework.yaml, agreement.yaml) that this page is the page about. */
			about: z
				.enum(pageRecords, {
					error: `set about to one of: ${pageRecords.join(', ')}, or leave it out`,
				})
				.optional(),
			facts: z
				.array(
					idEnum(
						programme.facts.map(({ id }) => id),
						'fact',
						'facts.yaml',
					),
					{
						error: 'list the facts this page rests on, e.g. facts: [framework-signing]',
					},
				)
				.default([]),
			/** On English and Japanese pages: the fingerprint of the Indonesian version translated. */
			translatedFrom: z
				.string()
				.regex(
					/^[0-9a-f]{12}$/,
					'copy the 12-character fingerprint that `npm run translations` prints',
				)
				.optional(),
		})
		.refine(({ pageType, facts }) => pageType === 'reference' || facts.length > 0, {
			path: ['facts'],
			message:
				'cite at least one fact from content/programme/facts.yaml (only a reference page about the site itself may cite none)',
		});
}
