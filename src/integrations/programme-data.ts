import { readdirSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';

/**
 * Restarts the dev server when a programme data file changes. The data itself is loaded and
 * validated by src/programme.ts when the config imports it, so a mistake stops every command.
 */
export function programmeData(dataDir: string): AstroIntegration {
	return {
		name: 'new-midec:programme-data',
		hooks: {
			'astro:config:setup': ({ addWatchFile }) => {
				for (const file of readdirSync(dataDir)) addWatchFile(join(dataDir, file));
			},
		},
	};
}
