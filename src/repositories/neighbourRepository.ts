import neo4j from 'neo4j-driver';

import type { Database } from '../db/database';
import { rowsOf } from '../db/database';
import { ENTITY_LABELS, Label, labelOfId } from '../db/graphModel';
import { map, num, str, strList } from '../db/rowValues';
import { describeRelationship } from '../domain/relationshipWording';
import type { EntityType, NeighbourModel, NeighbourPageModel } from '../models';
import { holdsOn } from './asOfPredicate';
import {
  isEntity,
  nodeOf,
  nodeProjection,
  qualifierOf,
  relName,
  TRAVERSABLE,
} from './connectionRepository';
import type { PageArgs } from './pagination';
import { pageOf, pageWindow } from './pagination';
import { ENTITY_TYPE_LABEL, ENTITY_TYPE_OF_LABEL, ENTITY_TYPE_ORDER } from './entityTypes';

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
 * One page of an entity's fact relationships (only those `options.sourceId` states, when
 * given), each read from the entity's side, ordered by type, then the neighbour's name and id,
 * then the qualifier; with the counts per neighbour type and the total, counted in the same read
 * transaction. Null when no entity has the id (a merged id reads as the entity kept). Page arguments must already be validated.
 */
export async function findNeighbours(
  db: Database,
  id: string,
  args: PageArgs,
  options: NeighbourOptions = { types: [], asOf: null, sourceId: null },
): Promise<NeighbourPageModel | null> {
  const label = labelOfId(id);
  if (!isEntity(label)) return null;
  const asOf = options.asOf ? `(${holdsOn('m', 'date($asOf)')})` : 'true';
  const wanted = options.types.map((type) => ENTITY_TYPE_LABEL[type]);
  // An id a merge replaced stands for the entity kept: followed here, without a read of its own.
  const entity = `OPTIONAL MATCH (redirect:${Label.Redirect} {id: $id})
     MATCH (n:${label} {id: coalesce(redirect.to, $id)})`;
  const stated = `($source IS NULL OR any(e IN coalesce(r.evidence, []) WHERE e STARTS WITH $source))`;
  const source = options.sourceId === null ? null : `${options.sourceId}#`;
  const params = { id, asOf: options.asOf, labels: ENTITY_LABELS, wanted, source };
  return db.readTransaction(async (tx) => {
    const counted = rowsOf(
      await db.run(
        tx,
        `${entity}
         OPTIONAL MATCH (n)-[r:${TRAVERSABLE}]-(m) WHERE ${stated} AND ${asOf}
         WITH n, [l IN labels(m) WHERE l IN $labels][0] AS type, count(m) AS count
         // n as a grouping key: no row at all when no entity has the id.
         RETURN n.id AS id, collect(CASE WHEN type IS NULL THEN null ELSE {type: type, count: count} END) AS groups`,
        params,
      ),
    );
    const first = counted[0];
    if (!first) return null;
    const groups = (Array.isArray(first.groups) ? first.groups : [])
      .map((group) => map(group))
      .flatMap((group) => {
        const type = ENTITY_TYPE_OF_LABEL.get(str(group.type));
        return type ? [{ type, count: num(group.count) }] : [];
      })
      .sort(
        (a, b) =>
          b.count - a.count ||
          ENTITY_TYPE_ORDER.indexOf(a.type) - ENTITY_TYPE_ORDER.indexOf(b.type),
      );
    const total = groups
      .filter((group) => options.types.length === 0 || options.types.includes(group.type))
      .reduce((sum, group) => sum + group.count, 0);
    const window = pageWindow(args, total);
    let items: NeighbourModel[] = [];
    if (window.end > window.start) {
      const ofType = wanted.length > 0 ? 'AND any(l IN labels(m) WHERE l IN $wanted)' : '';
      const rows = rowsOf(
        await db.run(
          tx,
          `${entity}
           MATCH (n)-[r:${TRAVERSABLE}]-(m)
           WHERE ${stated} AND ${asOf} ${ofType}
           WITH n, r, m
           ORDER BY type(r), coalesce(m.name, m.title, m.id), m.id,
                    coalesce(r.role, r.relation, ''), elementId(r)
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
