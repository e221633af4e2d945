import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';
import { requireTools } from './tests/support/tools';

// A missing Chromium or nginx stops the run here, with what to install, before any test starts.
requireTools();

const port = 4322;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: chromiumLaunchOptions,
	},
	webServer: {
		// The production server config, deploy/nginx.conf, serving dist/ on a loopback port.
		command: `tsx tests/support/serve-nginx.ts dist ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
	},
});
