/**
 * Serves a built dist/ folder with deploy/nginx.conf on a loopback port, in the foreground, as
 * the browser tests' web server: `tsx tests/support/serve-nginx.ts <dist> <port>`.
 */
import { spawnNginx } from './nginx';

const [dist = 'dist', port = '4322'] = process.argv.slice(2);
const nginx = spawnNginx(dist, Number(port), 'inherit').server;
const stop = () => nginx.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code) => process.exit(code ?? 0));
