import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist-subpath/',
			'.astro/',
			'node_modules/',
			'test-results/',
			'.scratch/',
			'playwright-report/',
			'bench-results/',
		],
	},
	eslint.configs.recommended,
	...tseslint.configs.strict,
	...astro.configs.recommended,
	{ languageOptions: { globals: { ...globals.node } } },
	{
		files: ['src/**/*.astro', 'src/scripts/**'],
		languageOptions: { globals: { ...globals.browser } },
	},
);
