/** Placeholder until the image generator lands; replaced by its implementation. */
export function ogImagePath(htmlFile: string): string {
	const path = htmlFile
		.replace(/^\/+/, '')
		.replace(/(^|\/)index\.html$/, '')
		.replace(/\.html$/, '')
		.replace(/\/$/, '');
	return `og/${path || 'index'}.png`;
}
