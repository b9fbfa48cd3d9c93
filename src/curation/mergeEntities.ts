import { randomUUID } from 'node:crypto';

import type { Viewer } from '../auth/authenticate';
import { CURATION_TIMEOUT_MS } from '../db/database';
import type { Database } from '../db/database';
import { Label, labelOfId } from '../db/graphModel';
import { retryConflicts } from '../db/retryConflicts';
import { ErrorCode, badUserInput, userError } from '../errors';
import type { AuditEntryModel } from '../repositories/auditRepository';
import { recordAudit } from '../repositories/auditRepository';
import type { LockedId } from '../repositories/lockRepository';
import { lockIds } from '../repositories/lockRepository';
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
 * The transaction locks both entities (and their redirects) before it looks at them, so merges
 * that share an entity run one after the other and each sees what the one before did. Refuses
 * unknown ids (NOT_FOUND), ids merged away already (CONFLICT), the same id twice, entities of
 * different types and types that cannot be merged (BAD_USER_INPUT).
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
  const auditId = `audit/${randomUUID()}`;
  return retryConflicts(() =>
    db.writeTransaction(async (tx) => {
      // Locked first, then checked: a merge of either id that commits meanwhile is seen here,
      // and none can start until this one has committed.
      const locked = await lockIds(db, tx, [keepId, mergeId]);
      checkMergeable(keepLabel, 'keep', keepId, locked.get(keepId), keepId);
      checkMergeable(keepLabel, 'merge', mergeId, locked.get(mergeId), keepId);
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
    }, CURATION_TIMEOUT_MS),
  );
}

/**
 * An id a merge may use: an entity stored under that very id. An id merged away already is a
 * CONFLICT naming where it went (following it would merge, or keep, an entity nobody asked
 * for); an id of nothing is NOT_FOUND.
 */
function checkMergeable(
  label: string,
  argument: 'keep' | 'merge',
  id: string,
  state: LockedId | undefined,
  keepId: string,
): void {
  if (state?.current === id && state.redirectedTo === null) return;
  const mergedInto = state?.redirectedTo;
  if (mergedInto) {
    throw userError(
      ErrorCode.CONFLICT,
      argument === 'merge' && mergedInto === keepId
        ? `"${id}" is already merged into "${keepId}".`
        : `"${id}" was merged into "${mergedInto}" and is no longer an entity of its own; use "${mergedInto}" if that is the entity you mean.`,
      { argument, mergedInto },
    );
  }
  throw userError(ErrorCode.NOT_FOUND, `No ${label} has the id "${id}".`, { argument });
}
