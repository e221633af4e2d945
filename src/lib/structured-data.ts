import type { GovernmentOrganization, WebPage, WithContext } from 'schema-dts';
import type { Locale } from './locales';
import type { Programme } from './programme/parse';

interface PageFacts {
	locale: Locale;
	url: string;
	title: string;
	description: string;
	siteName: string;
	siteUrl: string;
	published: string;
	updated: string;
	image: string;
	/** Links from the home page down to this page, each with its name. */
	breadcrumbs: { name: string; url: string }[];
}

/**
 * The schema.org description of a page: a WebPage in its language, with its dates, breadcrumbs,
 * the site as publisher, and what it is about (the programme, as a service of two governments).
 */
export function pageJsonLd(page: PageFacts, programme: Programme): WithContext<WebPage> {
	const ministries = ['kemenperin', 'meti'].map((id): GovernmentOrganization => {
		const institution = programme.institutions.find((entry) => entry.id === id);
		return { '@type': 'GovernmentOrganization', name: institution?.name[page.locale] };
	});
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		'@id': page.url,
		url: page.url,
		name: page.title,
		description: page.description,
		inLanguage: page.locale,
		datePublished: page.published,
		dateModified: page.updated,
		image: page.image,
		isPartOf: { '@type': 'WebSite', name: page.siteName, url: page.siteUrl },
		publisher: { '@type': 'Organization', name: page.siteName, url: page.siteUrl },
		about: {
			'@type': 'GovernmentService',
			name: programme.programme.name[page.locale],
			alternateName: programme.programme.fullName[page.locale],
			provider: ministries,
		},
		breadcrumb: {
			'@type': 'BreadcrumbList',
			itemListElement: page.breadcrumbs.map((crumb, index) => ({
				'@type': 'ListItem',
				position: index + 1,
				name: crumb.name,
				item: crumb.url,
			})),
		},
	};
}
