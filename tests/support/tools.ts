/**
 * The programs the browser tests and benchmarks need besides npm packages: a Chromium to drive and
 * nginx to serve the site as deployed. Each is looked for where contributors' machines keep it, and
 * a missing one stops the command at once with what to install, before any test starts.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';

function isExecutable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** The first of `names` on PATH, as a full path. */
function onPath(...names: string[]): string | undefined {
	const folders = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
	for (const name of names)
		for (const folder of folders) {
			const candidate = join(folder, name);
			if (isExecutable(candidate)) return candidate;
		}
	return undefined;
}

const firstExecutable = (paths: (string | undefined)[]) =>
	paths.find((path): path is string => path !== undefined && isExecutable(path));

/**
 * Chromium, in this order: `CHROMIUM_PATH`; the Chromium that `npx playwright install chromium`
 * leaves; Debian's or Ubuntu's `chromium` / `chromium-browser`; Google Chrome.
 */
export function findChromium(): string | undefined {
	const fromEnvironment = process.env.CHROMIUM_PATH;
	if (fromEnvironment) return isExecutable(fromEnvironment) ? fromEnvironment : undefined;
	let playwrights: string | undefined;
	try {
		playwrights = chromium.executablePath();
	} catch {
		playwrights = undefined;
	}
	return (
		firstExecutable([playwrights && existsSync(playwrights) ? playwrights : undefined]) ??
		onPath('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable') ??
		firstExecutable([
			'/Applications/Chromium.app/Contents/MacOS/Chromium',
			'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
		])
	);
}

/** nginx: `NGINX_PATH`, else on PATH, else where Debian and Homebrew put it outside a user's PATH. */
export function findNginx(): string | undefined {
	const fromEnvironment = process.env.NGINX_PATH;
	if (fromEnvironment) return isExecutable(fromEnvironment) ? fromEnvironment : undefined;
	return (
		onPath('nginx') ??
		firstExecutable(['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx'])
	);
}

/** The dynamic modules that deploy/nginx.conf uses: Brotli compression, on the fly and ahead. */
const nginxModules = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'];

/**
 * The files of the modules deploy/nginx.conf needs, in the modules folder that `nginx` was built
 * with, or undefined when one is missing.
 */
export function findNginxModules(nginx: string): string[] | undefined {
	// nginx -V prints how nginx was built on stderr.
	const build = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr;
	const folder = /--modules-path=(\S+)/.exec(build)?.[1] ?? '/usr/lib/nginx/modules';
	const files = nginxModules.map((name) => join(folder, name));
	return files.every((file) => existsSync(file)) ? files : undefined;
}

export type Tool = 'chromium' | 'nginx';

const installHints: Record<Tool, string> = {
	chromium: `Chromium was not found${process.env.CHROMIUM_PATH ? ` at CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : ''}. Install it (Debian: sudo apt-get install chromium; Ubuntu: sudo apt-get install chromium-browser; macOS: brew install --cask chromium), or run npx playwright install chromium, or set CHROMIUM_PATH to a Chromium or Google Chrome program.`,
	nginx: `nginx with its Brotli modules was not found${process.env.NGINX_PATH ? ` at NGINX_PATH=${process.env.NGINX_PATH}` : ' on PATH or in /usr/sbin'}. deploy/nginx.conf needs both. Install them (Debian/Ubuntu: sudo apt-get install nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static; Homebrew's nginx has no Brotli modules), or set NGINX_PATH to an nginx program whose modules folder (nginx -V, --modules-path) holds ${nginxModules.join(' and ')}.`,
};

/** The one message for what is missing of `tools`, or undefined when all are there. */
export function missingToolsMessage(tools: Tool[]): string | undefined {
	const finders: Record<Tool, () => string | undefined> = {
		chromium: findChromium,
		nginx: () => {
			const nginx = findNginx();
			return nginx && findNginxModules(nginx) && nginx;
		},
	};
	const missing = tools.filter((tool) => !finders[tool]());
	if (!missing.length) return undefined;
	return `The browser tests and benchmarks need ${missing.join(' and ')}.\n${missing.map((tool) => `- ${installHints[tool]}`).join('\n')}`;
}

/** Stops the process, before any test or measurement, when one of `tools` is missing. */
export function requireTools(tools: Tool[] = ['chromium', 'nginx']): void {
	const message = missingToolsMessage(tools);
	if (!message) return;
	console.error(message);
	process.exit(1);
}
