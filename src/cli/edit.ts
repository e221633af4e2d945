/**
 * `npm run edit`: the editor on this working copy. Starts the CMS's local server (decap-server),
 * which writes the files under content/ as uncommitted changes, and the site's dev server, which
 * serves the editor at /admin/ and shows each change live. Commit the changes with git when done.
 * Ports: the site on `EDIT_PORT` (4321), the CMS's server on `CMS_LOCAL_PORT` (8081).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defaultLocalPort } from '../lib/cms/backend';
import { editorFolder } from '../lib/cms/names';

const root = process.cwd();
const sitePort = Number(process.env.EDIT_PORT || 4321);
const backendPort = Number(process.env.CMS_LOCAL_PORT || defaultLocalPort);
const resolve = createRequire(import.meta.url).resolve;
const decapServer = resolve('decap-server');
const astro = join(dirname(resolve('astro/package.json')), 'bin/astro.mjs');

const children: ChildProcess[] = [
	spawn(process.execPath, [decapServer], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(backendPort),
			BIND_HOST: '127.0.0.1',
			GIT_REPO_DIRECTORY: root,
			MODE: 'fs',
			LOG_LEVEL: 'warn',
		},
		stdio: ['ignore', 'inherit', 'inherit'],
	}),
	spawn(process.execPath, [astro, 'dev', '--port', String(sitePort), '--host', '127.0.0.1'], {
		cwd: root,
		env: { ...process.env, CMS_LOCAL_PORT: String(backendPort) },
		stdio: ['ignore', 'pipe', 'inherit'],
	}),
];
const [, site] = children;

let announced = false;
site?.stdout?.on('data', (chunk: Buffer) => {
	process.stdout.write(chunk);
	if (announced || !chunk.toString().includes(`:${sitePort}`)) return;
	announced = true;
	console.log(
		`\nEditor: http://localhost:${sitePort}/${editorFolder}/ (saving writes the files under content/; commit them with git)\n`,
	);
});

const stop = () => children.forEach((child) => child.kill());
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
for (const child of children)
	child.on('exit', (code) => {
		stop();
		process.exitCode = code ?? 0;
	});
