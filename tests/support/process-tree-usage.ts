/**
 * What a process and all its descendants use together (a build is Node with its worker threads,
 * plus child processes such as esbuild and Pagefind), sampled from Linux's /proc:
 * - peak memory: the largest sum of resident memory over the tree. Memory that processes share
 *   (libraries) counts once per process, so this is an upper bound of what the tree needed;
 * - CPU time: user and system time of the tree, ended children included. Unlike wall-clock time,
 *   it hardly depends on what else the machine is running.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** Linux reports CPU times in clock ticks of USER_HZ, which is 100 on every architecture. */
const ticksPerSecond = 100;

function readProcFile(pid: number, file: string): string | undefined {
	try {
		return readFileSync(`/proc/${pid}/${file}`, 'utf8');
	} catch {
		// The process ended between listing and reading.
		return undefined;
	}
}

/** The fields of /proc/<pid>/stat after the command name, which may itself hold spaces. */
function statFields(pid: number): string[] | undefined {
	const stat = readProcFile(pid, 'stat');
	return stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * The parent of every running process, by pid. A process keeps its parent while the build runs
 * (its parent waits for it), so only processes new since the last call have their stat read.
 */
function parentsUpdater() {
	const parents = new Map<number, number>();
	return () => {
		const running = new Set(
			readdirSync('/proc')
				.filter((name) => /^\d+$/.test(name))
				.map(Number),
		);
		for (const pid of parents.keys()) if (!running.has(pid)) parents.delete(pid);
		for (const pid of running) {
			if (parents.has(pid)) continue;
			const parent = statFields(pid)?.[1];
			if (parent) parents.set(pid, Number(parent));
		}
		return parents;
	};
}

/** `root` and every process below it. */
function processTree(root: number, parents: Map<number, number>): number[] {
	const children = new Map<number, number[]>();
	for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
	const tree = [root];
	for (let index = 0; index < tree.length; index++) {
		tree.push(...(children.get(tree[index] ?? 0) ?? []));
	}
	return tree;
}

function residentBytes(pid: number): number {
	const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readProcFile(pid, 'status') ?? '')?.[1];
	return Number(kilobytes ?? 0) * 1024;
}

/** User and system ticks of a process and of its children that have ended. */
function cpuTicks(pid: number): number {
	// utime, stime, cutime and cstime are fields 14 to 17 of stat, 12 to 15 after the name.
	const fields = statFields(pid)?.slice(11, 15) ?? [];
	return fields.reduce((sum, ticks) => sum + Number(ticks), 0);
}

export interface TreeUsage {
	peakMemoryBytes: number;
	cpuSeconds: number;
}

/** Samples the tree under `pid` every `intervalMs` until `stop()`. */
export function trackProcessTree(pid: number, intervalMs = 100): { stop(): TreeUsage } {
	const usage: TreeUsage = { peakMemoryBytes: 0, cpuSeconds: 0 };
	const updateParents = parentsUpdater();
	const sample = () => {
		const tree = processTree(pid, updateParents());
		const memory = tree.reduce((sum, member) => sum + residentBytes(member), 0);
		const cpu = tree.reduce((sum, member) => sum + cpuTicks(member), 0) / ticksPerSecond;
		usage.peakMemoryBytes = Math.max(usage.peakMemoryBytes, memory);
		// A child's time moves to its parent's when it ends: the sum never shrinks.
		usage.cpuSeconds = Math.max(usage.cpuSeconds, cpu);
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return usage;
		},
	};
}
