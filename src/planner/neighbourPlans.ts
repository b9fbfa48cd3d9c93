import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';

import { labelOfId } from '../db/labelsAndTypes';
import type { EntityType } from '../models';
import { neighbourGroups, neighbourStatementParts } from '../repositories/neighbourRepository';
import type { PageArgs } from '../repositories/pagination';
import {
  checkPageArgs,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  pageWindow,
} from '../repositories/pagination';
import { isEntity, TRAVERSABLE } from '../repositories/pathRepository';
import { itemProjections, pageObject } from './pagePlans';
import type { RootPlanner } from './plan';
import { compile } from './plan';
import { plainValue, rawList } from './rawValues';

interface NeighbourArgs extends PageArgs {
  id: string;
  source?: string | null;
  types?: EntityType[] | null;
  asOf?: string | null;
}

/**
 * `neighbours`: the counts per neighbour type and the page's relationships, each with what the
 * selection asks of its neighbour, in one statement. The page starts where `after` says and
 * holds `first` rows; the counts say how many there are in all.
 */
export const neighboursOf: RootPlanner = (rawArgs, _field, limits) => {
  const args = rawArgs as unknown as NeighbourArgs;
  checkPageArgs(args, limits.maxPageSize);
  const label = labelOfId(args.id);
  if (!isEntity(label)) return null;
  const types = args.types ?? [];
  const parts = neighbourStatementParts(args.id, label, {
    types,
    asOf: args.asOf ?? null,
    sourceId: args.source ?? null,
  });
  const skip = args.after ? decodeCursor(args.after, 'after') + 1 : 0;
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  return {
    key: `${label}|${parts.where}|${parts.ofType}`,
    params: { ...parts.params, pageSkip: neo4j.int(skip), pageLimit: neo4j.int(limit) },
    // The plan is cached and serves later requests: what `read` needs of one comes from here.
    context: { args, types },
    build: (field) =>
      compile((compiler) => {
        const connectionType = [...field.byType.keys()][0] ?? '';
        const connection = field.byType.get(connectionType) ?? [];
        const n = new Cypher.NamedNode('n');
        const m = new Cypher.NamedNode('m');
        const r = new Cypher.NamedRelationship('r');
        const items = itemProjections(compiler, 'Neighbour', connection, {
          rel: r,
          ends: { entity: n, neighbour: m },
        });
        const clause = new Cypher.Raw((env) => {
          const itemExpr = env.compile(
            new Cypher.List(items.map((item) => item.expr ?? new Cypher.Literal(null))),
          );
          return `${parts.entity}
CALL (n) {
  OPTIONAL MATCH (n)-[r:${TRAVERSABLE}]-(m) WHERE ${parts.where}
  WITH ${parts.groupsOf}
  RETURN collect(CASE WHEN type IS NULL THEN null ELSE {type: type, count: count} END) AS groups
}
CALL (n) {
  MATCH (n)-[r:${TRAVERSABLE}]-(m) WHERE ${parts.where} ${parts.ofType}
  WITH n, r, m ORDER BY ${parts.order} SKIP $pageSkip LIMIT $pageLimit
  RETURN collect(${itemExpr}) AS items
}
RETURN groups, items`;
        });
        return {
          clause,
          read: (records, prepared, variables) => {
            const request = prepared.context as { args: NeighbourArgs; types: EntityType[] };
            const record = records[0];
            if (!record) return null;
            const entries = rawList(record.get('groups')).map((entry) => {
              const { type, count } = entry as { type: unknown; count: unknown };
              return { type, count: plainValue(count) };
            });
            const { groups, total } = neighbourGroups(entries, request.types);
            const window = pageWindow(request.args, total);
            const shown = rawList(record.get('items')).slice(
              0,
              window.end - window.start,
            ) as unknown[][];
            const page = pageObject(
              connectionType,
              connection,
              items,
              shown,
              window,
              total,
              variables,
            );
            for (const selected of connection) {
              if (selected.name === 'groups') page[selected.key] = groups;
            }
            return page;
          },
        };
      }),
  };
};
