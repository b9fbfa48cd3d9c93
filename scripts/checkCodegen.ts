/**
 * `npm run codegen:check`: fails when src/generated/graphql.ts is not what `npm run codegen`
 * would write from schema/ now, or when seed/document.schema.json is stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

import { documentJsonSchemaText } from '../src/import/documentJsonSchema';
import { PROJECT_ROOT } from '../src/projectRoot';

async function main(): Promise<void> {
  const { config } = await loadCodegenConfig({ configFilePath: join(PROJECT_ROOT, 'codegen.yml') });
  const outputs: unknown = await generate({ ...config, cwd: PROJECT_ROOT, silent: true }, false);
  if (!isFileOutputs(outputs)) throw new Error('graphql-codegen returned no files');
  const stale: string[] = [];
  for (const output of outputs) {
    const onDisk = readFileSync(join(PROJECT_ROOT, output.filename), 'utf8');
    if (onDisk !== output.content) stale.push(`${output.filename} (run npm run codegen)`);
  }
  const schemaFile = join(PROJECT_ROOT, 'seed', 'document.schema.json');
  if (readFileSync(schemaFile, 'utf8') !== documentJsonSchemaText()) {
    stale.push('seed/document.schema.json (run npm run schema:document)');
  }
  if (stale.length > 0) {
    console.error(`Generated files are stale: ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log('generated files are up to date');
}

function isFileOutputs(value: unknown): value is { filename: string; content: string }[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        typeof item === 'object' && item !== null && 'filename' in item && 'content' in item,
    )
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
