import { randomUUID } from 'node:crypto';

import type { Viewer } from '../auth/authenticate';
import type { Database } from '../db/database';
import { CURATION_TIMEOUT_MS } from '../db/database';
import type { Label } from '../db/labelsAndTypes';
import { labelOfId, MERGEABLE_LABELS } from '../db/labelsAndTypes';
import { GraphChangedError, retryConflicts } from '../db/retryConflicts';
import type { Row, Transaction } from '../db/transaction';
import { ErrorCode, badUserInput, userError } from '../errors';
import type { AuditEntryModel } from '../repositories/auditRepository';
import { recordAudit } from '../repositories/auditRepository';
import { nodesByIds } from '../repositories/graphRepository';
import type { LockedId } from '../repositories/lockRepository';
import { lockIds } from '../repositories/lockRepository';
import { mergeInto, onBehalfOfIds } from '../repositories/mergeRepository';

const MERGEABLE = new Set<string>(MERGEABLE_LABELS);

const aOrAn = (label: string) => `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;

/** The outcome of a merge. */
export interface MergeResult {
  keptId: string;
  mergedId: string;
  relationshipsMoved: number;
  /** The entity kept, as the merge left it (read in its transaction). */
  kept: Row | null;
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
      // and none can start until this one has committed. The organizations their role
      // relationships name are locked with them, in the same id order as every writer
      // ("org/" before "person/"), so a merge of one of them goes first or waits.
      const pair = [keepId, mergeId];
      const named = await onBehalfOfIds(tx, keepLabel, pair);
      const locked = await lockIds(tx, [...pair, ...named]);
      checkMergeable(keepLabel, 'keep', keepId, locked.get(keepId), keepId);
      checkMergeable(keepLabel, 'merge', mergeId, locked.get(mergeId), keepId);
      await lockOnBehalfOf(tx, keepLabel, pair, new Set(named));
      const relationshipsMoved = await mergeInto(tx, keepLabel, keepId, mergeId);
      const audit = await recordAudit(tx, {
        id: auditId,
        actor: viewer.actor,
        role: viewer.role,
        operation: 'mergeEntities',
        target: keepId,
        summary: `merged ${mergeId} into ${keepId}; moved ${relationshipsMoved} relationships; ${mergeId} now redirects to ${keepId}`,
      });
      const kept = (await nodesByIds(tx, keepLabel, [keepId])).get(keepId) ?? null;
      return { keptId: keepId, mergedId: mergeId, relationshipsMoved, kept, audit };
    }, CURATION_TIMEOUT_MS),
  );
}

/** Rounds of locking `onBehalfOf` organizations: each follows a merge that committed meanwhile. */
const MAX_ON_BEHALF_OF_ROUNDS = 5;

/**
 * Locks the organizations the merged pair's role relationships name in `onBehalfOf` beyond
 * those `locked` already, reading them again under the locks until nothing new appears: a
 * merge of such an organization that committed while this waited has repointed them, and none
 * can start until this one ends.
 */
async function lockOnBehalfOf(
  tx: Transaction,
  label: Label,
  ids: string[],
  locked: Set<string>,
): Promise<void> {
  for (let round = 1; ; round += 1) {
    const named = (await onBehalfOfIds(tx, label, ids)).filter((id) => !locked.has(id));
    if (named.length === 0) return;
    if (round > MAX_ON_BEHALF_OF_ROUNDS) {
      throw new GraphChangedError('the organizations a merge names kept changing');
    }
    await lockIds(tx, named);
    for (const id of named) locked.add(id);
  }
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
