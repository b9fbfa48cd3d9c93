/** `npm run import -- FILE...`: validates and imports documents, one transaction each. */
import type { ImportResult } from '../import/importDocument';
import { importFiles } from '../import/seedDatabase';
import { runCli } from './runCli';

/** One line per imported document. */
export function describeImport(result: ImportResult): string {
  const c = result.changes;
  return (
    `${result.file}: ${result.sourceId}: ${result.entities} entities, ${result.relationships} relationships, ` +
    `${result.excerpts} excerpts; created ${c.nodesCreated} nodes and ${c.relationshipsCreated} relationships` +
    (result.resolvedAliases.length > 0
      ? `; resolved ${result.resolvedAliases.length} references by alias`
      : '')
  );
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npm run import -- FILE.yaml [FILE.yaml ...]');
    process.exit(2);
  }
  runCli(async (db) => {
    for (const result of await importFiles(db, files)) console.log(describeImport(result));
  });
}
