/**
 * Serves a built folder with deploy/nginx.conf on a loopback port, in the foreground, as a web
 * server of the browser tests: `tsx tests/support/serve-nginx.ts <dist> <port> [<base path>]`.
 * With a base path (`/new-midec/`), the folder is served under it, as a host that serves the site
 * from a sub-folder does.
 */
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildWrittenIncludes, spawnNginx } from './nginx';

const [dist = 'dist', port = '4322', base] = process.argv.slice(2);

function underBase(folder: string, basePath: string): string {
	const root = mkdtempSync(join(tmpdir(), 'new-midec-base-'));
	const mounted = join(root, basePath);
	mkdirSync(dirname(mounted.replace(/\/$/, '')), { recursive: true });
	symlinkSync(resolve(folder), mounted.replace(/\/$/, ''));
	// The server config the build writes is read from the served folder's top.
	for (const file of buildWrittenIncludes()) symlinkSync(resolve(folder, file), join(root, file));
	return root;
}

const nginx = spawnNginx(base ? underBase(dist, base) : dist, Number(port), 'inherit').server;
const stop = () => nginx.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code) => process.exit(code ?? 0));
