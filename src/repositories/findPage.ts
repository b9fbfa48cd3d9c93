import neo4j from 'neo4j-driver';

import type { Database } from '../db/database';
import type { Label } from '../db/labelsAndTypes';
import { map, num } from '../db/rowValues';
import type { Row } from '../db/transaction';
import { rowsOf } from '../db/transaction';
import type { PageModel } from '../models';
import type { CypherParams } from './cypherParams';
import type { PageArgs } from './pagination';
import { pageOf, pageWindow } from './pagination';

/** One sort key: a Cypher expression over `n` (from an allow-list) and its direction. */
export interface SortKey {
  expression: string;
  direction: 'ASC' | 'DESC';
}

/** The nodes of a label a page is taken from: a WHERE predicate on `n`, its parameters, an order. */
export interface PageQuery {
  label: Label;
  where: string;
  params: CypherParams;
  order: SortKey[];
}

/**
 * One page of the nodes of `label` matching `where`, in `order` (ties broken by id), with the
 * total count: two statements in one read transaction, so the page and the count agree.
 */
export async function findPage(
  db: Database,
  query: PageQuery,
  args: PageArgs,
): Promise<PageModel<Row>> {
  const match = `MATCH (n:${query.label}) WHERE ${query.where}`;
  const keys = [...query.order, { expression: 'n.id', direction: 'ASC' as const }];
  const projections = keys.map((key, i) => `${key.expression} AS s${i}`).join(', ');
  const orderBy = keys.map((key, i) => `s${i} ${key.direction}`).join(', ');
  return db.readTransaction(async (tx) => {
    const countResult = await tx.run(`${match} RETURN count(n) AS total`, query.params.values);
    const total = num(rowsOf(countResult)[0]?.total ?? 0);
    const window = pageWindow(args, total);
    let items: Row[] = [];
    if (window.end > window.start) {
      const page = await tx.run(
        `${match} WITH n, ${projections} ORDER BY ${orderBy} SKIP $skip LIMIT $limit RETURN n {.*} AS n`,
        {
          ...query.params.values,
          skip: neo4j.int(window.start),
          limit: neo4j.int(window.end - window.start),
        },
      );
      items = rowsOf(page).map((row) => map(row.n));
    }
    return pageOf(items, window, total);
  });
}
