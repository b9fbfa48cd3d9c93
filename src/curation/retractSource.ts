import { randomUUID } from 'node:crypto';

import type { Viewer } from '../auth/authenticate';
import type { Database } from '../db/database';
import { CURATION_TIMEOUT_MS } from '../db/database';
import { GraphChangedError, retryConflicts } from '../db/retryConflicts';
import type { Transaction } from '../db/transaction';
import { ErrorCode, userError } from '../errors';
import type { AuditEntryModel } from '../repositories/auditRepository';
import { recordAudit } from '../repositories/auditRepository';
import type { Diff } from '../repositories/importDiffRepository';
import { lockIds } from '../repositories/lockRepository';
import { applyRetraction, planRetraction } from '../repositories/retractRepository';

/** The outcome of a retraction (or, in a dry run, what it would do). */
export interface RetractResult {
  sourceId: string;
  dryRun: boolean;
  diff: Diff;
  audit: AuditEntryModel | null;
}

/**
 * Retracts a source in one write transaction with its audit record (or, with `dryRun`, only
 * reports what would change, in a read transaction). NOT_FOUND for an unknown source.
 */
export async function retractSource(
  db: Database,
  sourceId: string,
  options: { dryRun: boolean; viewer: Viewer },
): Promise<RetractResult> {
  const notFound = () =>
    userError(ErrorCode.NOT_FOUND, `No source has the id "${sourceId}".`, { argument: 'id' });
  if (options.dryRun) {
    const planned = await db.readTransaction(
      (tx) => planRetraction(tx, sourceId),
      CURATION_TIMEOUT_MS,
    );
    if (!planned) throw notFound();
    return { sourceId, dryRun: true, diff: planned.diff, audit: null };
  }
  const auditId = `audit/${randomUUID()}`;
  return retryConflicts(() =>
    db.writeTransaction(async (tx) => {
      const planned = await planUnderLocks(tx, sourceId);
      if (!planned) throw notFound();
      const entities = planned.diff.entities.filter((e) => e.id !== sourceId);
      await applyRetraction(tx, sourceId, planned.excerptIds, entities);
      const deleted = planned.diff.entities.filter((e) => e.change === 'DELETED').length;
      const relationshipsDeleted = planned.diff.relationships.filter(
        (r) => r.change === 'DELETED',
      ).length;
      const audit = await recordAudit(tx, {
        id: auditId,
        actor: options.viewer.actor,
        role: options.viewer.role,
        operation: 'retractSource',
        target: sourceId,
        summary: `retracted ${sourceId}: deleted ${deleted} entities and ${relationshipsDeleted} relationships, removed its evidence from ${planned.diff.entities.length - 1 - deleted + planned.diff.relationships.length - relationshipsDeleted} facts`,
      });
      return { sourceId, dryRun: false, diff: planned.diff, audit };
    }, CURATION_TIMEOUT_MS),
  );
}

/** Lock rounds: each only follows facts a merge moved onto another entity meanwhile. */
const MAX_LOCK_ROUNDS = 5;

/**
 * The retraction planned under locks: the source first (imports of it wait), then every entity
 * the plan touches and both ends of every relationship it strips, and the plan made again
 * until it touches nothing it has not locked. Whatever another writer adds to those facts
 * meanwhile (another source's evidence, a relationship) is then seen, so nothing stated by
 * another source is deleted and the diff says what the retraction does.
 */
async function planUnderLocks(tx: Transaction, sourceId: string) {
  const source = await lockIds(tx, [sourceId]);
  if (source.get(sourceId)?.current !== sourceId) return null;
  const locked = new Set([sourceId]);
  for (let round = 1; ; round += 1) {
    const planned = await planRetraction(tx, sourceId);
    if (!planned) return null;
    const touched = new Set([
      ...planned.diff.entities.map((e) => e.id),
      ...planned.diff.relationships.flatMap((r) => [r.from, r.to]),
    ]);
    const unlocked = [...touched].filter((id) => !locked.has(id));
    if (unlocked.length === 0) return planned;
    if (round > MAX_LOCK_ROUNDS) throw new GraphChangedError('retraction kept changing');
    await lockIds(tx, unlocked);
    for (const id of unlocked) locked.add(id);
  }
}
