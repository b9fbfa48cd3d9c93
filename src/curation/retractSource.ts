import { randomUUID } from 'node:crypto';

import type { Viewer } from '../auth/authenticate';
import { CURATION_TIMEOUT_MS } from '../db/database';
import type { Database } from '../db/database';
import { ErrorCode, userError } from '../errors';
import type { Diff } from '../import/diffPlan';
import type { AuditEntryModel } from '../repositories/auditRepository';
import { recordAudit } from '../repositories/auditRepository';
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
      (tx) => planRetraction(db, tx, sourceId),
      CURATION_TIMEOUT_MS,
    );
    if (!planned) throw notFound();
    return { sourceId, dryRun: true, diff: planned.diff, audit: null };
  }
  const auditId = `audit/${randomUUID()}`;
  return db.writeTransaction(async (tx) => {
    const planned = await planRetraction(db, tx, sourceId);
    if (!planned) throw notFound();
    const entities = planned.diff.entities.filter((e) => e.id !== sourceId);
    await applyRetraction(db, tx, sourceId, planned.excerptIds, entities);
    const deleted = planned.diff.entities.filter((e) => e.change === 'DELETED').length;
    const relationshipsDeleted = planned.diff.relationships.filter(
      (r) => r.change === 'DELETED',
    ).length;
    const audit = await recordAudit(db, tx, {
      id: auditId,
      actor: options.viewer.actor,
      role: options.viewer.role,
      operation: 'retractSource',
      target: sourceId,
      summary: `retracted ${sourceId}: deleted ${deleted} entities and ${relationshipsDeleted} relationships, removed its evidence from ${planned.diff.entities.length - 1 - deleted + planned.diff.relationships.length - relationshipsDeleted} facts`,
    });
    return { sourceId, dryRun: false, diff: planned.diff, audit };
  }, CURATION_TIMEOUT_MS);
}
