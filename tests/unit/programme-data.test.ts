import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadProgramme } from '../../src/lib/programme/load';
import { newestSourceDate, sourcesOf, subjectStatus } from '../../src/lib/programme/lookup';
import {
	describeProblem,
	factOrigins,
	parseProgramme,
	ProgrammeDataError,
	unusedEntries,
} from '../../src/lib/programme/parse';
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
	test('a document state outside the allowed set', () => {
		const message = messageFor((raw) => {
			raw['sectors.yaml'][0].documents[0].state = 'started';
		});
		expect(message).toContain(
			'content/programme/sectors.yaml, entry "automotive", field "documents[0].state": "started" is not allowed: use one of: sent, accepted-in-principle, signed',
		);
	});

	test('a status typed into the data, which only the pilot list decides', () => {
		const message = messageFor((raw) => {
			raw['sectors.yaml'][1].status = 'pilot';
		});
		expect(message).toContain('sectors.yaml, entry "electronics": unknown field "status"');
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
			/facts\.yaml, entry "ijepa-titles", field "sources\[2\]": unknown source "nowhere-2020": use an id from sources\.yaml/,
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
			raw['sectors.yaml'][1].inSentance = raw['sectors.yaml'][1].inSentence;
		});
		expect(message).toContain('sectors.yaml, entry "electronics": unknown field "inSentance"');
	});

	test('an id used twice', () => {
		const message = messageFor((raw) => {
			raw['sources.yaml'].push(raw['sources.yaml'][0]);
		});
		expect(message).toContain('sources.yaml, entry "jpnn-2019", field "id": this id is used twice');
	});

	test('every problem is listed in one message', () => {
		const message = messageFor((raw) => {
			raw['sectors.yaml'][0].documents[0].state = 'started';
			raw['themes.yaml'][1].documents[0].state = 'done';
		});
		expect(message).toMatch(/^The programme data has 2 problems\./);
	});
});

describe('a claim no stronger than its sources', () => {
	const factIndex = (raw: RawData, id: string) =>
		(raw['facts.yaml'] as { id: string }[]).findIndex((fact) => fact.id === id);

	test('"confirmed" on reprints of one release names the fact and its one origin', () => {
		const message = messageFor((raw) => {
			raw['facts.yaml'][factIndex(raw, 'themes-2019')].confidence = 'confirmed';
		});
		expect(message).toContain(
			'facts.yaml, entry "themes-2019", field "confidence": "confirmed" needs two or more independent origins, but its sources carry one: kemenperin (jpnn-2019, okezone-2019, gridoto-2019, voinews-2019).',
		);
	});

	test('"single-source" on two independent origins names them', () => {
		const message = messageFor((raw) => {
			raw['facts.yaml'][factIndex(raw, 'framework-signing')].confidence = 'single-source';
		});
		expect(message).toContain(
			'facts.yaml, entry "framework-signing", field "confidence": its sources carry 2 independent origins (meti (meti-2019); kemenperin (jpnn-2019, okezone-2019, gridoto-2019, voinews-2019))',
		);
	});

	test('a second outlet of the same origin does not confirm a fact', () => {
		const message = messageFor((raw) => {
			const fact = raw['facts.yaml'][factIndex(raw, 'trade-deficit-claim')];
			fact.sources.push('okezone-2019');
			fact.confidence = 'confirmed';
		});
		expect(message).toContain('entry "trade-deficit-claim", field "confidence"');
	});

	test('a source that supports no fact is accepted, and named as unused', () => {
		const raw = rawData() as RawData;
		raw['sources.yaml'].push({ ...raw['sources.yaml'][0], id: 'unused-2020' });
		const problems = unusedEntries(parseProgramme(raw)).map((problem) =>
			describeProblem(problem, 'content/programme'),
		);
		expect(problems).toEqual([
			'content/programme/sources.yaml, entry "unused-2020": no fact in facts.yaml cites this source: cite it on the fact it supports, or remove it.',
		]);
	});

	test('an address known only cut short is never a link', () => {
		const message = messageFor((raw) => {
			const source = raw['sources.yaml'].find(
				(entry: { id: string }) => entry.id === 'okezone-2019',
			);
			source.url = 'https://economy.okezone.com/read/2019/06/28/320/2072009/';
		});
		expect(message).toContain(
			'sources.yaml, entry "okezone-2019", field "publisherUrl": an incomplete address is shown as text',
		);
	});

	test('an unknown origin', () => {
		const message = messageFor((raw) => {
			raw['sources.yaml'][0].origin = 'kemenprin';
		});
		expect(message).toContain(
			'sources.yaml, entry "jpnn-2019", field "origin": unknown origin "kemenprin": use an id from origins.yaml',
		);
	});
});

describe('what the data says about status and freshness', () => {
	const programme = loadProgramme(dataDir);

	test('a status follows the pilot list', () => {
		expect(subjectStatus(programme, 'sector', 'automotive')).toBe('pilot');
		expect(subjectStatus(programme, 'sector', 'metals')).toBe('not-pilot');
		expect(subjectStatus(programme, 'theme', 'mold-and-dies')).toBe('pilot');
		expect(subjectStatus(programme, 'theme', 'welding')).toBe('not-pilot');
	});

	test('every typed confidence agrees with the independent origins', () => {
		for (const fact of programme.facts) {
			const origins = factOrigins(programme, fact).length;
			expect(fact.confidence === 'confirmed', fact.id).toBe(origins >= 2);
		}
	});

	// On the data as it grows: an editor who adds a source must not have to change a test.
	test('the newest source on New MIDEC is the latest date among the sources of its facts', () => {
		const newest = newestSourceDate(programme, 'new-midec');
		const dated = programme.facts
			.filter((fact) => fact.topic === 'new-midec')
			.flatMap((fact) => sourcesOf(programme, fact).map((source) => source.date));
		expect(dated).toContain(newest);
		expect(dated.filter((date) => date && date > newest)).toEqual([]);
	});

	test('a newer source on a New MIDEC fact becomes the newest, even given by month only', () => {
		const [fact, ...others] = programme.facts.filter(({ topic }) => topic === 'new-midec');
		const [source] = programme.sources;
		if (!fact || !source) throw new Error('the data has no New MIDEC fact or no source');
		const later = { ...source, id: 'later-report', date: '2099-01' };
		const withLater = {
			...programme,
			sources: [...programme.sources, later],
			facts: [{ ...fact, sources: [...fact.sources, later.id] }, ...others],
		};
		expect(newestSourceDate(withLater, 'new-midec')).toBe('2099-01');
	});
});
