import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';

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
		// --ignore-lock: the tests run beside a reader's own `npm start` server.
		command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
	},
});
