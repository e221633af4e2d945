import { join } from 'node:path';
import { loadProgramme } from './lib/programme/load';

/** The programme data directory; Astro runs from the project root in dev, build and check. */
export const programmeDataDir = join(process.cwd(), 'content/programme');

/** The validated programme data that every component renders from. */
export const programme = loadProgramme(programmeDataDir);
