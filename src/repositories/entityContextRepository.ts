import neo4j from 'neo4j-driver';

import type { Database, Row } from '../db/database';
import { Label, labelOfId, Rel } from '../db/graphModel';
import type { Label as LabelName } from '../db/graphModel';
import { map, mapList, num, str, strList, strOrNull } from '../db/rowValues';
import type { ContextDate, EntityContext } from '../domain/describeEntity';
import { PARTIES_NAMED } from '../domain/describeEntity';
import { partialDateFromStored } from '../import/partialDate';
import { toPosition, toVocabularyTerm } from './nodeMappers';

const date = (props: Row, field: string): ContextDate | null =>
  partialDateFromStored(
    strOrNull(props[`${field}Date`]),
    strOrNull(props[`${field}Precision`]),
    strOrNull(props[`${field}Edtf`]),
  );

/** A curated kind's name (its term, or what its id says when the term is not stored); else null. */
function curatedKindName(row: Row): string | null {
  const id = strOrNull(row.kindTerm);
  if (id === null) return null;
  const term =
    row.kindTermNode === null || row.kindTermNode === undefined ? null : map(row.kindTermNode);
  return toVocabularyTerm(id, term)?.name ?? null;
}

/** The node's curated kind term, where it has one, for `curatedKindName`. */
const KIND_TERM = `n.kindTerm AS kindTerm,
        head(COLLECT { MATCH (t:${Label.Term} {id: n.kindTerm}) RETURN properties(t) }) AS kindTermNode`;

/** A stored role read as its built-in value: a curated role's (a term id) is `roleBroader`. */
const BUILT_IN_ROLE = (r: string) =>
  `CASE WHEN ${r}.role STARTS WITH 'term/' THEN ${r}.roleBroader ELSE ${r}.role END`;

/** Per label: the statement that reads the context of the entities with ids `$ids`, and its reader. */
const READERS: Partial<Record<LabelName, { cypher: string; read(row: Row): EntityContext }>> = {
  [Label.Person]: {
    cypher: `UNWIND $ids AS id
      MATCH (n:${Label.Person} {id: id})
      RETURN id,
        COLLECT { MATCH (n)-[:${Rel.HOLDS_POSITION}]->(pos:${Label.Position})-[:${Rel.POSITION_AT}]->(o:${Label.Organization})
                  RETURN pos {.*, personId: n.id, organizationId: o.id, organization: o.name} } AS positions,
        COLLECT { MATCH (n)-[r:${Rel.HAS_ROLE_IN}]->(p:${Label.Program})
                  WITH r, p ORDER BY p.startDate IS NULL, p.startDate DESC, p.name LIMIT 1
                  RETURN {role: r.role, program: p.name, startDate: p.startDate, startPrecision: p.startPrecision} } AS roles`,
    read: (row) => ({
      type: 'Person',
      positions: mapList(row.positions).map((p) => {
        // The model's reading: `attestedOn` is the latest date any source states it on.
        const position = toPosition(p);
        return {
          title: position.title,
          organization: str(p.organization),
          start: position.start,
          end: position.end,
          attestedOn: position.attestedOn,
        };
      }),
      roles: mapList(row.roles).map((r) => ({
        role: strOrNull(r.role),
        program: str(r.program),
        start: date(r, 'start'),
      })),
    }),
  },
  [Label.Organization]: {
    cypher: `UNWIND $ids AS id
      MATCH (n:${Label.Organization} {id: id})
      RETURN id, n.kind AS kind, ${KIND_TERM},
        head(COLLECT { MATCH (n)-[u:${Rel.UNIT_OF}]->(p:${Label.Organization}) RETURN {name: p.name, relation: u.relation} }) AS parent,
        head(COLLECT { MATCH (n)-[:${Rel.LOCATED_IN}]->(pl:${Label.Place}) RETURN pl.name ORDER BY pl.name }) AS place`,
    read: (row) => ({
      type: 'Organization',
      kind: str(row.kind),
      kindName: curatedKindName(row),
      parent:
        row.parent === null || row.parent === undefined
          ? null
          : { name: str(map(row.parent).name), relation: strOrNull(map(row.parent).relation) },
      place: strOrNull(row.place),
    }),
  },
  [Label.Program]: {
    cypher: `UNWIND $ids AS id
      MATCH (n:${Label.Program} {id: id})
      RETURN id, n.kind AS kind, n.startDate AS startDate, n.startPrecision AS startPrecision,
        COLLECT { MATCH (n)-[r:${Rel.HAS_PARTY}]->(o) WHERE o:${Label.Organization} OR o:${Label.Place}
                  RETURN coalesce(o.acronym, o.name) AS party
                  ORDER BY CASE ${BUILT_IN_ROLE('r')} WHEN 'SIGNATORY' THEN 0 WHEN 'HOST' THEN 1 WHEN 'PARTNER' THEN 2 ELSE 3 END, party
                  LIMIT $named } AS parties,
        COUNT { (n)-[:${Rel.HAS_PARTY}]->(o) WHERE o:${Label.Organization} OR o:${Label.Place} } AS partyCount`,
    read: (row) => ({
      type: 'Program',
      kind: str(row.kind),
      start: date(row, 'start'),
      parties: strList(row.parties),
      partyCount: num(row.partyCount),
    }),
  },
  [Label.Event]: {
    cypher: `UNWIND $ids AS id
      MATCH (n:${Label.Event} {id: id})
      RETURN id, n.kind AS kind, n.dateDate AS dateDate, n.datePrecision AS datePrecision,
        head(COLLECT { MATCH (n)-[:${Rel.LOCATED_IN}]->(pl:${Label.Place}) RETURN pl.name ORDER BY pl.name }) AS place`,
    read: (row) => ({
      type: 'Event',
      kind: str(row.kind),
      date: date(row, 'date'),
      place: strOrNull(row.place),
    }),
  },
  [Label.Place]: {
    cypher: `UNWIND $ids AS id
      MATCH (n:${Label.Place} {id: id})
      RETURN id, n.kind AS kind, ${KIND_TERM},
        head(COLLECT { MATCH (n)-[:${Rel.LOCATED_IN}]->(w:${Label.Place}) RETURN w.name ORDER BY w.name }) AS within`,
    read: (row) => ({
      type: 'Place',
      kind: str(row.kind),
      kindName: curatedKindName(row),
      within: strOrNull(row.within),
    }),
  },
  [Label.DiseaseArea]: {
    cypher: `UNWIND $ids AS id
      MATCH (n:${Label.DiseaseArea} {id: id})
      RETURN id, COUNT { (n)<-[:${Rel.FOCUSES_ON}]-(:${Label.Program}) } AS programs`,
    read: (row) => ({ type: 'DiseaseArea', programs: num(row.programs) }),
  },
  [Label.CooperationAspect]: {
    cypher: `UNWIND $ids AS id
      MATCH (n:${Label.CooperationAspect} {id: id})
      RETURN id, COUNT { (n)<-[:${Rel.COVERS_ASPECT}]-(:${Label.Program}) } AS programs`,
    read: (row) => ({ type: 'CooperationAspect', programs: num(row.programs) }),
  },
};

/**
 * What tells apart entities of the same name (see `describeEntity`), keyed by id: one statement
 * per entity type among the ids, whatever their number. Ids of unknown entities (and of types
 * without a context, such as positions and sources) are left out.
 */
export async function findEntityContexts(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, EntityContext>> {
  const byLabel = new Map<LabelName, string[]>();
  for (const id of new Set(ids)) {
    const label = labelOfId(id);
    if (label === null || !READERS[label]) continue;
    byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  const found = new Map<string, EntityContext>();
  await Promise.all(
    [...byLabel].map(async ([label, labelIds]) => {
      const reader = READERS[label];
      if (!reader) return;
      const rows = await db.read(reader.cypher, {
        ids: labelIds,
        named: neo4j.int(PARTIES_NAMED),
      });
      for (const row of rows) found.set(str(row.id), reader.read(row));
    }),
  );
  return found;
}
