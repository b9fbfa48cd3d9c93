/** `npm run import -- FILE...`: validates and imports documents, one transaction each. */
import type { ImportResult } from '../import/importDocument';
import { importFiles } from '../import/importFiles';
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

/**
 * The lines a curator checks after the summary: each reference made by a name and the id it
 * resolved to, each warning (a new entity named like a known one), and what a repeated import
 * changed in entities it did not create.
 */
export function describeImportDetails(result: ImportResult): string[] {
  const lines = result.resolvedAliases.map(
    (alias) => `  ${alias.path}: "${alias.reference}" -> ${alias.id}`,
  );
  for (const warning of result.warnings)
    lines.push(`  warning: ${warning.path}: ${warning.message}`);
  for (const entity of result.diff?.entities ?? []) {
    if (entity.change !== 'UPDATED') continue;
    lines.push(
      `  updated ${entity.id}${entity.fields.length > 0 ? ` (${entity.fields.join(', ')})` : ''}`,
    );
  }
  return lines;
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npm run import -- FILE.yaml [FILE.yaml ...]');
    process.exit(2);
  }
  runCli(async (db) => {
    for (const result of await importFiles(db, files, { diff: true })) {
      console.log([describeImport(result), ...describeImportDetails(result)].join('\n'));
    }
  });
}
