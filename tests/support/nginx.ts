import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { findNginx, findNginxModules, missingToolsMessage } from './tools';

const deployedConfig = join(import.meta.dirname, '../../deploy/nginx.conf');

/**
 * The files that the build writes and deploy/nginx.conf includes from the site's folder (short
 * links, security headers, the editor's policy): a folder served without them needs empty ones.
 */
export function buildWrittenIncludes(): string[] {
	const includes = readFileSync(deployedConfig, 'utf8').matchAll(
		/include \/srv\/new-midec\/dist\/([^;]+);/g,
	);
	return [...new Set([...includes].map((match) => match[1] ?? ''))];
}

/** A path that is no page: nginx answers it with the site's 404 page and the 404 status. */
export const missingPagePath = '/this-page-does-not-exist/';

/**
 * The browser tests' HTTPS port (playwright.config.ts); `E2E_PORT` moves it, so that two working
 * copies can run their browser tests side by side.
 */
export const e2ePort = Number(process.env.E2E_PORT ?? 4322);

/** The plain-HTTP port that goes with an HTTPS port: the next one. */
export const httpPortFor = (httpsPort: number) => httpsPort + 1;

/** The HTTPS port on which the browser tests serve the sub-path build under its base path. */
export const subpathE2ePort = e2ePort + 2;

/** The base path of the sub-path build (`npm run build:subpath`). */
export const subpathBase = '/new-midec/';

/**
 * A throwaway certificate for localhost and 127.0.0.1 in `folder`, valid for two days, signed by
 * a throwaway certificate authority: what the tests serve HTTPS with, in place of the
 * deployment's Let's Encrypt one. A client that trusts `authority` trusts the server.
 */
function makeCertificate(folder: string) {
	const file = (name: string) => join(folder, name);
	const openssl = (...args: string[]) => {
		const run = spawnSync('openssl', args, { encoding: 'utf8' });
		if (run.error || run.status !== 0)
			throw new Error(
				`openssl could not make the test certificate: ${run.error?.message ?? run.stderr}`,
			);
	};
	const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
	openssl(
		'req',
		'-x509',
		...ecKey,
		'-days',
		'2',
		'-subj',
		'/CN=New MIDEC test authority',
		'-keyout',
		file('authority.key'),
		'-out',
		file('authority.crt'),
	);
	openssl(
		'req',
		...ecKey,
		'-subj',
		'/CN=localhost',
		'-keyout',
		file('localhost.key'),
		'-out',
		file('localhost.csr'),
	);
	writeFileSync(file('localhost.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
	openssl(
		'x509',
		'-req',
		'-in',
		file('localhost.csr'),
		'-CA',
		file('authority.crt'),
		'-CAkey',
		file('authority.key'),
		'-CAcreateserial',
		'-days',
		'2',
		'-extfile',
		file('localhost.ext'),
		'-out',
		file('localhost.crt'),
	);
	return {
		certificate: file('localhost.crt'),
		key: file('localhost.key'),
		authority: file('authority.crt'),
	};
}

/**
 * Starts nginx with deploy/nginx.conf serving the built folder `dist` over HTTPS on a loopback
 * port, and plain HTTP (which redirects) on `httpPort`, the next one unless given. Only the site's path, the certificate
 * and the ports of the deployed config are changed, so what is served is what is deployed.
 */
export function spawnNginx(
	dist: string,
	port: number,
	stdio: StdioOptions,
	httpPort = httpPortFor(port),
): { server: ChildProcess; authority: string } {
	const nginx = findNginx();
	const modules = nginx && findNginxModules(nginx);
	if (!nginx || !modules) throw new Error(missingToolsMessage(['nginx']));
	const prefix = mkdtempSync(join(tmpdir(), 'new-midec-nginx-'));
	for (const folder of ['logs', 'temp']) mkdirSync(join(prefix, folder));
	const { certificate, key, authority } = makeCertificate(prefix);

	const site = readFileSync(deployedConfig, 'utf8')
		.replaceAll('/srv/new-midec/dist', resolve(dist))
		.replace(/ssl_certificate \S+;/, `ssl_certificate ${certificate};`)
		.replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${key};`)
		.replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${port} ssl http2;`)
		.replace(/listen 80;/, `listen 127.0.0.1:${httpPort};`);
	writeFileSync(join(prefix, 'site.conf'), site);
	writeFileSync(
		join(prefix, 'nginx.conf'),
		// Workers run as whoever runs the tests, so they can read a checkout that only its owner may
		// read (a fresh temporary folder, for one); nginx ignores this when it is not started as root.
		// Modules are loaded by their full path: a relative one would be looked for under the prefix.
		`${modules.map((module) => `load_module ${module};`).join('\n')}
user ${userInfo().username};
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

	const server = spawn(
		nginx,
		['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
		{
			stdio,
		},
	);
	return { server, authority };
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
	const nginx = spawnNginx(dist, port, ['ignore', 'ignore', 'inherit']).server;
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
