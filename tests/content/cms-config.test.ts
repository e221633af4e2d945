import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cmsConfigFile, cmsConfigText } from '../../src/lib/cms/config-file';

const root = join(import.meta.dirname, '../..');

test('the editor offers the fields, choices and entries that the build accepts', () => {
	expect(
		readFileSync(join(root, cmsConfigFile), 'utf8'),
		`${cmsConfigFile} is out of date with the schemas, the data or the pages: run \`npm run cms:config\` and commit it`,
	).toBe(cmsConfigText(root));
});
