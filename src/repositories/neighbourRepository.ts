import neo4j from 'neo4j-driver';

import type { Database } from '../db/database';
import { ENTITY_LABELS, Label, labelOfId } from '../db/labelsAndTypes';
import { map, num, str, strList } from '../db/rowValues';
import { rowsOf } from '../db/transaction';
import { describeRelationship } from '../domain/relationshipWording';
import type {
  EntityType,
  NeighbourGroupModel,
  NeighbourModel,
  NeighbourPageModel,
} from '../models';
import { holdsOn } from './asOfPredicate';
import { ENTITY_TYPE_LABEL, ENTITY_TYPE_OF_LABEL, ENTITY_TYPE_ORDER } from './entityTypes';
import type { PageArgs } from './pagination';
import { pageOf, pageWindow } from './pagination';
import {
  isEntity,
  nodeOf,
  nodeProjection,
  qualifierOf,
  relName,
  TRAVERSABLE,
} from './pathRepository';

/** Which of an entity's neighbours a page holds. */
export interface NeighbourOptions {
  /** Neighbours of these types only (all when empty). */
  types: readonly EntityType[];
  /** Only neighbours that hold on this ISO date (see `holdsOn`). */
  asOf: string | null;
  /** Only the relationships this source states (its evidence quotes it). */
  sourceId: string | null;
}

/**
 * The parts of a neighbour read shared with the planner's one-statement version: the entity `n`
 * (a merged id reads as the entity kept, followed without a read of its own), the condition on a
 * relationship `r` to a neighbour `m`, the neighbour-type condition, the order, the parameters.
 */
export function neighbourStatementParts(id: string, label: string, options: NeighbourOptions) {
  const asOf = options.asOf ? `(${holdsOn('m', 'date($asOf)')})` : 'true';
  const wanted = options.types.map((type) => ENTITY_TYPE_LABEL[type]);
  const stated = `($source IS NULL OR any(e IN coalesce(r.evidence, []) WHERE e STARTS WITH $source))`;
  return {
    entity: `OPTIONAL MATCH (redirect:${Label.Redirect} {id: $id})
     MATCH (n:${label} {id: coalesce(redirect.to, $id)})`,
    where: `${stated} AND ${asOf}`,
    ofType: wanted.length > 0 ? 'AND any(l IN labels(m) WHERE l IN $wanted)' : '',
    groupsOf: `[l IN labels(m) WHERE l IN $labels][0] AS type, count(m) AS count`,
    order: `type(r), coalesce(m.name, m.title, m.id), m.id, coalesce(r.role, r.relation, ''), elementId(r)`,
    params: {
      id,
      asOf: options.asOf,
      labels: ENTITY_LABELS,
      wanted,
      source: options.sourceId === null ? null : `${options.sourceId}#`,
    },
  };
}

/**
 * The counts per neighbour type, most first (ties in the order of `EntityType`), from the
 * `{type, count}` entries of `groupsOf`; and the total of the types asked for.
 */
export function neighbourGroups(
  entries: unknown,
  types: readonly EntityType[],
): { groups: NeighbourGroupModel[]; total: number } {
  const groups = (Array.isArray(entries) ? entries : [])
    .map((group) => map(group))
    .flatMap((group) => {
      const type = ENTITY_TYPE_OF_LABEL.get(str(group.type));
      return type ? [{ type, count: num(group.count) }] : [];
    })
    .sort(
      (a, b) =>
        b.count - a.count || ENTITY_TYPE_ORDER.indexOf(a.type) - ENTITY_TYPE_ORDER.indexOf(b.type),
    );
  const total = groups
    .filter((group) => types.length === 0 || types.includes(group.type))
    .reduce((sum, group) => sum + group.count, 0);
  return { groups, total };
}

/**
 * One page of an entity's fact relationships (only those `options.sourceId` states, when
 * given), each read from the entity's side, ordered by type, then the neighbour's name and id,
 * then the qualifier; with the counts per neighbour type and the total, counted in the same read
 * transaction. Null when no entity has the id (a merged id reads as the entity kept). Page
 * arguments must already be validated.
 */
export async function findNeighbours(
  db: Database,
  id: string,
  args: PageArgs,
  options: NeighbourOptions = { types: [], asOf: null, sourceId: null },
): Promise<NeighbourPageModel | null> {
  const label = labelOfId(id);
  if (!isEntity(label)) return null;
  const { entity, where, ofType, groupsOf, order, params } = neighbourStatementParts(
    id,
    label,
    options,
  );
  return db.readTransaction(async (tx) => {
    const counted = rowsOf(
      await tx.run(
        `${entity}
         OPTIONAL MATCH (n)-[r:${TRAVERSABLE}]-(m) WHERE ${where}
         WITH n, ${groupsOf}
         // n as a grouping key: no row at all when no entity has the id.
         RETURN n.id AS id, collect(CASE WHEN type IS NULL THEN null ELSE {type: type, count: count} END) AS groups`,
        params,
      ),
    );
    const first = counted[0];
    if (!first) return null;
    const { groups, total } = neighbourGroups(first.groups, options.types);
    const window = pageWindow(args, total);
    let items: NeighbourModel[] = [];
    if (window.end > window.start) {
      const rows = rowsOf(
        await tx.run(
          `${entity}
           MATCH (n)-[r:${TRAVERSABLE}]-(m)
           WHERE ${where} ${ofType}
           WITH n, r, m
           ORDER BY ${order}
           SKIP $skip LIMIT $limit
           RETURN ${nodeProjection('m')} AS node, type(r) AS type, properties(r) AS props,
                  startNode(r) = n AS outgoing`,
          {
            ...params,
            skip: neo4j.int(window.start),
            limit: neo4j.int(window.end - window.start),
          },
        ),
      );
      items = rows.map((row) => {
        const type = relName(str(row.type));
        const props = map(row.props);
        const outgoing = row.outgoing === true;
        const qualifier = qualifierOf(props);
        return {
          node: nodeOf(row.node),
          relationship: type,
          description: describeRelationship(type, outgoing, qualifier),
          outgoing,
          qualifier,
          evidenceIds: strList(props.evidence),
        };
      });
    }
    return { ...pageOf(items, window, total), groups };
  });
}
