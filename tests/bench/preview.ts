import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium';
import { waitForOrigin } from '../support/wait-for-origin';

/**
 * Serves the built dist/ of the project at `root` (this one unless given) with `astro preview` on
 * a loopback port until `stop()`.
 */
export async function startPreview(port: number, root = process.cwd()) {
	const server = spawn(
		'astro',
		['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
		{
			cwd: root,
			stdio: ['ignore', 'pipe', 'inherit'],
		},
	);
	const origin = `http://127.0.0.1:${port}`;
	if (await waitForOrigin(origin)) return { origin, stop: () => server.kill() };
	server.kill();
	throw new Error(`astro preview did not answer on ${origin}; run \`npm run build\` first.`);
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch(chromiumLaunchOptions);
}

export function median(values: number[]): number {
	const sorted = values.toSorted((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Bytes as the benchmarks print them: KB of 1,024 bytes, one decimal. */
export function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}
