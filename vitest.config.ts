import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Checks the Markdown and data sources themselves, e.g. that translations are in step.
			{ test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
			// Builds copies of the project with one mistake each; slow, so not part of `unit`.
			{
				test: {
					name: 'bad-input',
					include: ['tests/bad-input/**/*.test.ts'],
					testTimeout: 180_000,
				},
			},
			// Rebuilds one copy of the project: what a build redoes when little or nothing changed.
			{
				test: { name: 'rebuild', include: ['tests/rebuild/**/*.test.ts'], testTimeout: 300_000 },
			},
			// Reads the already-built dist/; `npm test` builds before running this project.
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
			// Reads dist-subpath/, the same site built to be served under /new-midec/.
			{ test: { name: 'subpath', include: ['tests/subpath/**/*.test.ts'] } },
		],
	},
});
