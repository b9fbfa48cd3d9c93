import type { Label as LabelName } from '../db/labelsAndTypes';
import { FACT_RELATIONSHIPS, Label, REL_KEY_PROPERTIES, Rel } from '../db/labelsAndTypes';
import { num } from '../db/rowValues';
import type { Transaction } from '../db/transaction';
import { rowsOf } from '../db/transaction';
import { sortedEvidence } from './evidenceOrder';

/** Appends to a stored list the values it lacks (the same merge rule as imports). */
const union = (target: string, values: string) =>
  `${target} = coalesce(${target}, []) + [x IN coalesce(${values}, []) WHERE NOT x IN coalesce(${target}, [])]`;

/**
 * The kept entity's evidence after the merge, in canonical order. Evidence a retraction lent an
 * entity (see `applyRetraction`) gives way to the other's evidence of its own.
 */
const mergedEvidence = `CASE
    WHEN k.evidenceBorrowed AND NOT coalesce(m.evidenceBorrowed, false) THEN coalesce(m.evidence, [])
    WHEN m.evidenceBorrowed AND NOT coalesce(k.evidenceBorrowed, false) THEN k.evidence
    ELSE ${sortedEvidence('coalesce(k.evidence, []) + coalesce(m.evidence, [])')} END`;

/** Relationships that name an organization in `onBehalfOf` (a merge copies or repoints it). */
const ON_BEHALF_OF_RELS = `${Rel.HAS_ROLE_IN}|${Rel.PARTICIPATED_IN}|${Rel.STATED_BY}`;

/**
 * The organizations that role relationships of these entities name in `onBehalfOf`. A merge
 * copies those relationships with their properties while a merge of such an organization
 * repoints them, so the merge locks these too: neither can then overwrite what the other wrote.
 */
export async function onBehalfOfIds(
  tx: Transaction,
  label: LabelName,
  ids: string[],
): Promise<string[]> {
  const rows = rowsOf(
    await tx.run(
      `MATCH (e:${label}) WHERE e.id IN $ids
       MATCH (e)-[r:${ON_BEHALF_OF_RELS}]-()
       WHERE r.onBehalfOf IS NOT NULL
       RETURN DISTINCT r.onBehalfOf AS id`,
      { ids },
    ),
  );
  return rows.map((row) => String(row.id));
}

/**
 * Moves every fact relationship of `mergeId` onto `keepId` (merging into parallel ones that
 * exist, dropping links between the two), unites names, aliases and evidence, repoints
 * `onBehalfOf` references and redirects, deletes the merged node and leaves a Redirect. Runs
 * inside the caller's write transaction; returns how many relationships were moved.
 */
export async function mergeInto(
  tx: Transaction,
  label: LabelName,
  keepId: string,
  mergeId: string,
): Promise<number> {
  let moved = 0;
  for (const type of FACT_RELATIONSHIPS) {
    const keys = REL_KEY_PROPERTIES[type].map((key) => `${key}: props.${key}`).join(', ');
    const keyPattern = keys ? ` {${keys}}` : '';
    for (const direction of ['OUT', 'IN'] as const) {
      const [pattern, created] =
        direction === 'OUT'
          ? [`(m)-[r:${type}]->(x)`, `(k)-[n:${type}${keyPattern}]->(x)`]
          : [`(x)-[r:${type}]->(m)`, `(x)-[n:${type}${keyPattern}]->(k)`];
      const result = await tx.run(
        `MATCH (k:${label} {id: $keep}), (m:${label} {id: $merge})
         MATCH ${pattern}
         WITH k, m, r, x, properties(r) AS props
         CALL (k, x, props) {
           WITH k, x, props WHERE x <> k
           MERGE ${created}
           WITH n, props, coalesce(n.evidence, []) AS before
           SET n += props
           SET n.evidence = ${sortedEvidence('before + coalesce(props.evidence, [])')}
           RETURN count(n) AS kept
         }
         DELETE r
         RETURN sum(kept) AS moved`,
        { keep: keepId, merge: mergeId },
      );
      moved += num(rowsOf(result)[0]?.moved ?? 0);
    }
  }
  await tx.run(
    `MATCH ()-[r:${ON_BEHALF_OF_RELS}]->() WHERE r.onBehalfOf = $merge
     SET r.onBehalfOf = $keep`,
    { keep: keepId, merge: mergeId },
  );
  await tx.run(
    `MATCH (k:${label} {id: $keep}), (m:${label} {id: $merge})
     WITH k, m, CASE WHEN m.name = k.name THEN [] ELSE [m.name] END AS otherName
     SET ${union('k.names', "coalesce(m.names, []) + [x IN otherName | 'ALIAS||' + x]")},
         ${union('k.aliases', 'coalesce(m.aliases, []) + otherName')},
         ${union('k.matchKeys', 'm.matchKeys')},
         k.evidence = ${mergedEvidence},
         k.evidenceBorrowed = CASE WHEN k.evidenceBorrowed AND m.evidenceBorrowed THEN true END,
         ${union('k.mergedIds', '[m.id] + coalesce(m.mergedIds, [])')}
     SET k.searchNames = reduce(s = '', a IN k.aliases | s + a + ' | '),
         k.searchKeys = reduce(s = '', x IN k.matchKeys | s + replace(x, ' ', '') + ' | ')
     WITH k, m
     OPTIONAL MATCH (old:${Label.Redirect} {to: m.id})
     SET old.to = k.id
     WITH DISTINCT k, m
     DETACH DELETE m
     MERGE (redirect:${Label.Redirect} {id: $merge})
     SET redirect.to = $keep`,
    { keep: keepId, merge: mergeId },
  );
  return moved;
}
