/**
 * The MDN HTTP Observatory's grade for deploy/nginx.conf as deployed: nginx serves the built
 * dist/ with it over HTTPS on 127.0.0.1:443 (with the test set-up's throwaway certificate) and
 * plain HTTP on :80, and the Observatory's own scanner (@mdn/mdn-http-observatory) grades
 * https://localhost. Needs root, for the two ports. Prints the grade, the score and each test.
 *
 * The scanner is not a dependency of the project: a dependency of it downloads certificates in its
 * install script, which would make `npm ci` fail on machines without the network. The benchmark
 * installs this exact version into .scratch/ with install scripts off, on first use.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnNginx } from '../support/nginx';
import { requireTools } from '../support/tools';

requireTools(['nginx']);
if (process.getuid?.() !== 0) {
	console.error('The Observatory benchmark binds ports 80 and 443 on loopback: run it as root.');
	process.exit(1);
}

const dist = join(import.meta.dirname, '../../dist');
const scannerVersion = '1.4.8';
const scratch = join(import.meta.dirname, '../../.scratch/observatory');
const scanner = join(scratch, 'node_modules/@mdn/mdn-http-observatory');
if (!existsSync(join(scanner, 'package.json'))) {
	const install = spawnSync(
		'npm',
		[
			'install',
			'--prefix',
			scratch,
			'--ignore-scripts',
			'--no-audit',
			'--no-fund',
			`@mdn/mdn-http-observatory@${scannerVersion}`,
		],
		{ stdio: 'inherit' },
	);
	if (install.status !== 0) {
		console.error(`Could not install @mdn/mdn-http-observatory@${scannerVersion} into ${scratch}.`);
		process.exit(1);
	}
}

if (process.argv[2] === '--scan') {
	// In a child process whose Node trusts the test authority (NODE_EXTRA_CA_CERTS is read at
	// start): the scanner sees a valid certificate, as it would for Let's Encrypt's.
	// The package's install script downloads Chromium's HSTS preload list, which machines without
	// the network cannot do. The site is not on that list, so an empty list gives the same answer.
	const preloadList = join(scanner, 'conf/hsts-preload.json');
	if (!existsSync(preloadList)) writeFileSync(preloadList, '{}');
	const { scan } = (await import(
		pathToFileURL(join(scanner, 'src/index.js')).href
	)) as typeof import('@mdn/mdn-http-observatory');
	const result = await scan('localhost');
	console.log(
		`MDN HTTP Observatory: grade ${result.scan.grade}, score ${result.scan.score} (${result.scan.testsPassed} of ${result.scan.testsQuantity} tests passed); target A+.`,
	);
	for (const [name, test] of Object.entries(result.tests))
		console.log(
			`  ${test.pass ? '✓' : '✗'} ${name.padEnd(30)} ${String(test.scoreModifier).padStart(4)}  ${test.result}`,
		);
} else {
	const { server, authority } = spawnNginx(dist, 443, ['ignore', 'ignore', 'inherit'], 80);
	const stop = () => server.kill('SIGQUIT');
	process.once('exit', stop);
	for (let attempt = 0; attempt < 100; attempt++) {
		const up = await fetch('http://localhost/', { redirect: 'manual' }).then(
			() => true,
			() => false,
		);
		if (up) break;
		await new Promise((resolveWait) => setTimeout(resolveWait, 100));
	}
	spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--scan'], {
		stdio: 'inherit',
		env: { ...process.env, NODE_EXTRA_CA_CERTS: authority },
	});
	stop();
}
