import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { findNginx, missingToolsMessage } from './tools';
import { waitForOrigin } from './wait-for-origin';

const deployedConfig = join(import.meta.dirname, '../../deploy/nginx.conf');

/** A path that is no page: nginx answers it with the site's 404 page and the 404 status. */
export const missingPagePath = '/this-page-does-not-exist/';

/**
 * Starts nginx with deploy/nginx.conf serving the built folder `dist` on a loopback port. Only the
 * site's path and the port of the deployed config are changed, so what is served is what is deployed.
 */
export function spawnNginx(dist: string, port: number, stdio: StdioOptions): ChildProcess {
	const prefix = mkdtempSync(join(tmpdir(), 'new-midec-nginx-'));
	for (const folder of ['logs', 'temp']) mkdirSync(join(prefix, folder));

	const server = readFileSync(deployedConfig, 'utf8')
		.replaceAll('/srv/new-midec/dist', resolve(dist))
		.replace(/listen \d+;/, `listen 127.0.0.1:${port};`);
	writeFileSync(join(prefix, 'site.conf'), server);
	writeFileSync(
		join(prefix, 'nginx.conf'),
		// Workers run as whoever runs the tests, so they can read a checkout that only its owner may
		// read (a fresh temporary folder, for one); nginx ignores this when it is not started as root.
		`user ${userInfo().username};
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 256; }
http {
	include /etc/nginx/mime.types;
	access_log off;
	client_body_temp_path ${prefix}/temp/body;
	proxy_temp_path ${prefix}/temp/proxy;
	fastcgi_temp_path ${prefix}/temp/fastcgi;
	uwsgi_temp_path ${prefix}/temp/uwsgi;
	scgi_temp_path ${prefix}/temp/scgi;
	include ${prefix}/site.conf;
}
`,
	);

	const nginx = findNginx();
	if (!nginx) throw new Error(missingToolsMessage(['nginx']));
	return spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
		stdio,
	});
}

/** Serves `dist` with the production nginx config until `stop()`, for scripts that measure it. */
export async function startNginx(dist: string, port: number) {
	const origin = `http://127.0.0.1:${port}`;
	// Another server on the port would answer in nginx's place, and be measured instead.
	if (
		await fetch(origin).then(
			() => true,
			() => false,
		)
	) {
		throw new Error(`Port ${port} is taken: stop the server on ${origin} first.`);
	}
	const nginx = spawnNginx(dist, port, ['ignore', 'ignore', 'inherit']);
	const stop = () => nginx.kill('SIGQUIT');
	// A script that fails midway must not leave nginx holding the port.
	process.once('exit', stop);
	if (await waitForOrigin(origin)) return { origin, stop };
	stop();
	throw new Error(`nginx did not answer on ${origin}; is ${dist} built?`);
}
