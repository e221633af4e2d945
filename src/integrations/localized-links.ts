import { fileURLToPath } from 'node:url';
import { splitLocalePath, localizeHref } from '../lib/locales';

interface HastElement {
	properties?: Record<string, unknown>;
}

interface VisitContext {
	setProperty(node: HastElement, key: string, value: unknown): void;
}

/**
 * A Markdown (satteri) plugin: pages link to each other root-relative and without a locale
 * (`/status/#matrix`), so the three languages share the same links. At build time each link is
 * put in the page's own locale and under the deployment base.
 */
export function localizedLinks(docsDir: URL, base: string) {
	const docsPath = fileURLToPath(docsDir);
	return ({ fileURL }: { fileURL: URL | undefined }) => {
		const file = fileURL && fileURLToPath(fileURL);
		if (!file?.startsWith(docsPath)) return undefined;
		const { locale } = splitLocalePath(file.slice(docsPath.length));
		return {
			name: 'new-midec-localized-links',
			element: {
				filter: ['a'],
				visit(node: HastElement, ctx: VisitContext) {
					const href = node.properties?.href;
					if (typeof href === 'string')
						ctx.setProperty(node, 'href', localizeHref(href, locale, base));
				},
			},
		};
	};
}
