import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { localePath, splitLocalePath } from '~/lib/locales';
import { qrCodeSvg } from '~/lib/qr-code';

export const prerender = true;

/** The QR code of every page, which encodes the page's permanent link (the share block's). */
export const getStaticPaths = (async () =>
	(await getCollection('docs')).map((entry) => {
		const { locale, slug } = splitLocalePath(`/${entry.id}/`);
		return {
			params: { page: localePath(slug, locale).slice(1, -1) || undefined },
			props: { path: localePath(slug, locale, import.meta.env.BASE_URL) },
		};
	})) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = async ({ props: { path }, site }) =>
	new Response(await qrCodeSvg(new URL(path, site).href), {
		headers: { 'Content-Type': 'image/svg+xml' },
	});
