import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { parseProgramme, type Programme } from './parse';
import { programmeFiles, type ProgrammeFile } from './schema';

/** Reads every data file in `dir` and validates it; throws one message listing every mistake. */
export function loadProgramme(dir: string): Programme {
	const present = new Set(readdirSync(dir));
	const raw: Partial<Record<ProgrammeFile, unknown>> = {};
	for (const file of Object.keys(programmeFiles) as ProgrammeFile[]) {
		if (!present.has(file)) continue;
		const path = join(dir, file);
		try {
			raw[file] = parse(readFileSync(path, 'utf8')) ?? undefined;
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw new Error(`${relative(process.cwd(), path)} is not valid YAML: ${reason}`, {
				cause: error,
			});
		}
	}
	return parseProgramme(raw, relative(process.cwd(), dir) || '.');
}
