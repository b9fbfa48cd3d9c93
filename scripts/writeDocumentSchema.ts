/** `npm run schema:document`: regenerates seed/document.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { documentJsonSchemaText } from '../src/import/documentJsonSchema';
import { PROJECT_ROOT } from '../src/projectRoot';

writeFileSync(join(PROJECT_ROOT, 'seed', 'document.schema.json'), documentJsonSchemaText());
console.log('wrote seed/document.schema.json');
