import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { findNginx, missingToolsMessage } from './tools';

const deployedConfig = join(import.meta.dirname, '../../deploy/nginx.conf');

/** A path that is no page: nginx answers it with the site's 404 page and the 404 status. */
export const missingPagePath = '/this-page-does-not-exist/';

/** The browser tests' HTTPS port (playwright.config.ts). */
export const e2ePort = 4322;

/** The plain-HTTP port that goes with an HTTPS port: the next one. */
export const httpPortFor = (httpsPort: number) => httpsPort + 1;

/**
 * A throwaway self-signed certificate for localhost and 127.0.0.1 in `folder`, valid for two
 * days: what the browser tests serve HTTPS with, in place of the deployment's Let's Encrypt one.
 */
function makeCertificate(folder: string): { certificate: string; key: string } {
	const certificate = join(folder, 'localhost.crt');
	const key = join(folder, 'localhost.key');
	const openssl = spawnSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:prime256v1',
			'-nodes',
			'-days',
			'2',
			'-subj',
			'/CN=localhost',
			'-addext',
			'subjectAltName=DNS:localhost,IP:127.0.0.1',
			'-keyout',
			key,
			'-out',
			certificate,
		],
		{ encoding: 'utf8' },
	);
	if (openssl.error || openssl.status !== 0)
		throw new Error(
			`openssl could not make the test certificate: ${openssl.error?.message ?? openssl.stderr}`,
		);
	return { certificate, key };
}

/**
 * Starts nginx with deploy/nginx.conf serving the built folder `dist` over HTTPS on a loopback
 * port, and plain HTTP (which redirects) on the next one. Only the site's path, the certificate
 * and the ports of the deployed config are changed, so what is served is what is deployed.
 */
export function spawnNginx(dist: string, port: number, stdio: StdioOptions): ChildProcess {
	const nginx = findNginx();
	if (!nginx) throw new Error(missingToolsMessage(['nginx']));
	const prefix = mkdtempSync(join(tmpdir(), 'new-midec-nginx-'));
	for (const folder of ['logs', 'temp']) mkdirSync(join(prefix, folder));
	const { certificate, key } = makeCertificate(prefix);

	const server = readFileSync(deployedConfig, 'utf8')
		.replaceAll('/srv/new-midec/dist', resolve(dist))
		.replace(/ssl_certificate \S+;/, `ssl_certificate ${certificate};`)
		.replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${key};`)
		.replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${port} ssl http2;`)
		.replace(/listen 80;/, `listen 127.0.0.1:${httpPortFor(port)};`);
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

	return spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
		stdio,
	});
}

/**
 * Serves `dist` with the production nginx config until `stop()`, for scripts that measure it. The
 * origin is HTTPS with the throwaway certificate: clients must accept it (`ignoreHTTPSErrors`).
 */
export async function startNginx(dist: string, port: number) {
	const origin = `https://127.0.0.1:${port}`;
	const plain = `http://127.0.0.1:${httpPortFor(port)}/`;
	// Another server on the port would answer in nginx's place, and be measured instead.
	if (await answers(plain))
		throw new Error(`Port ${httpPortFor(port)} is taken: stop the server on ${plain} first.`);
	const nginx = spawnNginx(dist, port, ['ignore', 'ignore', 'inherit']);
	const stop = () => nginx.kill('SIGQUIT');
	// A script that fails midway must not leave nginx holding the port.
	process.once('exit', stop);
	for (let attempt = 0; attempt < 100; attempt++) {
		if (await answers(plain)) return { origin, stop };
		await new Promise((resolveWait) => setTimeout(resolveWait, 100));
	}
	stop();
	throw new Error(`nginx did not answer on ${plain}; is ${dist} built?`);
}

/** Whether anything answers `url` at all (nginx's plain-HTTP port answers with a redirect). */
async function answers(url: string): Promise<boolean> {
	try {
		await fetch(url, { redirect: 'manual' });
		return true;
	} catch {
		return false;
	}
}
