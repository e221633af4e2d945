import type { AstroIntegration } from 'astro';
import { releaseSettingsProblem, siteContact, sitePublisher, siteUrl } from '../site-config';

/** Stops `astro build` before any work when a setting that a release needs is missing. */
export function releaseSettings(): AstroIntegration {
	return {
		name: 'new-midec:release-settings',
		hooks: {
			'astro:config:setup': ({ command }) => {
				const problem = releaseSettingsProblem(command, {
					url: siteUrl,
					publisher: sitePublisher,
					contact: siteContact,
				});
				if (problem) throw new Error(problem);
			},
		},
	};
}
