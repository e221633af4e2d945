import { searchRanking } from '../lib/search-ranking';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters: Record<string, string[]>;
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const shownResults = 10;

function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

function resultItem(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = data.url;
	const title = document.createElement('span');
	title.className = 'title';
	title.textContent = data.meta.title ?? data.url;
	link.append(title);
	const kind = data.filters.kind?.[0];
	if (kind) {
		const label = document.createElement('span');
		label.className = 'kind';
		label.textContent = kind;
		link.append(label);
	}
	const excerpt = document.createElement('span');
	excerpt.className = 'excerpt';
	// Pagefind escapes the page text and adds only <mark> around matches.
	excerpt.innerHTML = data.excerpt;
	link.append(excerpt);
	item.append(link);
	return item;
}

/** Wires the dialog's input, filters and results to Pagefind. Runs once, on first open. */
export function attachSearch(root: HTMLElement) {
	const input = root.querySelector('input');
	const list = root.querySelector<HTMLUListElement>('.results');
	const status = root.querySelector<HTMLElement>('.status');
	const empty = root.querySelector<HTMLElement>('.empty');
	const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	if (!input || !list || !status || !empty) return;
	const templates = JSON.parse(root.dataset.templates ?? '{}') as Record<
		string,
		string | undefined
	>;
	const plural = new Intl.PluralRules(root.dataset.lang);
	const bundle = root.dataset.bundle ?? '/pagefind/';
	const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ `${bundle}pagefind.js`).then(
		async (module: Pagefind) => {
			await module.options({ ranking: searchRanking, baseUrl: root.dataset.base ?? '/' });
			await module.init();
			return module;
		},
	);

	let latest = 0;
	const update = async () => {
		const run = ++latest;
		const query = input.value.trim();
		const filters = Object.fromEntries(
			selects
				.filter((select) => select.value)
				.map((select) => [select.dataset.filter, select.value]),
		);
		if (!query && Object.keys(filters).length === 0) {
			list.replaceChildren();
			status.textContent = '';
			empty.hidden = true;
			return;
		}
		const engine = await pagefind;
		const search = await engine.search(query || null, { filters });
		const results = await Promise.all(
			search.results.slice(0, shownResults).map((result) => result.data()),
		);
		if (run !== latest) return;
		list.replaceChildren(...results.map(resultItem));
		const count = search.results.length;
		const template = count
			? (templates[`search.results_${plural.select(count)}`] ?? templates['search.results_other'])
			: templates['search.noResults'];
		status.textContent = fill(template ?? '', { count, query });
		empty.hidden = count > 0;
	};

	const links = () => [...list.querySelectorAll('a')];
	input.addEventListener('input', update);
	for (const select of selects) select.addEventListener('change', update);
	input.addEventListener('keydown', (event) => {
		const first = links()[0];
		if (event.key === 'ArrowDown' && first) {
			event.preventDefault();
			first.focus();
		} else if (event.key === 'Enter' && first) {
			event.preventDefault();
			first.click();
		}
	});
	list.addEventListener('keydown', (event) => {
		const all = links();
		const index = all.indexOf(document.activeElement as HTMLAnchorElement);
		const target = {
			ArrowDown: all[index + 1],
			ArrowUp: index > 0 ? all[index - 1] : input,
			Home: all[0],
			End: all.at(-1),
		}[event.key];
		if (target) {
			event.preventDefault();
			target.focus();
		}
	});
	if (input.value) void update();
}
