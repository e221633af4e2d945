/**
 * `npm run bench:scale -- --pages 100,1000,10000 [--rounds 3] [--keep]`: for each size, copies the
 * project into .scratch/, adds that many synthetic pages (a third in each language, next to the
 * site's own pages, which the sidebar and redirects need), builds it and prints the build's
 * wall-clock seconds and peak memory, the size of dist/, of its pages and of the Pagefind index,
 * and what one search costs a reader in Chromium. Then it builds the copy again with nothing
 * changed, and builds a stock Starlight site with the same pages (their rendered content, as
 * bench:weight does), and prints the three builds side by side. Several sizes also give the growth
 * of the largest page. The copy is removed afterwards unless `--keep`; the build logs stay in
 * .scratch/.
 *
 * The three builds are repeated in turn, `--rounds` times, and each is reported by its median
 * round: on a shared machine one build can take half as long again as the same build a minute
 * later. By default sizes up to 1,000 pages get 3 rounds (a few minutes each) and larger ones 1.
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { redirectPageTarget } from '../../src/lib/redirects';
import { loadProgramme } from '../../src/lib/programme/load';
import { searchQueries } from '../search-queries';
import {
	buildScratchProject,
	createScratchProject,
	type BuildResult,
	type ScratchProject,
} from '../support/scratch-project';
import { writeSyntheticPages, type SyntheticPages } from '../support/synthetic-pages';
import { kb, launchChromium, median, startPreview } from './preview';
import { buildStockStarlight } from './stock-starlight';
import { coldSearch } from './search-session';
import { requireTools } from '../support/tools';

requireTools();

/** The targets, for 10,000 pages on two cores. */
const targets = {
	pages: 10_000,
	buildSeconds: 120,
	peakMemoryBytes: 3 * 1024 ** 3,
	/** The largest page at 10,000 pages against the largest at 100. */
	largestPageGrowth: 1.1,
	/** Against stock Starlight with the same pages, at 1,000 and 10,000 pages. */
	againstStock: {
		/** Our cold build's wall-clock time, at most this many times stock's. */
		coldTime: 1.5,
		/** Our rebuild with nothing changed, at most this many times stock's cold build. */
		rebuildTime: 1,
		/** Our peak memory, at most this many times stock's. */
		peakMemory: 1.2,
	},
};
const previewPort = 4420;

const { values } = parseArgs({
	options: {
		pages: { type: 'string', default: '1000' },
		rounds: { type: 'string' },
		keep: { type: 'boolean', default: false },
	},
});
const roundsOf = (size: number) => Number(values.rounds ?? (size <= 1000 ? 3 : 1));
if (values.rounds !== undefined && !(Number.isInteger(roundsOf(0)) && roundsOf(0) >= 1)) {
	throw new Error(`--rounds takes a whole number of 1 or more: "${values.rounds}"`);
}
const sizes = values.pages
	.split(',')
	.map((size) => Number(size.replace(/[_\s]/g, '')))
	.sort((a, b) => a - b);
if (sizes.some((size) => !Number.isInteger(size) || size < 3)) {
	throw new Error(`--pages takes whole numbers of 3 or more, comma-separated: "${values.pages}"`);
}

interface HtmlPage {
	file: string;
	bytes: number;
}

interface DistFigures {
	bytes: number;
	files: number;
	/** Every built page except the redirect pages, largest first. */
	pages: HtmlPage[];
	pagefindBytes: number;
	pagefindFiles: number;
}

function measureDist(dist: string): DistFigures {
	const figures: DistFigures = {
		bytes: 0,
		files: 0,
		pages: [],
		pagefindBytes: 0,
		pagefindFiles: 0,
	};
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const file = relative(dist, path);
		const { size } = statSync(path);
		figures.bytes += size;
		figures.files++;
		if (file.startsWith('pagefind/')) {
			figures.pagefindBytes += size;
			figures.pagefindFiles++;
		} else if (file.endsWith('.html') && !redirectPageTarget(readFileSync(path, 'utf8'))) {
			figures.pages.push({ file, bytes: size });
		}
	}
	figures.pages.sort((a, b) => b.bytes - a.bytes);
	return figures;
}

interface SearchFigures {
	bytes: number[];
	firstResultMs: number[];
}

/** The shared search queries, each as a reader's first search in a fresh browser. */
async function measureSearch(project: ScratchProject): Promise<SearchFigures> {
	const { origin, stop } = await startPreview(previewPort, project.root);
	const browser = await launchChromium();
	const figures: SearchFigures = { bytes: [], firstResultMs: [] };
	try {
		for (const query of searchQueries) {
			const context = await browser.newContext();
			const { bytes, firstResultMs } = await coldSearch(await context.newPage(), origin, query);
			figures.bytes.push(bytes);
			figures.firstResultMs.push(firstResultMs);
			await context.close();
		}
	} finally {
		await browser.close();
		stop();
	}
	return figures;
}

interface Run {
	/** The machine's one-minute load average before and after the build. */
	load: [number, number];
	synthetic: SyntheticPages;
	build: BuildResult;
	/** The same project built again, nothing changed. */
	rebuild: BuildResult;
	/** Stock Starlight with the same pages. */
	stock: BuildResult;
	/** Each build's wall-clock seconds in every round, for ours cold, ours again and stock. */
	roundSeconds: { build: number[]; rebuild: number[]; stock: number[] };
	dist: DistFigures;
	search: SearchFigures;
	log: string;
}

/** Builds `project`, keeping its log in .scratch/; stops the benchmark if the build fails. */
async function loggedBuild(project: ScratchProject, log: string): Promise<BuildResult> {
	const build = await buildScratchProject(project);
	writeFileSync(log, build.output);
	if (build.exitCode !== 0) throw new Error(`A build failed; its output is in ${log}`);
	return build;
}

/** The build of median wall-clock time, with its own CPU time and memory. */
function medianRound(results: BuildResult[]): BuildResult {
	const sorted = results.toSorted((a, b) => a.seconds - b.seconds);
	const middle = sorted[Math.floor((sorted.length - 1) / 2)];
	if (!middle) throw new Error('No build to take the median of');
	return middle;
}

async function run(requested: number): Promise<Run> {
	const project = createScratchProject();
	try {
		const programme = loadProgramme(join(project.root, 'content/programme'));
		const synthetic = writeSyntheticPages(join(project.root, 'content/docs'), requested, programme);
		console.log(
			`${requested} pages: wrote ${synthetic.total} synthetic pages to ${relative(process.cwd(), project.root)}, building…`,
		);
		const rounds = roundsOf(requested);
		const logs = join(project.root, '..');
		const log = join(logs, `bench-scale-${requested}.log`);
		const builds: BuildResult[] = [];
		const rebuilds: BuildResult[] = [];
		const stocks: BuildResult[] = [];
		let load: Run['load'] = [0, 0];
		let dist: DistFigures | undefined;
		let search: SearchFigures | undefined;
		for (let round = 1; round <= rounds; round++) {
			const of = rounds > 1 ? ` (round ${round} of ${rounds})` : '';
			// A cold build: without the caches (node_modules/.astro) and the output of the last round.
			for (const made of ['node_modules', 'dist'])
				rmSync(join(project.root, made), { recursive: true, force: true });
			if (round > 1) console.log(`${requested} pages: building${of}…`);
			const loadBefore = loadavg()[0] ?? 0;
			builds.push(await loggedBuild(project, log));
			load = [loadBefore, loadavg()[0] ?? 0];
			dist ??= measureDist(join(project.root, 'dist'));
			search ??= await measureSearch(project);
			console.log(`${requested} pages: building again with nothing changed${of}…`);
			rebuilds.push(await loggedBuild(project, join(logs, `bench-scale-${requested}-rebuild.log`)));
			console.log(`${requested} pages: building stock Starlight with the same pages${of}…`);
			const stockSite = await buildStockStarlight(
				dist.pages.map(({ file }) => file).filter((file) => file !== '404.html'),
				join(project.root, 'dist'),
			);
			stockSite.remove();
			stocks.push(stockSite.build);
		}
		const seconds = (results: BuildResult[]) => results.map((result) => result.seconds);
		return {
			load,
			synthetic,
			build: medianRound(builds),
			rebuild: medianRound(rebuilds),
			stock: medianRound(stocks),
			roundSeconds: { build: seconds(builds), rebuild: seconds(rebuilds), stock: seconds(stocks) },
			dist: dist ?? measureDist(join(project.root, 'dist')),
			search: search ?? { bytes: [], firstResultMs: [] },
			log,
		};
	} finally {
		if (values.keep) console.log(`Kept ${project.root}`);
		else project.remove();
	}
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const count = (value: number) => value.toLocaleString('en');
const growthPercent = `${Math.round((targets.largestPageGrowth - 1) * 100)}%`;

/** Whether a run meets a target that holds at the target size; smaller runs are not judged. */
function verdict(result: Run, met: boolean): string {
	if (result.synthetic.total < targets.pages) return `(at ${count(targets.pages)} pages)`;
	return met ? 'met' : 'MISSED';
}

function printTable(rows: string[][]) {
	const widths = (rows[0] ?? []).map((_, column) =>
		Math.max(...rows.map((row) => row[column]?.length ?? 0)),
	);
	for (const row of rows)
		console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
}

/** The build log's steps and the lines that time them: bundling, pages, Pagefind, images. */
function phaseLines(output: string): string[] {
	return output
		.split('\n')
		.map((line) => line.replace(/^\d\d:\d\d:\d\d /, '').trim())
		.filter(
			(line) =>
				/\.\.\.$|^generating |\bin (\d+m )?\d+(\.\d+)?m?s\b/.test(line) && !/^[│├└]/.test(line),
		);
}

function printRun(result: Run) {
	const { synthetic, build, dist, search } = result;
	const [largest] = dist.pages;
	const medianPage = median(dist.pages.map(({ bytes }) => bytes));
	const buildMet = build.seconds < targets.buildSeconds;
	const memoryMet = build.peakMemoryBytes < targets.peakMemoryBytes;
	console.log(
		`\n${count(synthetic.total)} synthetic pages (${count(synthetic.perLocale)} in each of 3 languages, ` +
			`~${synthetic.wordsPerPage} words each) next to the site's own pages: ` +
			`${count(dist.pages.length)} HTML pages built, redirect pages not counted\n`,
	);
	printTable([
		['figure', 'measured', 'target'],
		[
			'build, wall clock',
			`${build.seconds.toFixed(1)} s`,
			`< ${targets.buildSeconds} s: ${verdict(result, buildMet)}`,
		],
		[
			'build, CPU time: user + system, all processes',
			`${build.cpuSeconds.toFixed(1)} s (${(build.cpuSeconds / build.seconds).toFixed(2)} cores busy on average)`,
			'',
		],
		[
			'machine load average (1 min), before and after the build',
			`${result.load.map((load) => load.toFixed(1)).join(' → ')} on ${availableParallelism()} cores`,
			'',
		],
		[
			'peak memory: resident, build + child processes summed, sampled every 100 ms',
			gb(build.peakMemoryBytes),
			`< ${gb(targets.peakMemoryBytes)}: ${verdict(result, memoryMet)}`,
		],
		['dist/, all files', `${mb(dist.bytes)} in ${count(dist.files)} files`, ''],
		[
			'largest page HTML, uncompressed',
			`${kb(largest?.bytes ?? 0)} (${largest?.file ?? 'none'})`,
			`at most ${growthPercent} larger than at 100 pages`,
		],
		['median page HTML, uncompressed', kb(medianPage), ''],
		[
			'Pagefind index, dist/pagefind/',
			`${mb(dist.pagefindBytes)} in ${count(dist.pagefindFiles)} files`,
			'',
		],
		[
			`bytes per query: a first search (search code, Pagefind, index, results), gzip, median of ${search.bytes.length}`,
			`${kb(median(search.bytes))} (max ${kb(Math.max(...search.bytes))})`,
			'',
		],
		[
			'first result after the last keystroke, median',
			`${median(search.firstResultMs).toFixed(0)} ms`,
			'',
		],
	]);
	printAgainstStock(result);
	console.log(`\nBuild phases (from the log, ${relative(process.cwd(), result.log)}):`);
	for (const line of phaseLines(build.output)) console.log(`  ${line}`);
}

/** Whether a run meets a target against stock; runs under 1,000 pages are not judged. */
function stockVerdict(result: Run, ratio: number, target: number): string {
	const judged = result.synthetic.total >= 1000 ? (ratio <= target ? ': met' : ': MISSED') : '';
	return `${ratio.toFixed(2)}× (target ≤ ${target}×${judged})`;
}

function printAgainstStock(result: Run) {
	const { build, rebuild, stock, roundSeconds } = result;
	const { againstStock } = targets;
	const seconds = (value: number) => `${value.toFixed(1)} s`;
	const rounds = roundSeconds.build.length;
	console.log(
		rounds > 1
			? `\nSide by side with stock Starlight, the same pages: each build the median of ${rounds} rounds, built in turn\n`
			: '\nSide by side with stock Starlight, the same pages:\n',
	);
	printTable([
		['build', 'wall clock', 'CPU (user + system)', 'peak memory'],
		['ours, cold', seconds(build.seconds), seconds(build.cpuSeconds), gb(build.peakMemoryBytes)],
		[
			'ours, again with nothing changed',
			seconds(rebuild.seconds),
			seconds(rebuild.cpuSeconds),
			gb(rebuild.peakMemoryBytes),
		],
		[
			'stock Starlight, cold',
			seconds(stock.seconds),
			seconds(stock.cpuSeconds),
			gb(stock.peakMemoryBytes),
		],
		[
			'ours / stock, cold',
			stockVerdict(result, build.seconds / stock.seconds, againstStock.coldTime),
			`${(build.cpuSeconds / stock.cpuSeconds).toFixed(2)}×`,
			stockVerdict(result, build.peakMemoryBytes / stock.peakMemoryBytes, againstStock.peakMemory),
		],
		[
			'ours again / stock cold',
			stockVerdict(result, rebuild.seconds / stock.seconds, againstStock.rebuildTime),
			`${(rebuild.cpuSeconds / stock.cpuSeconds).toFixed(2)}×`,
			`${(rebuild.peakMemoryBytes / stock.peakMemoryBytes).toFixed(2)}×`,
		],
	]);
	if (rounds > 1) {
		const all = (values: number[]) => values.map(seconds).join(', ');
		console.log(
			`\nWall clock of each round: ours cold ${all(roundSeconds.build)}; ours again ${all(roundSeconds.rebuild)}; stock ${all(roundSeconds.stock)}`,
		);
	}
	if (Math.max(...result.load) > availableParallelism()) {
		console.log(
			'\nThe machine was busier than its cores during the builds: wall-clock ratios are unreliable; ' +
				'CPU seconds, which do not count time spent waiting for a core, compare the builds better.',
		);
	}
	const imageLine = /\d+ link-preview images in .*/.exec(rebuild.output)?.[0];
	if (imageLine) console.log(`\nPreview images in the rebuild: ${imageLine}`);
}

const results: Run[] = [];
for (const size of sizes) {
	const result = await run(size);
	printRun(result);
	results.push(result);
}

if (results.length > 1) {
	const baseline = results[0]?.dist.pages[0]?.bytes ?? 0;
	console.log(`\nLargest page against the smallest run (target: at most ${growthPercent} larger):`);
	printTable([
		['synthetic pages', 'largest page HTML', 'growth'],
		...results.map((result): [string, string, string] => {
			const bytes = result.dist.pages[0]?.bytes ?? 0;
			const growth = bytes / baseline;
			const met = growth <= targets.largestPageGrowth ? 'met' : 'MISSED';
			return [
				count(result.synthetic.total),
				kb(bytes),
				`${((growth - 1) * 100).toFixed(1)}%: ${met}`,
			];
		}),
	]);
} else {
	console.log(
		'\nThe growth of the largest page needs a baseline in the same run: e.g. --pages 100,10000.',
	);
}
