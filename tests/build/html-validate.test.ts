import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { builtHtmlFiles, distDir } from './dist';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements self-closed (<meta />); both forms are valid HTML.
		'void-style': 'off',
		// Starlight's skip link targets its page title's id "_top", valid in HTML though not a "word".
		'valid-id': ['error', { relaxed: true }],
		// Starlight's mobile menu toggle is a <button> without a type; it sits in no form.
		'no-implicit-button-type': 'off',
		// Starlight renders its table of contents twice (mobile and wide screens) under one label;
		// one of the two is hidden at any width.
		'unique-landmark': 'off',
		// Starlight's table of contents sets its depth as an inline style (--depth).
		'no-inline-style': 'off',
	},
});

test.each(builtHtmlFiles())('%s is valid HTML', async (file) => {
	const report = await validator.validateFile(join(distDir, file));
	const problems = report.results.flatMap((result) =>
		result.messages.map(
			(message) => `${message.ruleId}: ${message.message} (${message.selector ?? ''})`,
		),
	);
	expect(problems).toEqual([]);
});
