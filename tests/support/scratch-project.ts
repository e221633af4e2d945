/**
 * A throw-away copy of the project, for builds that change the content (bad-input fixtures,
 * synthetic pages for the scale benchmark) without touching the real content/ folder. The copy
 * sits in the project's git-ignored .scratch/ folder so that it finds the project's node_modules
 * by the usual upward lookup: a symlinked node_modules makes Vite see two paths for each module.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localSiteUrl } from '../../src/site-config';
import { trackProcessTree, type TreeUsage } from './process-tree-usage';

const projectRoot = resolve(import.meta.dirname, '../..');
const projectParts = [
	'astro.config.mjs',
	'content.config.ts',
	'tsconfig.json',
	'package.json',
	'content',
	'public',
	'src',
];

export interface ScratchProject {
	root: string;
	remove(): void;
}

/** An empty throw-away folder for a project, named `<prefix><random>`. */
export function createScratchFolder(prefix: string): ScratchProject {
	const scratchFolder = join(projectRoot, '.scratch');
	mkdirSync(scratchFolder, { recursive: true });
	const root = mkdtempSync(join(scratchFolder, prefix));
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export function createScratchProject(): ScratchProject {
	const project = createScratchFolder('project-');
	for (const part of projectParts) {
		cpSync(join(projectRoot, part), join(project.root, part), { recursive: true });
	}
	return project;
}

export interface BuildResult extends TreeUsage {
	exitCode: number;
	output: string;
	/** Wall-clock seconds from start to exit. */
	seconds: number;
}

/**
 * Runs `npm run build` (Astro, then the search index) in a scratch project with the project's
 * pinned Node, collecting its output, its duration, and the peak memory and CPU time of it and its
 * child processes.
 */
export function buildScratchProject(
	project: ScratchProject,
	environment: NodeJS.ProcessEnv = {},
): Promise<BuildResult> {
	return new Promise((resolveBuild, rejectBuild) => {
		const build = spawn('npm', ['run', '--silent', 'build'], {
			cwd: project.root,
			env: {
				// A scratch build is a local one: it may use the local address a release build may not.
				SITE_URL: localSiteUrl,
				...process.env,
				...environment,
				PATH: `${join(projectRoot, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const start = performance.now();
		const usage = build.pid === undefined ? undefined : trackProcessTree(build.pid);
		let output = '';
		build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		build.on('error', (error) => {
			usage?.stop();
			rejectBuild(error);
		});
		build.on('exit', (code) =>
			resolveBuild({
				exitCode: code ?? 1,
				output,
				seconds: (performance.now() - start) / 1000,
				...(usage?.stop() ?? { peakMemoryBytes: 0, cpuSeconds: 0 }),
			}),
		);
	});
}
