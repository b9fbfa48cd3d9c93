import type { Database } from '../db/database';
import { EVIDENCE_NODE_INDEX, EVIDENCE_RELATIONSHIP_INDEX } from '../db/migrations';
import { map, mapList, str, strList } from '../db/rowValues';
import { describeRelationship } from '../domain/relationshipWording';
import type { StatedFactsModel } from '../models';
import { nodeOf, nodeProjection, qualifierOf, relName } from './pathRepository';

/** The Lucene query for exactly one indexed id (a phrase: only `"` and `\` need escaping). */
export function exactTermQuery(id: string): string {
  return `"${id.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * For each excerpt id, the entities and relationships whose evidence cites it (and the
 * statements it quotes), through the evidence indexes: two statements for all ids. Entities come by type then id, relationships by
 * type, then the ids of their ends.
 */
export async function findStatedFacts(
  db: Database,
  excerptIds: readonly string[],
): Promise<Map<string, StatedFactsModel>> {
  const keys = [...new Set(excerptIds)].map((id) => ({ id, query: exactTermQuery(id) }));
  const [entityRows, relationshipRows] = await Promise.all([
    db.read(
      `UNWIND $keys AS key
       CALL db.index.fulltext.queryNodes($index, key.query) YIELD node
       WITH key, node WHERE key.id IN coalesce(node.evidence, []) OR node.quote = key.id
       WITH key.id AS id, node ORDER BY labels(node)[0], node.id
       RETURN id, collect(${nodeProjection('node')}) AS nodes`,
      { keys, index: EVIDENCE_NODE_INDEX },
    ),
    db.read(
      `UNWIND $keys AS key
       CALL db.index.fulltext.queryRelationships($index, key.query) YIELD relationship
       WITH key, relationship AS r WHERE key.id IN r.evidence
       WITH key.id AS id, r, startNode(r) AS a, endNode(r) AS b
       ORDER BY type(r), a.id, b.id, coalesce(r.role, r.relation, '')
       RETURN id, collect({type: type(r), props: properties(r),
                           from: ${nodeProjection('a')}, to: ${nodeProjection('b')}}) AS rels`,
      { keys, index: EVIDENCE_RELATIONSHIP_INDEX },
    ),
  ]);
  const found = new Map<string, StatedFactsModel>(
    keys.map((key) => [key.id, { entities: [], relationships: [] }]),
  );
  for (const row of entityRows) {
    const facts = found.get(str(row.id));
    if (facts) facts.entities = mapList(row.nodes).map(nodeOf);
  }
  for (const row of relationshipRows) {
    const facts = found.get(str(row.id));
    if (!facts) continue;
    facts.relationships = mapList(row.rels).map((rel) => {
      const type = relName(str(rel.type));
      const props = map(rel.props);
      const qualifier = qualifierOf(props);
      return {
        from: nodeOf(rel.from),
        to: nodeOf(rel.to),
        relationship: type,
        description: describeRelationship(type, true, qualifier),
        qualifier,
        evidenceIds: strList(props.evidence),
      };
    });
  }
  return found;
}
