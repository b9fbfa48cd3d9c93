import neo4j from 'neo4j-driver';

import type { Database } from '../db/database';
import type { Label as LabelName, Rel as RelName } from '../db/labelsAndTypes';
import { FACT_RELATIONSHIPS, Label, labelOfId, Rel } from '../db/labelsAndTypes';
import { map, mapList, str, strList, strOrNull } from '../db/rowValues';
import { describeRelationship } from '../domain/relationshipWording';
import type { ConnectionPathModel, NodeModel } from '../models';
import { toNode } from './nodeMappers';

/** The most paths one connection answer lists. */
export const MAX_PATHS = 10;

/** The fact relationship types as a Cypher type alternation (`A|B|C`), from the constants. */
export const TRAVERSABLE = FACT_RELATIONSHIPS.join('|');

/**
 * A Cypher map projection of the node bound to `v` that `nodeOf` reads back: its labels and
 * properties (a position also gets the ids of its person and organization).
 */
export function nodeProjection(v: string): string {
  return `{labels: labels(${v}), props: CASE WHEN ${v}:${Label.Position}
        THEN ${v} {.*, personId: head(COLLECT { MATCH (x:${Label.Person})-[:${Rel.HOLDS_POSITION}]->(${v}) RETURN x.id }),
                   organizationId: head(COLLECT { MATCH (${v})-[:${Rel.POSITION_AT}]->(o:${Label.Organization}) RETURN o.id })}
        WHEN ${v}:${Label.ParticipantGroup}
        THEN ${v} {.*, link: head(COLLECT { MATCH (${v})-[r:${Rel.PARTICIPATED_IN}]->(e:${Label.Event})
                                   RETURN {eventId: e.id, role: r.role, roleBroader: r.roleBroader, onBehalfOf: r.onBehalfOf} })}
        ELSE properties(${v}) END}`;
}

/** The shortest paths between two entities, and the ends found (null for an unknown id). */
export interface ShortestPaths {
  from: NodeModel | null;
  to: NodeModel | null;
  paths: ConnectionPathModel[];
}

/**
 * The subquery that binds `p` to each shortest path (up to `$maxPaths`) between `a` and `b`, at
 * most `maxHops` long, through no node of the labels `$avoid` but the ends; no row for `p` when
 * there is none (or an end is null). `maxHops` must already be validated: it is written in.
 */
export function shortestPathsCall(maxHops: number): string {
  return `OPTIONAL CALL (a, b) {
       MATCH p = allShortestPaths((a)-[:${TRAVERSABLE}*..${Math.trunc(maxHops)}]-(b))
       WHERE a <> b AND all(n IN nodes(p) WHERE n = a OR n = b OR none(l IN labels(n) WHERE l IN $avoid))
       RETURN p LIMIT $maxPaths
     }`;
}

/**
 * The shortest paths (up to `MAX_PATHS`) between two entities over fact relationships, at most
 * `maxHops` long, passing through no node of the `avoid` labels (the two entities excepted),
 * with both ends; an end no entity has is null (and there are no paths). `maxHops` must already
 * be validated.
 */
export async function findShortestPaths(
  db: Database,
  fromId: string,
  toId: string,
  maxHops: number,
  avoid: readonly LabelName[] = [],
): Promise<ShortestPaths> {
  const fromLabel = labelOfId(fromId);
  const toLabel = labelOfId(toId);
  // An id of no entity type matches nothing: its end is looked up with a null id.
  const rows = await db.read(
    `OPTIONAL MATCH (a:${isEntity(fromLabel) ? fromLabel : Label.Person} {id: $from})
     OPTIONAL MATCH (b:${isEntity(toLabel) ? toLabel : Label.Person} {id: $to})
     ${shortestPathsCall(maxHops)}
     WITH a, b, collect(p) AS paths
     RETURN CASE WHEN a IS NULL THEN null ELSE ${nodeProjection('a')} END AS a,
       CASE WHEN b IS NULL THEN null ELSE ${nodeProjection('b')} END AS b,
       [p IN paths | {
         nodes: [n IN nodes(p) | ${nodeProjection('n')}],
         rels: [r IN relationships(p) | {type: type(r), props: properties(r), startId: startNode(r).id}]
       }] AS paths`,
    {
      from: isEntity(fromLabel) ? fromId : null,
      to: isEntity(toLabel) ? toId : null,
      maxPaths: neo4j.int(MAX_PATHS),
      avoid: [...avoid],
    },
  );
  const row = rows[0];
  const from = row?.a ? nodeOf(row.a) : null;
  const to = row?.b ? nodeOf(row.b) : null;
  const paths = mapList(row?.paths).map((path) => {
    const nodes = mapList(path.nodes).map(nodeOf);
    const steps = mapList(path.rels).map((rel, i) => {
      const stepFrom = nodes[i];
      const stepTo = nodes[i + 1];
      if (!stepFrom || !stepTo) throw new Error('path nodes and relationships do not line up');
      const type = relName(str(rel.type));
      const props = map(rel.props);
      const forward = str(rel.startId) === stepFrom.id;
      const qualifier = qualifierOf(props);
      return {
        from: stepFrom,
        to: stepTo,
        relationship: type,
        description: describeRelationship(type, forward, qualifier),
        forward,
        qualifier,
        evidenceIds: strList(props.evidence),
      };
    });
    return { steps };
  });
  return { from, to, paths };
}

/** The role or relation a stored relationship carries, where it has one. */
export function qualifierOf(props: Record<string, unknown>): string | null {
  return strOrNull(props.role) ?? strOrNull(props.relation);
}

/** True for a label of an entity that relationships connect (not a source or an excerpt). */
export function isEntity(label: LabelName | null): label is LabelName {
  return label !== null && label !== Label.Excerpt && label !== Label.Source;
}

/** The fact relationship type named `type`; throws for anything else. */
export function relName(type: string): RelName {
  const found = FACT_RELATIONSHIPS.find((known) => known === type);
  if (!found) throw new Error(`unexpected relationship type ${type} on a path`);
  return found;
}

/** The entity a `nodeProjection` describes. */
export function nodeOf(value: unknown): NodeModel {
  const entry = map(value);
  const labels = strList(entry.labels);
  const label = Object.values(Label).find((known) => labels.includes(known));
  const props = map(entry.props);
  // A participant group carries its link to the event inside the projection.
  const flat = props.link ? { ...props, ...map(props.link) } : props;
  const node = label ? toNode(label, flat) : null;
  if (!node) throw new Error(`unexpected node with labels ${labels.join(',')} on a path`);
  return node;
}
