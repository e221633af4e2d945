/**
 * The editor at /admin/ on a scratch project, as `npm run edit` runs it: the CMS's local server
 * (decap-server) writing the project's files, and the editor's own files served from one port.
 * The editor's files are those the build writes (src/integrations/editor.ts), so the tests drive
 * what is deployed, without waiting for a dev server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { cmsBackend } from '../../src/lib/cms/backend';
import { editorFolder } from '../../src/lib/cms/names';
import { contentTypeOf, editorFiles } from '../../src/integrations/editor';
import { createScratchProject, type ScratchProject } from './scratch-project';

const projectRoot = resolve(import.meta.dirname, '../..');

/** The port of the editor's page; the CMS's local server takes the next one. */
export const editorTestPort = Number(process.env.EDITOR_TEST_PORT ?? 4660);

export function git(project: ScratchProject, ...args: string[]): string {
	const run = spawnSync('git', args, { cwd: project.root, encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
	return run.stdout;
}

/** A scratch copy of the project in a git repository of its own, everything committed. */
export function createScratchRepository(): ScratchProject {
	const project = createScratchProject();
	git(project, 'init', '--quiet', '--initial-branch=main');
	git(project, 'add', '.');
	git(
		project,
		'-c',
		'user.name=Test',
		'-c',
		'user.email=test@example.org',
		'commit',
		'--quiet',
		'--no-verify',
		'-m',
		'Scratch copy',
	);
	return project;
}

export interface EditorServer {
	/** The editor's address, e.g. http://127.0.0.1:4660/admin/. */
	url: string;
	stop(): Promise<void>;
}

export async function startEditor(
	project: ScratchProject,
	port = editorTestPort,
): Promise<EditorServer> {
	const backendPort = port + 1;
	const backend = spawn(
		process.execPath,
		[join(projectRoot, 'node_modules/decap-server/dist/index.js')],
		{
			cwd: project.root,
			env: {
				...process.env,
				PORT: String(backendPort),
				BIND_HOST: '127.0.0.1',
				GIT_REPO_DIRECTORY: project.root,
				MODE: 'fs',
				LOG_LEVEL: 'warn',
			},
			stdio: ['ignore', 'ignore', 'inherit'],
		},
	);
	const files = await editorFiles(cmsBackend({ CMS_LOCAL_PORT: String(backendPort) }));
	const prefix = `/${editorFolder}/`;
	const site = createServer((request, response) => {
		const path = (request.url ?? '/').split('?')[0] ?? '/';
		const name = path.startsWith(prefix) ? path.slice(prefix.length) || 'index.html' : '';
		const body = files.get(name);
		if (body === undefined) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'Content-Type': contentTypeOf(name) }).end(body);
	});
	await new Promise<void>((resolveListen) => site.listen(port, '127.0.0.1', resolveListen));
	for (let attempt = 0; ; attempt++) {
		try {
			await fetch(`http://127.0.0.1:${backendPort}/api/v1`, { method: 'POST' });
			break;
		} catch {
			if (attempt > 100) throw new Error(`decap-server did not start on port ${backendPort}`);
			await new Promise((wait) => setTimeout(wait, 100));
		}
	}
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		stop: async () => {
			backend.kill();
			await new Promise((closed) => site.close(closed));
		},
	};
}
