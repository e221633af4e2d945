/**
 * Serves a built dist/ folder with deploy/nginx.conf on a loopback port, in the foreground, as
 * the browser tests' web server: `tsx tests/support/serve-nginx.ts <dist> <port>`. Only the paths
 * and the port of the deployed config are changed, so the tested config is the deployed one.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [distArgument = 'dist', port = '4322'] = process.argv.slice(2);
const dist = resolve(distArgument);
const prefix = mkdtempSync(join(tmpdir(), 'new-midec-nginx-'));
for (const folder of ['logs', 'temp']) mkdirSync(join(prefix, folder));

const server = readFileSync(join(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8')
	.replaceAll('/srv/new-midec/dist', dist)
	.replace(/listen \d+;/, `listen 127.0.0.1:${port};`);
writeFileSync(join(prefix, 'site.conf'), server);
writeFileSync(
	join(prefix, 'nginx.conf'),
	`pid ${prefix}/nginx.pid;
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

const nginx = spawn(
	'nginx',
	['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
	{
		stdio: 'inherit',
	},
);
const stop = () => nginx.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code) => process.exit(code ?? 0));
