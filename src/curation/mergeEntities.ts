import { randomUUID } from 'node:crypto';

import type { Viewer } from '../auth/authenticate';
import { CURATION_TIMEOUT_MS } from '../db/database';
import type { Database } from '../db/database';
import { Label, labelOfId } from '../db/graphModel';
import { ErrorCode, badUserInput, userError } from '../errors';
import type { AuditEntryModel } from '../repositories/auditRepository';
import { recordAudit } from '../repositories/auditRepository';
import { findNodesByIds } from '../repositories/graphRepository';
import { mergeInto } from '../repositories/mergeRepository';

/** Entity types that can be merged (sources are retracted, positions merge with their people). */
const MERGEABLE = new Set<string>([
  Label.Person,
  Label.Organization,
  Label.Program,
  Label.Event,
  Label.Place,
  Label.DiseaseArea,
  Label.CooperationAspect,
]);

const aOrAn = (label: string) => `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;

/** The outcome of a merge. */
export interface MergeResult {
  keptId: string;
  mergedId: string;
  relationshipsMoved: number;
  audit: AuditEntryModel;
}

/**
 * Merges the duplicate `mergeId` into `keepId` in one write transaction with its audit record.
 * Refuses unknown ids (NOT_FOUND), the same id twice, entities of different types and types that
 * cannot be merged (BAD_USER_INPUT).
 */
export async function mergeEntities(
  db: Database,
  keepId: string,
  mergeId: string,
  viewer: Viewer,
): Promise<MergeResult> {
  if (keepId === mergeId) throw badUserInput('"keep" and "merge" are the same entity.', 'merge');
  const keepLabel = labelOfId(keepId);
  const mergeLabel = labelOfId(mergeId);
  if (keepLabel === null || !MERGEABLE.has(keepLabel)) {
    throw badUserInput(`"${keepId}" is not the id of an entity that can be merged.`, 'keep');
  }
  if (mergeLabel !== keepLabel) {
    throw badUserInput(
      `Cannot merge entities of different types: "${keepId}" is ${aOrAn(keepLabel)}, "${mergeId}" is ${mergeLabel ? aOrAn(mergeLabel) : 'not an entity id'}.`,
      'merge',
    );
  }
  for (const [argument, id] of [
    ['keep', keepId],
    ['merge', mergeId],
  ] as const) {
    const found = await findNodesByIds(db, keepLabel, [id]);
    // A redirected id resolves to another entity: it was merged already.
    if (found.get(id)?.id !== id) {
      throw userError(ErrorCode.NOT_FOUND, `No ${keepLabel} has the id "${id}".`, { argument });
    }
  }
  const auditId = `audit/${randomUUID()}`;
  return db.writeTransaction(async (tx) => {
    const relationshipsMoved = await mergeInto(db, tx, keepLabel, keepId, mergeId);
    const audit = await recordAudit(db, tx, {
      id: auditId,
      actor: viewer.actor,
      role: viewer.role,
      operation: 'mergeEntities',
      target: keepId,
      summary: `merged ${mergeId} into ${keepId}; moved ${relationshipsMoved} relationships; ${mergeId} now redirects to ${keepId}`,
    });
    return { keptId: keepId, mergedId: mergeId, relationshipsMoved, audit };
  }, CURATION_TIMEOUT_MS);
}
