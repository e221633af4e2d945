// starlight-links-validator ships TypeScript sources that type-check only where Astro's remark
// pipeline declares `file.data.astro` on vfile. This site renders Markdown with satteri, which
// declares it on satteri's own data instead, so the declaration is repeated here for vfile.
import 'vfile';

declare module 'vfile' {
	interface DataMap {
		// The same type as Astro's own declaration, which the package's code is written against.
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		astro: { frontmatter?: Record<string, any> };
	}
}
