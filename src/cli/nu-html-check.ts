/**
 * Checks every built page, the redirect pages included, with the W3C's Nu HTML Checker (vnu.jar
 * from the vnu-jar package; it runs on Java). Run after a build: `npm run check:html [dist]`.
 * Prints each error with its file and line, and exits non-zero when there is any.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

// Starlight marks its inline theme and sidebar scripts aria-hidden on purpose, to work around a
// VoiceOver bug that reads scripts out; the checker rejects the attribute on script. It is the one
// exception.
const allowed = ['The “aria-hidden” attribute must not be specified on the “script” element.'];

interface NuMessage {
	url?: string;
	lastLine?: number;
	message: string;
}

const dist = process.argv[2] ?? 'dist';
if (!existsSync(dist)) {
	console.error(`${dist}/ does not exist: build the site first (npm run build:local).`);
	process.exit(1);
}
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const run = spawnSync(
	'java',
	['-jar', vnu, '--skip-non-html', '--errors-only', '--format', 'json', dist],
	{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
if (run.error) {
	console.error(
		'The Nu HTML Checker needs Java, which was not found. Install it (Debian/Ubuntu: sudo apt-get install default-jre-headless; macOS: brew install openjdk).',
	);
	process.exit(1);
}
const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: NuMessage[] };
const errors = messages.filter(({ message }) => !allowed.includes(message));
const excused = messages.length - errors.length;
for (const { url, lastLine, message } of errors)
	console.error(`${url?.replace(/^file:/, '') ?? dist}:${lastLine ?? 0}: ${message}`);
console.log(
	`Nu HTML Checker: ${errors.length} errors in ${dist}/ (${excused} of Starlight's aria-hidden scripts excused).`,
);
process.exit(errors.length ? 1 : 0);
