import { ENTITY_LABELS, FACT_RELATIONSHIPS, Label, Rel } from '../db/labelsAndTypes';
import { num, str, strList, strOrNull } from '../db/rowValues';
import type { Transaction } from '../db/transaction';
import { rowsOf } from '../db/transaction';
import { sortedEvidence } from './evidenceOrder';
import type { Diff } from './importDiffRepository';

/**
 * What retracting a source does, computed inside `tx`: every relationship and entity that loses
 * evidence is UPDATED (other sources still state it) or DELETED (only this source did). An
 * entity whose own evidence is all retracted survives while a surviving relationship still
 * states it. Null when no source has that id.
 */
export async function planRetraction(
  tx: Transaction,
  sourceId: string,
): Promise<{ excerptIds: string[]; diff: Diff } | null> {
  const sources = rowsOf(
    await tx.run(
      `MATCH (s:${Label.Source} {id: $id})
       RETURN COLLECT { MATCH (x:${Label.Excerpt})-[:${Rel.QUOTES}]->(s) RETURN x.id } AS excerptIds`,
      { id: sourceId },
    ),
  );
  const source = sources[0];
  if (!source) return null;
  const excerptIds = strList(source.excerptIds);
  const params = { ex: excerptIds, types: FACT_RELATIONSHIPS, labels: ENTITY_LABELS, id: sourceId };
  const relationships = rowsOf(
    await tx.run(
      `MATCH (a)-[r]->(b)
       WHERE type(r) IN $types AND any(e IN coalesce(r.evidence, []) WHERE e IN $ex)
       RETURN type(r) AS type, a.id AS from, b.id AS to, coalesce(r.role, r.relation) AS qualifier,
              size([e IN r.evidence WHERE NOT e IN $ex]) AS remaining
       ORDER BY type, from, to`,
      params,
    ),
  );
  const entities = rowsOf(
    await tx.run(
      `MATCH (n)
       WHERE any(l IN labels(n) WHERE l IN $labels) AND any(e IN coalesce(n.evidence, []) WHERE e IN $ex)
       RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS type,
              size([e IN n.evidence WHERE NOT e IN $ex]) AS remaining,
              any(a IN coalesce(n.attestations, []) WHERE a STARTS WITH $id + '|') AS attested,
              COUNT { (n)-[r]-() WHERE type(r) IN $types AND any(e IN coalesce(r.evidence, []) WHERE NOT e IN $ex) } AS survivingLinks
       ORDER BY id`,
      params,
    ),
  );
  return {
    excerptIds,
    diff: {
      entities: [
        { id: sourceId, type: Label.Source, change: 'DELETED', fields: [] },
        ...entities.map((row) => {
          const kept = num(row.remaining) > 0 || num(row.survivingLinks) > 0;
          return {
            id: str(row.id),
            type: str(row.type),
            change: kept ? ('UPDATED' as const) : ('DELETED' as const),
            fields: kept ? ['evidence', ...(row.attested === true ? ['attestations'] : [])] : [],
          };
        }),
      ],
      relationships: relationships.map((row) => ({
        type: str(row.type),
        from: str(row.from),
        to: str(row.to),
        qualifier: strOrNull(row.qualifier),
        change: num(row.remaining) > 0 ? ('UPDATED' as const) : ('DELETED' as const),
      })),
    },
  };
}

/**
 * Applies a retraction planned in the same transaction: strips the excerpts (and a position's
 * attestation by the source) from every fact, deletes facts left without evidence, then
 * deletes the excerpts and the source. An entity
 * left without evidence of its own that surviving relationships still state borrows those
 * relationships' evidence (marked `evidenceBorrowed`), until evidence of its own arrives: an
 * import of the retracted source again then leaves it exactly as it was.
 */
export async function applyRetraction(
  tx: Transaction,
  sourceId: string,
  excerptIds: string[],
  entities: { id: string; type: string }[],
): Promise<void> {
  const params = { ex: excerptIds, types: FACT_RELATIONSHIPS, id: sourceId };
  await tx.run(
    `MATCH ()-[r]->()
     WHERE type(r) IN $types AND any(e IN coalesce(r.evidence, []) WHERE e IN $ex)
     WITH r, [e IN r.evidence WHERE NOT e IN $ex] AS rest
     FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DELETE r)
     FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END | SET r.evidence = rest)`,
    params,
  );
  for (const label of ENTITY_LABELS) {
    const ids = entities.filter((entity) => entity.type === label).map((entity) => entity.id);
    if (ids.length === 0) continue;
    await tx.run(
      `UNWIND $ids AS id
     MATCH (n:${label} {id: id})
     // A position the source attested is no longer attested by it (other sources' stay).
     SET n.attestations = [a IN n.attestations WHERE NOT a STARTS WITH $id + '|']
     WITH n, [e IN coalesce(n.evidence, []) WHERE NOT e IN $ex] AS rest
     WITH n, rest,
          reduce(acc = [], r IN [(n)-[r]-() WHERE type(r) IN $types | r] |
                 acc + [e IN coalesce(r.evidence, []) WHERE NOT e IN acc]) AS fromLinks
     FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END | SET n.evidence = rest)
     FOREACH (_ IN CASE WHEN size(rest) = 0 AND size(fromLinks) > 0 THEN [1] ELSE [] END |
              SET n.evidence = ${sortedEvidence('fromLinks')}, n.evidenceBorrowed = true)
     FOREACH (_ IN CASE WHEN size(rest) = 0 AND size(fromLinks) = 0 THEN [1] ELSE [] END | DETACH DELETE n)`,
      { ...params, ids },
    );
  }
  await tx.run(
    `MATCH (s:${Label.Source} {id: $id})
     OPTIONAL MATCH (x:${Label.Excerpt})-[:${Rel.QUOTES}]->(s)
     DETACH DELETE x, s`,
    params,
  );
}
