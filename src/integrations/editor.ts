import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { cmsBackend, type CmsBackend } from '../lib/cms/backend';
import { editorFolder } from '../lib/cms/names';
import { netlifyEditorHeaders, nginxEditorHeaders } from '../lib/security-headers';
import { kilobytes } from '../lib/sizes';
import { isLocalOrigin, siteUrl } from '../site-config';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const adminSource = join(projectRoot, 'src/admin');
const decapDist = join(
	dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')),
	'dist',
);

const page = `<!doctype html>
<html lang="id">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="robots" content="noindex, nofollow" />
		<title>New MIDEC · Editor</title>
		<link rel="icon" href="../favicon.svg" type="image/svg+xml" />
		<link rel="stylesheet" href="editor.css" />
		<script src="manual-init.js"></script>
		<script src="cms/decap-cms.js"></script>
		<script type="module" src="editor.js"></script>
	</head>
	<body></body>
</html>
`;

/**
 * The files of the editor at /admin/, by path under it: the page, the CMS's own bundle, the site's
 * additions (src/admin/editor.ts, bundled here), and the configuration: the committed one
 * (src/admin/cms-config.yml) with the backend of `settings`.
 */
export async function editorFiles(settings: CmsBackend): Promise<Map<string, string | Buffer>> {
	const files = new Map<string, string | Buffer>();
	files.set('index.html', page);
	// Decap starts itself unless told not to before it loads; editor.ts starts it, configured.
	files.set('manual-init.js', 'window.CMS_MANUAL_INIT = true;\n');
	files.set('editor.css', await readFile(join(adminSource, 'editor.css')));
	const bundle = await build({
		entryPoints: [join(adminSource, 'editor.ts')],
		bundle: true,
		format: 'esm',
		minify: true,
		target: 'es2022',
		write: false,
		logLevel: 'silent',
	});
	const [script] = bundle.outputFiles;
	if (!script) throw new Error('src/admin/editor.ts: the bundle is empty');
	files.set('editor.js', Buffer.from(script.contents));
	const { backend, publish_mode } = settings;
	const committed = await readFile(join(adminSource, 'cms-config.yml'), 'utf8');
	files.set(
		'config.yml',
		`${stringify({ backend, ...(publish_mode ? { publish_mode } : {}) })}${committed}`,
	);
	for (const file of await readdir(decapDist))
		if (/^(\d+\.)?decap-cms\.js$/.test(file))
			files.set(`cms/${file}`, await readFile(join(decapDist, file)));
	return files;
}

const contentTypes: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	yml: 'text/yaml; charset=utf-8',
};

export const contentTypeOf = (path: string) =>
	contentTypes[path.split('.').pop() ?? ''] ?? 'application/octet-stream';

/**
 * The editor at /admin/ (Decap CMS). The build writes it after every page and after the
 * security headers, so no page, feed, sitemap, search index or public policy includes it; nginx
 * serves it with its own policy (`nginx-editor-headers.conf`). The dev server serves the same
 * files, for `npm run edit`.
 */
export function editor(): AstroIntegration {
	// The editor's address on the site, under the deployment base: /admin/ or /new-midec/admin/.
	let folder = `/${editorFolder}/`;
	return {
		name: 'new-midec:editor',
		hooks: {
			'astro:config:done': ({ config }) => {
				folder = `${config.base.replace(/\/$/, '')}/${editorFolder}/`;
			},
			'astro:server:setup': ({ server }) => {
				let files: Promise<Map<string, string | Buffer>> | undefined;
				server.middlewares.use((request, response, next) => {
					const path = request.url?.split('?')[0] ?? '';
					if (!path.startsWith(folder) && path !== folder.slice(0, -1)) return next();
					// Built once, on the first request: the dev server restarts when the data changes.
					files ??= editorFiles(cmsBackend());
					files
						.then((built) => {
							const name = path.slice(folder.length) || 'index.html';
							const body = built.get(name);
							if (body === undefined) return next();
							response.setHeader('Content-Type', contentTypeOf(name));
							response.end(body);
						})
						.catch(next);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const settings = cmsBackend();
				// A release edits the repository on its Git host; the local server is this machine's.
				if (!process.env.CMS_BACKEND && siteUrl && !isLocalOrigin(siteUrl)) {
					await writeFile(join(out, 'nginx-editor-headers.conf'), nginxEditorHeaders([]));
					logger.info(
						'No editor in this build: set CMS_BACKEND for one (README, "The editor in production")',
					);
					return;
				}
				const files = await editorFiles(settings);
				for (const [name, body] of files) {
					const path = join(out, editorFolder, name);
					await mkdir(dirname(path), { recursive: true });
					await writeFile(path, body);
				}
				await writeFile(
					join(out, 'nginx-editor-headers.conf'),
					nginxEditorHeaders(settings.connectOrigins),
				);
				await appendFile(
					join(out, '_headers'),
					netlifyEditorHeaders(settings.connectOrigins, folder),
				);
				const bytes = [...files.values()].reduce((sum, body) => sum + body.length, 0);
				logger.info(`Editor at /${editorFolder}/: ${files.size} files, ${kilobytes(bytes)}`);
			},
		},
	};
}
