import { retractSource } from '../src/curation/retractSource';
import type { Database } from '../src/db/database';
import { importDocument, SYSTEM_VIEWER } from '../src/import/importDocument';
import { syntheticDocument } from '../src/synthetic/syntheticDocument';
import type { Target } from './target';
import { openTarget } from './target';

/**
 * 80 programs, each with a hub and 3 of 20 organizations as parties: filters that chain
 * hasProgram/hasParty make Neo4j enumerate every chain, about a second for three hops and far
 * beyond ten for five.
 */
export const DENSE_FIXTURE = syntheticDocument({
  key: 'reliability-dense',
  organizations: 20,
  programs: 80,
  partnersPerProgram: 3,
});

/** A filter that takes about a second on the dense fixture. */
export const MEDIUM_FILTER = `{ organizations(filter: { hasProgram: { hasParty: { hasProgram: {
  name: { equals: "no such program" } } } } }) { totalCount } }`;

/** A filter far slower than any transaction timeout on the dense fixture. */
export const SLOW_FILTER = `{ organizations(filter: { hasProgram: { hasParty: { hasProgram: { hasParty: {
  hasProgram: { name: { equals: "no such program" } } } } } } }) { totalCount } }`;

/**
 * Runs `work` with the dense fixture in the graph: imported first (a second import creates
 * nothing) and retracted afterwards if this call added it.
 */
export async function withDenseFixture<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const imported = await importDocument(db, DENSE_FIXTURE, { file: 'reliability-dense.yaml' });
  try {
    return await work();
  } finally {
    if (imported.changes.nodesCreated > 0) {
      await retractSource(db, DENSE_FIXTURE.source.id, { dryRun: false, viewer: SYSTEM_VIEWER });
    }
  }
}

/** Runs `work` on the target database on `boltPort` with the dense fixture in its graph. */
export async function onDenseGraph<T>(
  boltPort: number,
  work: (target: Target) => Promise<T>,
): Promise<T> {
  const target = await openTarget(boltPort);
  try {
    return await withDenseFixture(target.db, () => work(target));
  } finally {
    await target.close();
  }
}
