import type { AstroIntegration } from 'astro';
import { translationProblems } from '../lib/content-files';

/** Stops the build when a page is missing in a language, listing each file to write or delete. */
export function completeTranslations(): AstroIntegration {
	return {
		name: 'new-midec:translations',
		hooks: {
			'astro:config:setup': () => {
				const problems = translationProblems();
				if (problems.length === 0) return;
				throw new Error(
					`Every page must exist in every language. Fix these and build again:\n- ${problems.join('\n- ')}`,
				);
			},
		},
	};
}
