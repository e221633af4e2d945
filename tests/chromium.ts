/**
 * Debian's Chromium, as every browser test and benchmark launches it: no browser downloads, and
 * no background connections, which this machine's closed network would refuse.
 */
export const chromiumLaunchOptions = {
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
};
