import type { Database } from '../db/database';
import type { Label as LabelName } from '../db/labelsAndTypes';
import { Label, labelOfId, Rel } from '../db/labelsAndTypes';
import { map, mapList, num, str, strList, strOrNull } from '../db/rowValues';
import type { Row } from '../db/transaction';
import type { ContextDate, EntityContext } from '../domain/describeEntity';
import { PARTIES_NAMED } from '../domain/describeEntity';
import { partialDateFromStored } from '../domain/partialDate';
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
const KIND_TERM = {
  kindTerm: 'n.kindTerm',
  kindTermNode: `head(COLLECT { MATCH (t:${Label.Term} {id: n.kindTerm}) RETURN properties(t) })`,
};

/** A stored role read as its built-in value: a curated role's (a term id) is `roleBroader`. */
const BUILT_IN_ROLE = (r: string) =>
  `CASE WHEN ${r}.role STARTS WITH 'term/' THEN ${r}.roleBroader ELSE ${r}.role END`;

/**
 * What the context of an entity `n` of one label is read from: Cypher expressions on `n` by
 * column name, and the reader of a row of them.
 */
interface ContextReader {
  columns: Readonly<Record<string, string>>;
  read(row: Row): EntityContext;
}

/** Per label: the context's columns and their reader. */
export const CONTEXT_READERS: Partial<Record<LabelName, ContextReader>> = {
  [Label.Person]: {
    columns: {
      positions: `COLLECT { MATCH (n)-[:${Rel.HOLDS_POSITION}]->(pos:${Label.Position})-[:${Rel.POSITION_AT}]->(o:${Label.Organization})
                  RETURN pos {.*, personId: n.id, organizationId: o.id, organization: o.name} }`,
      roles: `COLLECT { MATCH (n)-[r:${Rel.HAS_ROLE_IN}]->(p:${Label.Program})
                  WITH r, p ORDER BY p.startDate IS NULL, p.startDate DESC, p.name LIMIT 1
                  RETURN {role: r.role, program: p.name, startDate: p.startDate, startPrecision: p.startPrecision} }`,
    },
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
    columns: {
      kind: 'n.kind',
      ...KIND_TERM,
      parent: `head(COLLECT { MATCH (n)-[u:${Rel.UNIT_OF}]->(p:${Label.Organization}) RETURN {name: p.name, relation: u.relation} })`,
      place: `head(COLLECT { MATCH (n)-[:${Rel.LOCATED_IN}]->(pl:${Label.Place}) RETURN pl.name ORDER BY pl.name })`,
    },
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
    columns: {
      kind: 'n.kind',
      startDate: 'n.startDate',
      startPrecision: 'n.startPrecision',
      parties: `COLLECT { MATCH (n)-[r:${Rel.HAS_PARTY}]->(o) WHERE o:${Label.Organization} OR o:${Label.Place}
                  RETURN coalesce(o.acronym, o.name) AS party
                  ORDER BY CASE ${BUILT_IN_ROLE('r')} WHEN 'SIGNATORY' THEN 0 WHEN 'HOST' THEN 1 WHEN 'PARTNER' THEN 2 ELSE 3 END, party
                  LIMIT ${PARTIES_NAMED} }`,
      partyCount: `COUNT { (n)-[:${Rel.HAS_PARTY}]->(o) WHERE o:${Label.Organization} OR o:${Label.Place} }`,
    },
    read: (row) => ({
      type: 'Program',
      kind: str(row.kind),
      start: date(row, 'start'),
      parties: strList(row.parties),
      partyCount: num(row.partyCount),
    }),
  },
  [Label.Event]: {
    columns: {
      kind: 'n.kind',
      dateDate: 'n.dateDate',
      datePrecision: 'n.datePrecision',
      place: `head(COLLECT { MATCH (n)-[:${Rel.LOCATED_IN}]->(pl:${Label.Place}) RETURN pl.name ORDER BY pl.name })`,
    },
    read: (row) => ({
      type: 'Event',
      kind: str(row.kind),
      date: date(row, 'date'),
      place: strOrNull(row.place),
    }),
  },
  [Label.Place]: {
    columns: {
      kind: 'n.kind',
      ...KIND_TERM,
      within: `head(COLLECT { MATCH (n)-[:${Rel.LOCATED_IN}]->(w:${Label.Place}) RETURN w.name ORDER BY w.name })`,
    },
    read: (row) => ({
      type: 'Place',
      kind: str(row.kind),
      kindName: curatedKindName(row),
      within: strOrNull(row.within),
    }),
  },
  [Label.DiseaseArea]: {
    columns: { programs: `COUNT { (n)<-[:${Rel.FOCUSES_ON}]-(:${Label.Program}) }` },
    read: (row) => ({ type: 'DiseaseArea', programs: num(row.programs) }),
  },
  [Label.CooperationAspect]: {
    columns: { programs: `COUNT { (n)<-[:${Rel.COVERS_ASPECT}]-(:${Label.Program}) }` },
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
    if (label === null || !CONTEXT_READERS[label]) continue;
    byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  const found = new Map<string, EntityContext>();
  await Promise.all(
    [...byLabel].map(async ([label, labelIds]) => {
      const reader = CONTEXT_READERS[label];
      if (!reader) return;
      const columns = Object.entries(reader.columns)
        .map(([name, expression]) => `${expression} AS ${name}`)
        .join(',\n        ');
      const rows = await db.read(
        `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id, ${columns}`,
        { ids: labelIds },
      );
      for (const row of rows) found.set(str(row.id), reader.read(row));
    }),
  );
  return found;
}
