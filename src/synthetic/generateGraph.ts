import type { Viewer } from '../auth/authenticate';
import type { Database } from '../db/database';
import type { BulkImportProgress } from '../import/bulkImport';
import { bulkImport } from '../import/bulkImport';
import { syntheticDocuments } from './syntheticDocuments';
import { buildSyntheticWorld } from './syntheticWorld';

export interface GenerateOptions {
  scale: number;
  seed: number;
  viewer: Viewer;
  /** Planned items per write transaction (the import's default when absent). */
  batchSize?: number;
  /** Validate every generated document, write nothing. */
  dryRun?: boolean;
  onProgress?: (progress: BulkImportProgress) => void;
}

/**
 * Builds the synthetic world of `scale` and `seed` and loads its documents through the bulk
 * import path. Loading the same scale and seed again changes nothing.
 */
export async function generateGraph(
  db: Database,
  options: GenerateOptions,
): Promise<{ load: BulkImportProgress; worldMs: number }> {
  const started = Date.now();
  const world = buildSyntheticWorld(options.scale, options.seed);
  const worldMs = Date.now() - started;
  const load = await bulkImport(db, syntheticDocuments(world), {
    name: `synthetic graph (scale ${options.scale}, seed ${options.seed})`,
    viewer: options.viewer,
    dryRun: options.dryRun,
    batchSize: options.batchSize,
    onProgress: options.onProgress,
  });
  return { load, worldMs };
}
