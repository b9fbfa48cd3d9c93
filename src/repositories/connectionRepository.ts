import neo4j from 'neo4j-driver';

import type { Database } from '../db/database';
import { FACT_RELATIONSHIPS, Label, labelOfId, Rel } from '../db/graphModel';
import type { Label as LabelName, Rel as RelName } from '../db/graphModel';
import { map, mapList, str, strList, strOrNull } from '../db/rowValues';
import type { ConnectionPathModel, NodeModel } from '../models';
import { toNode } from './nodeMappers';

/** The most paths one connection answer lists. */
export const MAX_PATHS = 10;

/** How each relationship reads, forwards and backwards along a path. */
const PHRASES: Record<RelName, [string, string]> = {
  HOLDS_POSITION: ['holds the position', 'is held by'],
  POSITION_AT: ['is a position at', 'has the position'],
  UNIT_OF: ['is a unit of', 'has the unit'],
  LOCATED_IN: ['is located in', 'is the location of'],
  HAS_PARTY: ['has as party', 'is a party to'],
  HAS_ROLE_IN: ['has a role in', 'has a role for'],
  PART_OF: ['is part of', 'includes'],
  FOCUSES_ON: ['focuses on', 'is a focus of'],
  COVERS_ASPECT: ['covers', 'is covered by'],
  PARTICIPATED_IN: ['took part in', 'had as participant'],
  HOSTED_BY: ['was hosted by', 'hosted'],
  VISITED: ['visited', 'was visited during'],
  PRODUCED: ['produced', 'was produced by'],
  WITHIN_PROGRAM: ['belongs to the program', 'has the event'],
  FUNDED_BY: ['was funded by', 'funded'],
  STATED_BY: ['was stated by', 'stated'],
  ABOUT: ['is about', 'is the subject of'],
  MADE_AT: ['was made at', 'was the occasion of'],
  DESIGNATED_AS: ['is designated as', 'is the designation of'],
  QUOTES: ['quotes', 'is quoted by'],
};

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

/** A relationship in words, read along (`forward`) or against its stored direction. */
export function describeRelationship(type: RelName, forward: boolean): string {
  const [ahead, back] = PHRASES[type];
  return forward ? ahead : back;
}

/**
 * The shortest paths (up to `MAX_PATHS`) between two entities over fact relationships, at most
 * `maxHops` long, passing through no node of the `avoid` labels (the two entities excepted);
 * null when either entity does not exist. `maxHops` must already be validated.
 */
export async function findShortestPaths(
  db: Database,
  fromId: string,
  toId: string,
  maxHops: number,
  avoid: readonly LabelName[] = [],
): Promise<{ from: NodeModel; to: NodeModel; paths: ConnectionPathModel[] } | null> {
  const fromLabel = labelOfId(fromId);
  const toLabel = labelOfId(toId);
  if (!isEntity(fromLabel) || !isEntity(toLabel)) return null;
  const rows = await db.read(
    `MATCH (a:${fromLabel} {id: $from})
     MATCH (b:${toLabel} {id: $to})
     OPTIONAL CALL (a, b) {
       MATCH p = allShortestPaths((a)-[:${TRAVERSABLE}*..${Math.trunc(maxHops)}]-(b))
       WHERE a <> b AND all(n IN nodes(p) WHERE n = a OR n = b OR none(l IN labels(n) WHERE l IN $avoid))
       RETURN p LIMIT $maxPaths
     }
     WITH a, b, collect(p) AS paths
     RETURN ${nodeProjection('a')} AS a, ${nodeProjection('b')} AS b,
       [p IN paths | {
         nodes: [n IN nodes(p) | ${nodeProjection('n')}],
         rels: [r IN relationships(p) | {type: type(r), props: properties(r), startId: startNode(r).id}]
       }] AS paths`,
    { from: fromId, to: toId, maxPaths: neo4j.int(MAX_PATHS), avoid: [...avoid] },
  );
  const row = rows[0];
  if (!row) return null;
  const from = nodeOf(row.a);
  const to = nodeOf(row.b);
  if (!from || !to) return null;
  const paths = mapList(row.paths).map((path) => {
    const nodes = mapList(path.nodes).map(nodeOf);
    const steps = mapList(path.rels).map((rel, i) => {
      const stepFrom = nodes[i];
      const stepTo = nodes[i + 1];
      if (!stepFrom || !stepTo) throw new Error('path nodes and relationships do not line up');
      const type = relName(str(rel.type));
      const props = map(rel.props);
      const forward = str(rel.startId) === stepFrom.id;
      return {
        from: stepFrom,
        to: stepTo,
        relationship: type,
        description: describeRelationship(type, forward),
        forward,
        qualifier: strOrNull(props.role) ?? strOrNull(props.relation),
        evidenceIds: strList(props.evidence),
      };
    });
    return { steps };
  });
  return { from, to, paths };
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
