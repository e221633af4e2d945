import { localeCodes, locales } from './locales';

/** The home page of each locale: `index.html`, `en/index.html`, `ja/index.html`. */
const localeHomes = new Set(
	localeCodes.map((code) => (locales[code].prefix ? `${locales[code].prefix}/` : '')),
);

/**
 * Where the link-preview image of a built page goes, both relative to the output directory.
 * The image path mirrors the page path under `og/`: a page's folder becomes its file name, and a
 * locale's home page keeps `index.png` inside its locale folder.
 *
 * `en/framework/index.html` → `og/en/framework.png`, `404.html` → `og/404.png`,
 * `index.html` → `og/index.png`, `ja/index.html` → `og/ja/index.png`.
 */
export function ogImagePath(htmlFile: string): string {
	const file = htmlFile.replaceAll('\\', '/').replace(/^(\.\/|\/)+/, '');
	if (!file.endsWith('.html')) throw new Error(`"${htmlFile}" is not an HTML file.`);
	const dir = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : undefined;
	if (dir !== undefined && (dir === '' || dir.endsWith('/'))) {
		if (localeHomes.has(dir)) return `og/${dir}index.png`;
		return `og/${dir.slice(0, -1)}.png`;
	}
	return `og/${file.slice(0, -'.html'.length)}.png`;
}
