import { ENTITY_LABELS, Label, labelOfId } from '../db/labelsAndTypes';
import { GraphChangedError } from '../db/retryConflicts';
import { str, strOrNull } from '../db/rowValues';
import type { Transaction } from '../db/transaction';
import { rowsOf } from '../db/transaction';

/** What an id stands for once its locks are held. */
export interface LockedId {
  /** The id of the node it names now: itself, the id a merge redirected it to, or null (none). */
  current: string | null;
  /** The id a merge redirected it to; null when it was not merged. */
  redirectedTo: string | null;
}

const NOTHING: LockedId = { current: null, redirectedTo: null };

/** Labels whose nodes a write may lock by id. */
const LOCKABLE = [...ENTITY_LABELS, Label.Source] as const;

/** Lock rounds before giving up: each round only follows a merge that committed during the last. */
const MAX_ROUNDS = 5;

/**
 * Each id's redirect and the node it names now (through the redirect), by element id. One
 * statement for every label: each branch is an index seek on its label's id.
 */
const READ_IDS = `UNWIND $rows AS row
  OPTIONAL MATCH (r:${Label.Redirect} {id: row.id})
  WITH row, r, coalesce(r.to, row.id) AS target
  OPTIONAL CALL (row, target) {
    ${LOCKABLE.map(
      (label) =>
        `WITH row, target WHERE row.label = '${label}' MATCH (n:${label} {id: target}) RETURN n`,
    ).join('\n    UNION ALL\n    ')}
  }
  RETURN row.id AS id, elementId(r) AS redirect, r.to AS redirectedTo,
         elementId(n) AS node, n.id AS current`;

/**
 * A write lock on each node: Neo4j takes a node's exclusive lock when a transaction writes it
 * and holds it until the transaction ends, so setting and removing a property locks the node
 * and changes nothing (Community Edition has no lock procedure; APOC is not assumed).
 */
const LOCK_NODES = `UNWIND $elementIds AS elementId
  MATCH (x) WHERE elementId(x) = elementId
  SET x.__lock = true
  REMOVE x.__lock`;

/**
 * Takes write locks, inside `tx`, on the entities and sources these ids name and on their
 * redirects (and on the entities those redirects point to), then reads what each id stands for
 * now. Any writer that changes one of them (a merge, a retraction, an import) locks it too, so
 * the answer holds until `tx` ends: a write decides on it, not on what it read before. Locks
 * are taken in id order, so two writers locking the same ids do not deadlock (Neo4j detects
 * the rest and the driver retries). A node deleted while this waited for its lock is reported
 * absent. Ids of no lockable type stand for nothing.
 */
export async function lockIds(
  tx: Transaction,
  ids: Iterable<string>,
): Promise<Map<string, LockedId>> {
  const unique = [...new Set(ids)];
  const rows = unique.sort().flatMap((id) => {
    const label = labelOfId(id);
    return label && (LOCKABLE as readonly string[]).includes(label) ? [{ id, label }] : [];
  });
  const locked = new Set<string>();
  let found: Map<string, LockedId>;
  for (let round = 1; ; round += 1) {
    const read = rowsOf(await tx.run(READ_IDS, { rows }));
    found = new Map();
    const toLock: string[] = [];
    for (const row of read) {
      found.set(str(row.id), {
        current: strOrNull(row.current),
        redirectedTo: strOrNull(row.redirectedTo),
      });
      for (const elementId of [strOrNull(row.redirect), strOrNull(row.node)]) {
        if (elementId !== null && !locked.has(elementId)) toLock.push(elementId);
      }
    }
    // Everything read is locked: nobody can have changed it since.
    if (toLock.length === 0) break;
    if (round > MAX_ROUNDS) {
      throw new GraphChangedError(`ids kept changing while they were being locked`);
    }
    await tx.run(LOCK_NODES, { elementIds: toLock });
    for (const elementId of toLock) locked.add(elementId);
  }
  for (const id of unique) if (!found.has(id)) found.set(id, NOTHING);
  return found;
}
