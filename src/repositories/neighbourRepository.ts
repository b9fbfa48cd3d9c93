import neo4j from 'neo4j-driver';

import type { Database } from '../db/database';
import { rowsOf } from '../db/database';
import { Label, labelOfId } from '../db/graphModel';
import { map, num, str, strList, strOrNull } from '../db/rowValues';
import type { NeighbourModel, NeighbourPageModel } from '../models';
import {
  describeRelationship,
  isEntity,
  nodeOf,
  nodeProjection,
  relName,
  TRAVERSABLE,
} from './connectionRepository';
import type { PageArgs } from './pagination';
import { pageOf, pageWindow } from './pagination';

/**
 * One page of an entity's fact relationships (only those `sourceId` states, when given), each
 * read from the entity's side, ordered by type, then the neighbour's name and id, then the
 * qualifier; with the total, counted in the same read transaction. Null when no entity has the
 * id (a merged id reads as the entity kept). Page arguments must already be validated.
 */
export async function findNeighbours(
  db: Database,
  id: string,
  args: PageArgs,
  sourceId: string | null = null,
): Promise<NeighbourPageModel | null> {
  const label = labelOfId(id);
  if (!isEntity(label)) return null;
  // An id a merge replaced stands for the entity kept: followed here, without a read of its own.
  const entity = `OPTIONAL MATCH (redirect:${Label.Redirect} {id: $id})
     MATCH (n:${label} {id: coalesce(redirect.to, $id)})`;
  const stated = `($source IS NULL OR any(e IN coalesce(r.evidence, []) WHERE e STARTS WITH $source))`;
  const source = sourceId === null ? null : `${sourceId}#`;
  return db.readTransaction(async (tx) => {
    const counted = rowsOf(
      await db.run(
        tx,
        `${entity} RETURN COUNT { (n)-[r:${TRAVERSABLE}]-() WHERE ${stated} } AS total`,
        { id, source },
      ),
    );
    const first = counted[0];
    if (!first) return null;
    const total = num(first.total);
    const window = pageWindow(args, total);
    let items: NeighbourModel[] = [];
    if (window.end > window.start) {
      const rows = rowsOf(
        await db.run(
          tx,
          `${entity}
           MATCH (n)-[r:${TRAVERSABLE}]-(m)
           WHERE ${stated}
           WITH n, r, m
           ORDER BY type(r), coalesce(m.name, m.title, m.id), m.id,
                    coalesce(r.role, r.relation, ''), elementId(r)
           SKIP $skip LIMIT $limit
           RETURN ${nodeProjection('m')} AS node, type(r) AS type, properties(r) AS props,
                  startNode(r) = n AS outgoing`,
          {
            id,
            source,
            skip: neo4j.int(window.start),
            limit: neo4j.int(window.end - window.start),
          },
        ),
      );
      items = rows.map((row) => {
        const type = relName(str(row.type));
        const props = map(row.props);
        const outgoing = row.outgoing === true;
        return {
          node: nodeOf(row.node),
          relationship: type,
          description: describeRelationship(type, outgoing),
          outgoing,
          qualifier: strOrNull(props.role) ?? strOrNull(props.relation),
          evidenceIds: strList(props.evidence),
        };
      });
    }
    return pageOf(items, window, total);
  });
}
