import {
	confidenceProblems,
	describeProblem,
	schemaProblems,
	type DataProblem,
} from '../programme/parse';
import { programmeFiles, type ProgrammeFile, type Source } from '../programme/schema';

/**
 * What the build would say about one data file as the editor is about to save it: the file's
 * schema, and a fact's confidence against the origins of its sources. The messages are the
 * build's own, so the form refuses what the build would refuse, in the same words.
 */
export function fileProblems(
	file: ProgrammeFile,
	value: unknown,
	sources: readonly Source[] | undefined,
	dataDir = 'content/programme',
): string[] {
	const result = programmeFiles[file].safeParse(value);
	let problems: DataProblem[];
	if (!result.success) problems = schemaProblems(file, value, result.error);
	else if (file === 'facts.yaml' && sources)
		problems = confidenceProblems({
			sources: [...sources],
			facts: result.data as Parameters<typeof confidenceProblems>[0]['facts'],
		});
	else problems = [];
	return problems.map((problem) => describeProblem(problem, dataDir));
}

export function isProgrammeFile(file: string): file is ProgrammeFile {
	return Object.hasOwn(programmeFiles, file);
}
