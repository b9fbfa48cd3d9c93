import type { Database } from '../db/database';
import { ENTITY_LABELS, FACT_RELATIONSHIPS, Label, Rel } from '../db/labelsAndTypes';
import { map, mapList, str, strList } from '../db/rowValues';
import type { RawNode, RawRelationship } from './backupRepository';
import { readAllNodes, readAllRelationships } from './backupRepository';

/** Entities, their facts and the excerpts and sources those cite: what interchange formats carry. */
export interface KnowledgeSubgraph {
  /** Entities (people, organizations, programs, events, places, terms, positions). */
  entities: RawNode[];
  /** Facts between them (no provenance links). */
  facts: RawRelationship[];
  /** The excerpts the entities and facts cite. */
  excerpts: RawNode[];
  /** The sources of those excerpts, with their texts. */
  sources: RawNode[];
}

const entityMatch = ENTITY_LABELS.map((label) => `n:${label}`).join(' OR ');

/**
 * The entities with `ids` (every entity when null), the facts among them, and the excerpts and
 * sources they cite, with raw property values. The explorer's export of a drawn subgraph and
 * `kg export --format graphml|jsonld` both read through here.
 */
export async function readKnowledgeSubgraph(
  db: Database,
  ids: readonly string[] | null,
): Promise<KnowledgeSubgraph> {
  return db.readTransaction(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WHERE (${entityMatch}) AND ($ids IS NULL OR n.id IN $ids)
       RETURN labels(n) AS labels, properties(n) AS props`,
      { ids },
    );
    const entities = nodes.records.map((record) => ({
      labels: strList(record.get('labels')),
      properties: map(record.get('props')),
    }));
    const known = entities.map((node) => String(node.properties.id));
    const facts = await tx.run(
      `MATCH (a)-[r]->(b) WHERE a.id IN $known AND b.id IN $known AND type(r) IN $types
       RETURN type(r) AS type, labels(a)[0] AS fromLabel, a.id AS fromId,
              labels(b)[0] AS toLabel, b.id AS toId, properties(r) AS props`,
      { known, types: FACT_RELATIONSHIPS },
    );
    const relationships = facts.records.map((record) => ({
      type: str(record.get('type')),
      fromLabel: str(record.get('fromLabel')),
      fromId: str(record.get('fromId')),
      toLabel: str(record.get('toLabel')),
      toId: str(record.get('toId')),
      properties: map(record.get('props')),
    }));
    const cited = [
      ...new Set(
        [...entities, ...relationships].flatMap((item) => strList(item.properties.evidence)),
      ),
    ];
    const provenance = await tx.run(
      `MATCH (x:${Label.Excerpt})-[:${Rel.QUOTES}]->(s:${Label.Source}) WHERE x.id IN $cited
       WITH s, collect(properties(x)) AS excerpts
       RETURN properties(s) AS source, excerpts`,
      { cited },
    );
    const sources = provenance.records.map((record) => ({
      labels: [Label.Source],
      properties: map(record.get('source')),
    }));
    const excerpts = provenance.records.flatMap((record) =>
      mapList(record.get('excerpts')).map((properties) => ({
        labels: [Label.Excerpt],
        properties,
      })),
    );
    return { entities, facts: relationships, excerpts, sources };
  });
}

/** Every node and relationship, as the backup reads them (see `readAllNodes`). */
export async function readStoredGraph(
  db: Database,
): Promise<{ nodes: RawNode[]; relationships: RawRelationship[] }> {
  return { nodes: await readAllNodes(db), relationships: await readAllRelationships(db) };
}
