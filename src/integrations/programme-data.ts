import { readdirSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { join, relative } from 'node:path';
import { describeProblem, unusedEntries } from '../lib/programme/parse';
import { programme } from '../programme';

/**
 * Restarts the dev server when a programme data file changes, and warns of entries that state
 * nothing (a source no fact cites). The data itself is loaded and validated by src/programme.ts
 * when the config imports it, so a mistake stops every command.
 */
export function programmeData(dataDir: string): AstroIntegration {
	return {
		name: 'new-midec:programme-data',
		hooks: {
			'astro:config:setup': ({ addWatchFile, logger }) => {
				for (const file of readdirSync(dataDir)) addWatchFile(join(dataDir, file));
				for (const problem of unusedEntries(programme))
					logger.warn(describeProblem(problem, relative(process.cwd(), dataDir)));
			},
		},
	};
}
