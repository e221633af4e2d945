import { fillTemplate } from '../lib/fill-template';
import type { SearchVocabulary } from '../lib/search-correction';
import { correctable, namesMatch, normalizeQuery } from '../lib/search-query';
import { searchRanking } from '../lib/search-ranking';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string; keywords?: string };
	filters: Record<string, string[]>;
}

interface PagefindResult {
	data(): Promise<PagefindResultData>;
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: PagefindResult[] }>;
}

/** Results shown at a time: each one costs a fragment download, so the first page is short. */
const pageSize = 4;

/**
 * One or two Latin letters match nearly every page and would only fetch fragments that the next
 * keystroke discards; a single Japanese character can already be a word (金, 型).
 */
function tooShort(query: string): boolean {
	return query.length < 3 && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(query);
}

function span(className: string, text: string): HTMLSpanElement {
	const element = document.createElement('span');
	element.className = className;
	element.textContent = text;
	return element;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = data.url;
	link.append(span('title', data.meta.title ?? data.url));
	const kind = data.filters.kind?.[0];
	if (kind) link.append(span('kind', kind));
	const excerpt = span('excerpt', '');
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
	const more = root.querySelector<HTMLButtonElement>('.more');
	const status = root.querySelector<HTMLElement>('.status');
	const empty = root.querySelector<HTMLElement>('.empty');
	const asTyped = root.querySelector<HTMLButtonElement>('.as-typed');
	const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	if (!input || !list || !more || !status || !empty || !asTyped) return;
	const templates = JSON.parse(root.dataset.templates ?? '{}') as Record<
		string,
		string | undefined
	>;
	const plural = new Intl.PluralRules(root.dataset.lang);
	const base = root.dataset.base ?? '/';
	const pagefind: Promise<Pagefind> = import(
		/* @vite-ignore */ `${root.dataset.bundle ?? '/pagefind/'}pagefind.js`
	).then(async (module: Pagefind) => {
		// On the main thread: a worker would cost another script download on the first search.
		await module.options({
			ranking: searchRanking,
			baseUrl: base,
			noWorker: true,
		});
		await module.init();
		return module;
	});

	let correcting: Promise<(query: string) => string | undefined> | undefined;
	// The vocabulary and the code that corrects with it are fetched only for the first query that
	// may need correcting: most searches never load them.
	const loadCorrector = () =>
		(correcting ??= Promise.all([
			import('../lib/search-correction'),
			fetch(`${base}search-vocabulary.json`).then(
				(response) => response.json() as Promise<SearchVocabulary>,
			),
		]).then(([{ corrector }, vocabulary]) => corrector(vocabulary)));

	let latest = 0;
	let pending: (() => Promise<PagefindResultData>)[] = [];
	/** The query the reader asked to search as typed, without correction. */
	let uncorrected = '';

	const search = async (query: string, filters: Record<string, string>) => {
		const { results } = await (await pagefind).search(query || null, { filters });
		// Each fragment is fetched once, whether to check its names or to show it.
		return results.map((result) => {
			let data: Promise<PagefindResultData> | undefined;
			return () => (data ??= result.data());
		});
	};

	/**
	 * A corrected query and its results, when none of the first results of what was typed has it in
	 * its title or keywords and a term of the vocabulary is a near miss for it.
	 */
	const correction = async (
		typed: string,
		results: typeof pending,
		filters: Record<string, string>,
	) => {
		if (!correctable(typed) || typed === uncorrected) return undefined;
		const firstNames = await Promise.all(
			results.slice(0, pageSize).map(async (load) => {
				const { meta } = await load();
				return [meta.title ?? '', meta.keywords ?? ''];
			}),
		);
		if (firstNames.some((names) => namesMatch(typed, names))) return undefined;
		const corrected = (await loadCorrector())(typed);
		if (!corrected) return undefined;
		const correctedResults = await search(corrected, filters);
		return correctedResults.length ? { corrected, results: correctedResults } : undefined;
	};

	/** Shows the next results; each appears as soon as its own fragment arrives. */
	const showMore = async (run: number) => {
		const batch = pending.slice(0, pageSize);
		pending = pending.slice(pageSize);
		more.hidden = pending.length === 0;
		const slots = batch.map(() => document.createElement('li'));
		list.append(...slots);
		await Promise.all(
			batch.map(async (load, index) => {
				const data = await load();
				if (run === latest) slots[index]?.replaceWith(resultItem(data));
			}),
		);
	};

	const update = async () => {
		const run = ++latest;
		const typed = normalizeQuery(input.value);
		const filters = Object.fromEntries(
			selects
				.filter((select) => select.value)
				.map((select) => [select.dataset.filter, select.value]),
		);
		if ((!typed || tooShort(typed)) && Object.keys(filters).length === 0) {
			list.replaceChildren();
			more.hidden = true;
			asTyped.hidden = true;
			status.textContent = '';
			empty.hidden = true;
			return;
		}
		const typedResults = await search(typed, filters);
		// Typing on made this search stale: skip loading its result fragments.
		if (run !== latest) return;
		const corrected = await correction(typed, typedResults, filters);
		if (run !== latest) return;
		// What the reader typed, as typed: the status repeats it in their own characters.
		const shown = input.value.trim();
		const query = corrected?.corrected ?? shown;
		pending = corrected?.results ?? typedResults;
		const count = pending.length;
		list.replaceChildren();
		await showMore(run);
		if (run !== latest) return;
		const template = count
			? (templates[`search.results_${plural.select(count)}`] ?? templates['search.results_other'])
			: templates['search.noResults'];
		const found = fillTemplate(template ?? '', { count, query });
		status.textContent = corrected
			? [
					fillTemplate(templates['search.corrected'] ?? '', { corrected: query, query: shown }),
					found,
				].join(root.dataset.sentenceGap ?? ' ')
			: found;
		asTyped.hidden = !corrected;
		asTyped.textContent = fillTemplate(templates['search.searchInstead'] ?? '', { query: shown });
		empty.hidden = count > 0;
	};

	const links = () => [...list.querySelectorAll('a')];
	input.addEventListener('input', update);
	asTyped.addEventListener('click', () => {
		uncorrected = normalizeQuery(input.value);
		input.focus();
		void update();
	});
	for (const select of selects) select.addEventListener('change', update);
	more.addEventListener('click', async () => {
		const firstNew = list.children.length;
		await showMore(latest);
		links()[firstNew]?.focus();
	});
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
			ArrowDown: all[index + 1] ?? (more.hidden ? undefined : more),
			ArrowUp: index > 0 ? all[index - 1] : input,
			Home: all[0],
			End: all.at(-1),
		}[event.key];
		if (target) {
			event.preventDefault();
			target.focus();
		}
	});
	// Whatever the reader typed or chose while the engine was loading is searched now.
	void update();
}
