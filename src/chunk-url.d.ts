// Modules imported with `?chunk-url` (src/integrations/chunk-url.ts) export their built URL.
declare module '*?chunk-url' {
	const url: string;
	export default url;
}
