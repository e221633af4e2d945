import { describe, expect, test } from 'vitest';
import { localePath, localizeHref, splitLocalePath, starlightLocales } from '../../src/lib/locales';

describe('splitLocalePath', () => {
	test.each([
		['/', 'id', ''],
		['/framework/', 'id', 'framework'],
		['/en/', 'en', ''],
		['/ja/sectors/automotive/', 'ja', 'sectors/automotive'],
		['/english-word/', 'id', 'english-word'],
		['/index/', 'id', ''],
		['/ja/index/', 'ja', ''],
	])('%s → %s %s', (path, locale, slug) => {
		expect(splitLocalePath(path)).toEqual({ locale, slug });
	});

	test('removes the deployment base first', () => {
		expect(splitLocalePath('/new-midec/ja/framework/', '/new-midec/')).toEqual({
			locale: 'ja',
			slug: 'framework',
		});
		expect(splitLocalePath('/new-midec/', '/new-midec')).toEqual({ locale: 'id', slug: '' });
	});
});

describe('localePath', () => {
	test('root locale has no prefix', () => {
		expect(localePath('framework', 'id')).toBe('/framework/');
		expect(localePath('', 'id')).toBe('/');
	});

	test('other locales are prefixed, under the base', () => {
		expect(localePath('/sectors/automotive/', 'en', '/new-midec/')).toBe(
			'/new-midec/en/sectors/automotive/',
		);
		expect(localePath('', 'ja', '/new-midec')).toBe('/new-midec/ja/');
	});

	test('round-trips with splitLocalePath', () => {
		const { locale, slug } = splitLocalePath('/x/ja/themes/welding/', '/x/');
		expect(localePath(slug, locale, '/x/')).toBe('/x/ja/themes/welding/');
	});
});

test('starlightLocales puts Indonesian at the root', () => {
	expect(starlightLocales()).toEqual({
		root: { label: 'Bahasa Indonesia', lang: 'id' },
		en: { label: 'English', lang: 'en' },
		ja: { label: '日本語', lang: 'ja' },
	});
});

describe('localizeHref', () => {
	test('puts root-relative links under the base and in the locale', () => {
		expect(localizeHref('/status/#matrix', 'ja', '/new-midec/')).toBe(
			'/new-midec/ja/status/#matrix',
		);
		expect(localizeHref('/', 'en')).toBe('/en/');
		expect(localizeHref('/sources/?q=1#x', 'id', '/b/')).toBe('/b/sources/?q=1#x');
	});

	test('leaves other links alone', () => {
		for (const href of [
			'https://example.org/',
			'//cdn.example/x',
			'#scope',
			'mailto:a@b.c',
			'../x/',
		]) {
			expect(localizeHref(href, 'ja', '/b/')).toBe(href);
		}
	});
});
