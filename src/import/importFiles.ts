import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Database } from '../db/database';
import type { ImportResult } from './importDocument';
import { importDocument } from './importDocument';
import { loadDocumentFile } from './loadDocumentFile';

/** The documents of a seed folder, in name order (a document may refer to earlier ones). */
export function seedFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((file) => /\.(ya?ml|json)$/.test(file))
    .sort()
    .map((file) => join(folder, file));
}

/**
 * Imports files in order, each in its own transaction; stops at the first invalid one. With
 * `diff`, each result says entity by entity what changed.
 */
export async function importFiles(
  db: Database,
  files: string[],
  options: { diff?: boolean } = {},
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const file of files) {
    const loaded = loadDocumentFile(file);
    results.push(await importDocument(db, loaded.content, { ...loaded, diff: options.diff }));
  }
  return results;
}
