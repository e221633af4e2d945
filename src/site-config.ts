/**
 * Settings that differ per deployment, read from the environment at build time.
 * - `SITE_URL`: the public origin. `astro build` stops without it, so that no release carries a
 *   local address into canonical links, citations, feeds, previews or QR codes; `npm start` and
 *   the tests set `localSiteUrl` themselves.
 * - `SITE_PUBLISHER`, `SITE_CONTACT`: who publishes the site and how to reach them (an e-mail
 *   address or a web address), shown on the About page. A build for a public address needs both.
 * - `REPORT_PROBLEM_EMAIL`: where "Report a problem with this page" writes to. Without it, the link
 *   leads to the About page's section on corrections.
 */
export const localSiteUrl = 'http://localhost:4321';

export const siteUrl = process.env.SITE_URL || undefined;
export const sitePublisher = process.env.SITE_PUBLISHER || undefined;
export const siteContact = process.env.SITE_CONTACT || undefined;
export const reportProblemEmail = process.env.REPORT_PROBLEM_EMAIL || undefined;

/** Whether an origin is this machine's: a build for it is a local one, not a release. */
export function isLocalOrigin(origin: string): boolean {
	const { hostname } = new URL(origin);
	return hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.');
}

/**
 * What stops a build for release: the one message that names the setting to give, or nothing.
 * `command` is Astro's (build, dev, preview, sync); only `build` writes files to deploy.
 */
export function releaseSettingsProblem(
	command: string,
	settings: { url?: string; publisher?: string; contact?: string },
): string | undefined {
	if (command !== 'build') return undefined;
	if (!settings.url)
		return `SITE_URL is not set. A build for release needs the public address, e.g. SITE_URL=https://new-midec.example.org npm run build (with SITE_PUBLISHER and SITE_CONTACT). For a local build, run npm start, which sets SITE_URL=${localSiteUrl}.`;
	if (isLocalOrigin(settings.url)) return undefined;
	const missing = [
		!settings.publisher && 'SITE_PUBLISHER (who publishes the site)',
		!settings.contact && 'SITE_CONTACT (an e-mail or web address to reach them)',
	].filter(Boolean);
	if (missing.length)
		return `SITE_URL is ${settings.url}, a public address, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: the About page must say who stands behind the site. Set ${missing.length > 1 ? 'them' : 'it'} and build again.`;
	return undefined;
}
