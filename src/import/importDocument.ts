import type { Database } from '../db/database';
import { graphDirectory } from './graphDirectory';
import type { ResolvedAlias } from './importPlan';
import { planDocument } from './planDocument';
import type { WriteCounts } from './writePlan';
import { writePlan } from './writePlan';

/** Imports can write thousands of facts; they get a longer timeout than API reads. */
const IMPORT_TIMEOUT_MS = 300_000;

/** What one imported document held and what writing it changed. */
export interface ImportResult {
  file: string;
  sourceId: string;
  entities: number;
  relationships: number;
  excerpts: number;
  changes: WriteCounts;
  resolvedAliases: ResolvedAlias[];
}

/**
 * Validates one document against the graph and writes it in one write transaction: any error
 * leaves the database as it was, and a second import of the same document creates nothing.
 */
export async function importDocument(
  db: Database,
  input: unknown,
  options: { file: string; readTextFile?: (path: string) => string | null },
): Promise<ImportResult> {
  const plan = await planDocument(input, { ...options, directory: graphDirectory(db) });
  const changes = await db.writeTransaction((tx) => writePlan(db, tx, plan), IMPORT_TIMEOUT_MS);
  return {
    file: options.file,
    sourceId: plan.source.id,
    entities: plan.nodes.length,
    relationships: plan.relationships.length,
    excerpts: plan.excerpts.length,
    changes,
    resolvedAliases: plan.resolvedAliases,
  };
}
