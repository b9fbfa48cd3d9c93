/** `npm run seed`: imports every document of seed/documents (idempotent: a rerun changes nothing). */
import { join } from 'node:path';

import { importFiles, seedFiles } from '../import/importFiles';
import { PROJECT_ROOT } from '../projectRoot';
import { describeImport, describeImportDetails } from './import';
import { runCli } from './runCli';

runCli(async (db) => {
  const results = await importFiles(db, seedFiles(join(PROJECT_ROOT, 'seed', 'documents')), {
    diff: true,
  });
  for (const result of results) {
    console.log([describeImport(result), ...describeImportDetails(result)].join('\n'));
  }
});
