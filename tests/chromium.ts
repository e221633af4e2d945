import { findChromium } from './support/tools';

/**
 * Chromium as every browser test and benchmark launches it: found on this machine (see
 * support/tools.ts), never downloaded, with no background connections, which a closed network
 * would refuse.
 */
export const chromiumLaunchOptions = {
	executablePath: findChromium(),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
};
