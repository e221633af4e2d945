import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadProgramme } from '../../src/lib/programme/load';
import { parseProgramme, ProgrammeDataError } from '../../src/lib/programme/parse';
import { programmeFiles, type ProgrammeFile } from '../../src/lib/programme/schema';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

const dataDir = join(import.meta.dirname, '../../content/programme');

function rawData(): Record<ProgrammeFile, unknown> {
	return Object.fromEntries(
		(Object.keys(programmeFiles) as ProgrammeFile[]).map((file) => [
			file,
			parse(readFileSync(join(dataDir, file), 'utf8')),
		]),
	) as Record<ProgrammeFile, unknown>;
}

// The tests change the raw YAML on purpose, so it is typed as loosely as YAML itself.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawData = Record<ProgrammeFile, any>;

/** Parses the real data with one change applied, and returns the error message. */
function messageFor(change: (raw: RawData) => void): string {
	const raw = rawData();
	change(raw);
	try {
		parseProgramme(raw);
	} catch (error) {
		expect(error).toBeInstanceOf(ProgrammeDataError);
		return (error as Error).message;
	}
	throw new Error('the changed data was accepted');
}

test('the committed data is valid', () => {
	const programme = loadProgramme(dataDir);
	expect(programme.sectors).toHaveLength(6);
	expect(programme.themes).toHaveLength(7);
});

describe('a mistake in the data names the file, entry and field', () => {
	test('a status outside the allowed set', () => {
		const message = messageFor((raw) => {
			raw['sectors.yaml'][0].status = 'started';
		});
		expect(message).toContain(
			'content/programme/sectors.yaml, entry "automotive", field "status": "started" is not allowed: use one of the statuses: pilot, awaiting-arrangement',
		);
	});

	test('a missing field', () => {
		const message = messageFor((raw) => {
			delete raw['themes.yaml'][2].name.ja;
		});
		expect(message).toContain(
			'content/programme/themes.yaml, entry "welding", field "name.ja": is missing',
		);
	});

	test('a bad date', () => {
		const message = messageFor((raw) => {
			raw['events.yaml'][0].date = '2019-02-30';
		});
		expect(message).toMatch(
			/events\.yaml, entry "ijepa-negotiations-start", field "date": "2019-02-30" is not allowed: write a real date/,
		);
	});

	test('a fact citing an unknown source', () => {
		const message = messageFor((raw) => {
			raw['facts.yaml'][0].sources.push('nowhere-2020');
		});
		expect(message).toMatch(
			/facts\.yaml, entry "ijepa-titles", field "sources\[3\]": unknown source "nowhere-2020": use an id from sources\.yaml/,
		);
	});

	test('an unknown sector id in the pilots', () => {
		const message = messageFor((raw) => {
			raw['framework.yaml'].pilots[0].sector = 'aviation';
		});
		expect(message).toContain(
			'content/programme/framework.yaml, field "pilots[0].sector": unknown sector "aviation"',
		);
	});

	test('an unknown field', () => {
		const message = messageFor((raw) => {
			raw['sectors.yaml'][1].staus = 'pilot';
		});
		expect(message).toContain('sectors.yaml, entry "electronics": unknown field "staus"');
	});

	test('an id used twice', () => {
		const message = messageFor((raw) => {
			raw['sources.yaml'].push(raw['sources.yaml'][0]);
		});
		expect(message).toContain('sources.yaml, entry "jpnn-2019", field "id": this id is used twice');
	});

	test('every problem is listed in one message', () => {
		const message = messageFor((raw) => {
			raw['sectors.yaml'][0].status = 'started';
			raw['sectors.yaml'][1].status = 'done';
		});
		expect(message).toMatch(/^The programme data has 2 problems\./);
	});
});
