import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';
import { e2ePort, subpathBase, subpathE2ePort } from './tests/support/nginx';
import { requireTools } from './tests/support/tools';

// A missing Chromium or nginx stops the run here, with what to install, before any test starts.
requireTools();

const port = e2ePort;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		// HTTPS as deployed, with the throwaway certificate the test server makes for localhost:
		// the tests trust it by accepting it, which they can only do on their own loopback server.
		baseURL: `https://127.0.0.1:${port}`,
		ignoreHTTPSErrors: true,
		launchOptions: chromiumLaunchOptions,
	},
	webServer: [
		{
			// The production server config, deploy/nginx.conf, serving dist/ on loopback ports:
			// HTTPS on this one, plain HTTP (which redirects) on the next.
			command: `tsx tests/support/serve-nginx.ts dist ${port}`,
			url: `https://127.0.0.1:${port}/`,
			ignoreHTTPSErrors: true,
			reuseExistingServer: false,
		},
		{
			// The sub-path build under its base path, as a host that serves the site from a folder.
			command: `tsx tests/support/serve-nginx.ts dist-subpath ${subpathE2ePort} ${subpathBase}`,
			url: `https://127.0.0.1:${subpathE2ePort}${subpathBase}`,
			ignoreHTTPSErrors: true,
			reuseExistingServer: false,
		},
	],
});
