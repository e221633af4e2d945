/**
 * Writes the editor's configuration, src/admin/cms-config.yml, from the schemas of the data and
 * the pages on disk: `npm run cms:config`. A test fails while the file differs from what this
 * writes, so that the editor never offers other fields than the build accepts.
 */
import { writeFileSync } from 'node:fs';
import { cmsConfigFile, cmsConfigText } from '../lib/cms/config-file';

writeFileSync(cmsConfigFile, cmsConfigText());
console.log(`Wrote ${cmsConfigFile}`);
