import type { Database } from '../db/database';
import type { Label as LabelName } from '../db/labelsAndTypes';
import { Label, Rel } from '../db/labelsAndTypes';
import { map, mapList, str, strList } from '../db/rowValues';
import type { Row, Transaction } from '../db/transaction';
import type { NeighbourSpec } from './hops';

/** What a participant group row carries from its link to the event (see `toParticipantGroup`). */
export const GROUP_LINK_FIELDS =
  'eventId: event.id, role: r.role, roleBroader: r.roleBroader, onBehalfOf: r.onBehalfOf';

/** A relationship and the node at its far end, as plain property maps. */
export interface NeighbourRow {
  rel: Row;
  node: Row;
}

/**
 * Properties of the nodes with these ids and this label, in one statement, keyed by the id asked
 * for. An id a merge redirected resolves to the entity that was kept.
 */
export async function findNodesByIds(
  db: Database,
  label: LabelName,
  ids: readonly string[],
): Promise<Map<string, Row>> {
  return db.readTransaction((tx) => nodesByIds(tx, label, ids));
}

/**
 * `findNodesByIds` inside a transaction: a write reads what it wrote (as of its own commit, not
 * after the writes that follow it) with the same statement the read path uses.
 */
export async function nodesByIds(
  tx: Transaction,
  label: LabelName,
  ids: readonly string[],
): Promise<Map<string, Row>> {
  const match =
    label === Label.Position
      ? `MATCH (person:${Label.Person})-[:${Rel.HOLDS_POSITION}]->(n:${Label.Position} {id: target})-[:${Rel.POSITION_AT}]->(org:${Label.Organization})
         RETURN id, n {.*, personId: person.id, organizationId: org.id} AS n`
      : label === Label.ParticipantGroup
        ? `MATCH (n:${Label.ParticipantGroup} {id: target})-[r:${Rel.PARTICIPATED_IN}]->(event:${Label.Event})
           RETURN id, n {.*, ${GROUP_LINK_FIELDS}} AS n`
        : `MATCH (n:${label} {id: target}) RETURN id, n {.*} AS n`;
  const rows = await tx.rows(
    `UNWIND $ids AS id
     OPTIONAL MATCH (redirect:${Label.Redirect} {id: id})
     WITH id, coalesce(redirect.to, id) AS target
     ${match}`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((row) => [str(row.id), map(row.n)]));
}

/**
 * For each id a merge replaced, the id of the entity it was merged into (redirects always point
 * at a stored entity: a merge repoints the redirects to the entity it removes). One statement
 * for all ids; ids that were never merged are absent.
 */
export async function findRedirectTargets(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await db.read(
    `UNWIND $ids AS id MATCH (r:${Label.Redirect} {id: id}) RETURN id, r.to AS target`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((row) => [str(row.id), str(row.target)]));
}

/**
 * For each id, the relationships of `spec` and the nodes at their far end (sorted by name),
 * in one statement for all ids.
 */
export async function findNeighbours(
  db: Database,
  spec: NeighbourSpec,
  ids: readonly string[],
): Promise<Map<string, NeighbourRow[]>> {
  const pattern =
    spec.direction === 'OUT'
      ? `(a:${spec.from} {id: id})-[r:${spec.rel}]->(b:${spec.to})`
      : `(a:${spec.from} {id: id})<-[r:${spec.rel}]-(b:${spec.to})`;
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH ${pattern}
     WITH id, r, b ORDER BY coalesce(b.name, b.title), b.id
     RETURN id, collect({rel: properties(r), node: properties(b)}) AS items`,
    { ids: [...new Set(ids)] },
  );
  return new Map(
    rows.map((row) => [
      str(row.id),
      mapList(row.items).map((item) => ({ rel: map(item.rel), node: map(item.node) })),
    ]),
  );
}

/**
 * For each person (side `person`) or organization (side `organization`) id, the positions
 * with the person and organization properties. The side asked for is the same in every row of
 * an id, so its properties travel once per id, not once per position (a university holds
 * hundreds).
 */
export async function findPositions(
  db: Database,
  side: 'person' | 'organization',
  ids: readonly string[],
): Promise<Map<string, { position: Row; person: Row; organization: Row }[]>> {
  const [own, other] = side === 'person' ? ['person', 'org'] : ['org', 'person'];
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (person:${Label.Person})-[:${Rel.HOLDS_POSITION}]->(pos:${Label.Position})-[:${Rel.POSITION_AT}]->(org:${Label.Organization})
     WHERE ${own}.id = id
     WITH id, pos, person, org ORDER BY pos.startDate, person.name, org.name, pos.title
     WITH id, ${own}, collect({
       position: pos {.*, personId: person.id, organizationId: org.id},
       other: properties(${other})
     }) AS items
     RETURN id, properties(${own}) AS own, items`,
    { ids: [...new Set(ids)] },
  );
  return new Map(
    rows.map((row) => {
      const owner = map(row.own);
      return [
        str(row.id),
        mapList(row.items).map((item) => {
          const position = map(item.position);
          const counterpart = map(item.other);
          return side === 'person'
            ? { position, person: owner, organization: counterpart }
            : { position, person: counterpart, organization: owner };
        }),
      ];
    }),
  );
}

/** Evidence quotations by id, keyed by id. */
export async function findExcerpts(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, Row>> {
  const rows = await db.read(
    `UNWIND $ids AS id MATCH (x:${Label.Excerpt} {id: id}) RETURN x {.*} AS x`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((row) => [str(map(row.x).id), map(row.x)]));
}

/** For each source id, its excerpts in text order. */
export async function findExcerptsBySource(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, Row[]>> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (x:${Label.Excerpt})-[:${Rel.QUOTES}]->(:${Label.Source} {id: id})
     WITH id, x ORDER BY x.start, x.end
     RETURN id, collect(x {.*}) AS items`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((row) => [str(row.id), mapList(row.items)]));
}

/** Every stored term (of one vocabulary, by id prefix, when given), by name. */
export async function findTerms(db: Database, prefix: string | null): Promise<Row[]> {
  const rows = await db.read(
    `MATCH (n:${Label.Term}) WHERE $prefix IS NULL OR n.id STARTS WITH $prefix
     RETURN n {.*} AS n ORDER BY n.name, n.id`,
    { prefix },
  );
  return rows.map((row) => map(row.n));
}

/**
 * For each statement id, what it is about: the label and properties of each subject, with the
 * wording and evidence of the link, in one statement for all ids.
 */
export async function findStatementSubjects(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, { label: LabelName; rel: Row; node: Row }[]>> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (:${Label.Statement} {id: id})-[r:${Rel.ABOUT}]->(b)
     WITH id, r, b ORDER BY coalesce(b.name, b.title), b.id
     RETURN id, collect({labels: labels(b), rel: properties(r), node: properties(b)}) AS items`,
    { ids: [...new Set(ids)] },
  );
  const labels = Object.values(Label);
  return new Map(
    rows.map((row) => [
      str(row.id),
      mapList(row.items).flatMap((item) => {
        const label = labels.find((known) => strList(item.labels).includes(known));
        return label ? [{ label, rel: map(item.rel), node: map(item.node) }] : [];
      }),
    ]),
  );
}
