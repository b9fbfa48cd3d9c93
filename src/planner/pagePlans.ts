import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';

import type { PageQuery } from '../repositories/findPage';
import type { PageArgs, PageWindow } from '../repositories/pagination';
import {
  checkPageArgs,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  pageWindow,
} from '../repositories/pagination';
import type { CompiledField, Compiler, PlannedObject, Scope, Variables } from './projection';
import { PLANNED } from './projection';
import type { Plan, RootPlanner } from './plan';
import { compile } from './plan';
import { rawList, rawNumber } from './rawValues';
import { REDIRECTED_CLAUSE, redirectedIds } from './redirectedIds';
import type { SelectedField } from './selection';

/** Where a page's rows are taken from, as far as known before the statement runs. */
interface PageSlice {
  skip: number;
  limit: number;
  /** Whether the statement counts every match (for `totalCount`, cursors and bounds). */
  counted: boolean;
}

/** What the read of a page needs to know about the request. */
interface PageContext {
  args: PageArgs;
  slice: PageSlice;
}

/**
 * The selections of a page's items: each `nodes` field and each `edges { node }` field of the
 * connection selects items its own way, and each gets its own projection of the same rows.
 */
interface ItemSelections {
  selections: { fields: readonly SelectedField[] }[];
}

/**
 * The rows a page reads, when they can be known without counting first. A page counts every
 * match when it needs the total (`totalCount`, `after`/`before` bounds) and reads one row more
 * than it shows otherwise, to tell whether a next page exists. A page from the end (`last`)
 * needs the total before it can say where it starts: that alone takes two statements.
 */
function sliceOf(args: PageArgs, totalSelected: boolean): PageSlice | null {
  if (args.last !== null && args.last !== undefined) return null;
  const start = args.after ? decodeCursor(args.after, 'after') + 1 : 0;
  const end = args.before ? decodeCursor(args.before, 'before') : Infinity;
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  const limit = Math.max(0, Math.min(end, start + size) - start);
  const counted = totalSelected || Boolean(args.after) || Boolean(args.before);
  return { skip: start, limit: counted ? limit : limit + 1, counted };
}

/** The statement of a page: the count (when asked), then the page's rows, projected. */
function pageStatement(
  typeName: string,
  query: PageQuery,
  field: SelectedField,
  counted: boolean,
  redirects: boolean,
): Plan {
  const connectionType = [...field.byType.keys()][0] ?? '';
  const connection = field.byType.get(connectionType) ?? [];
  return compile((compiler) => {
    const node = new Cypher.NamedNode('n');
    const items = itemProjections(compiler, typeName, connection, { node });
    const keys = [...query.order, { expression: 'n.id', direction: 'ASC' as const }];
    const match = `MATCH (n:${query.label}) WHERE ${query.where}`;
    const clause = new Cypher.Raw((env) => {
      const itemExpr = env.compile(
        new Cypher.List(items.map((item) => item.expr ?? new Cypher.Literal(null))),
      );
      const sortColumns = keys.map((key, i) => `${key.expression} AS s${i}`).join(', ');
      const order = keys.map((key, i) => `s${i} ${key.direction}`).join(', ');
      const prefix = redirects ? REDIRECTED_CLAUSE : '';
      if (counted) {
        // One pass, as a hand-written query would: every match in order, counted, the page's
        // slice projected.
        return `${prefix}${match}
WITH n, ${sortColumns} ORDER BY ${order}
WITH collect(n) AS matched
RETURN size(matched) AS total, [n IN matched[$pageSkip..($pageSkip + $pageLimit)] | ${itemExpr}] AS items`;
      }
      return `${prefix}${match}
WITH n, ${sortColumns} ORDER BY ${order} SKIP $pageSkip LIMIT $pageLimit
RETURN null AS total, collect(${itemExpr}) AS items`;
    });
    return {
      clause,
      read: (records, prepared, variables) => {
        const record = records[0];
        const { args, slice } = prepared.context as PageContext;
        const rows = rawList(record?.get('items'));
        const total = slice.counted ? rawNumber(record?.get('total')) : null;
        return connectionObject(
          connectionType,
          connection,
          items,
          rows,
          args,
          slice,
          total,
          variables,
        );
      },
    };
  });
}

export function itemProjections(
  compiler: Compiler,
  typeName: string,
  connection: readonly SelectedField[],
  scope: Scope,
): CompiledField[] {
  return itemSelections(typeName, connection).selections.map(({ fields }) =>
    compiler.object(typeName, fields, scope),
  );
}

/** Each item selection of a connection, in the order `connectionObject` reads them. */
function itemSelections(typeName: string, connection: readonly SelectedField[]): ItemSelections {
  const selections: { fields: readonly SelectedField[] }[] = [];
  for (const field of connection) {
    if (field.name === 'nodes') selections.push({ fields: field.byType.get(typeName) ?? [] });
    if (field.name === 'edges') {
      for (const edgeField of [...field.byType.values()][0] ?? []) {
        if (edgeField.name === 'node')
          selections.push({ fields: edgeField.byType.get(typeName) ?? [] });
      }
    }
  }
  return { selections };
}

/** The connection object of a page of rows, keyed by the selection's response keys. */
function connectionObject(
  connectionType: string,
  connection: readonly SelectedField[],
  items: CompiledField[],
  rows: unknown[],
  args: PageArgs,
  slice: PageSlice,
  total: number | null,
  variables: Variables,
): PlannedObject {
  const window: PageWindow =
    total === null
      ? {
          start: slice.skip,
          end: slice.skip + Math.min(rows.length, slice.limit - 1),
          hasPreviousPage: slice.skip > 0,
          hasNextPage: rows.length > slice.limit - 1,
        }
      : pageWindow(args, total);
  const shown = rows.slice(0, window.end - window.start) as unknown[][];
  return pageObject(connectionType, connection, items, shown, window, total, variables);
}

/**
 * The connection object of the rows a window shows (each row holds one value per item
 * selection, see `itemSelections`): edges with their cursors, nodes, page info, total.
 */
export function pageObject(
  connectionType: string,
  connection: readonly SelectedField[],
  items: CompiledField[],
  shown: unknown[][],
  window: PageWindow,
  total: number | null,
  variables: Variables,
): PlannedObject {
  const out: PlannedObject = { [PLANNED]: true, __typename: connectionType };
  let next = 0;
  for (const field of connection) {
    switch (field.name) {
      case 'totalCount':
        out[field.key] = total;
        break;
      case 'pageInfo':
        out[field.key] = {
          hasNextPage: window.hasNextPage,
          hasPreviousPage: window.hasPreviousPage,
          startCursor: shown.length > 0 ? encodeCursor(window.start) : null,
          endCursor: shown.length > 0 ? encodeCursor(window.start + shown.length - 1) : null,
        };
        break;
      case 'nodes': {
        const item = items[next];
        const index = next++;
        out[field.key] = shown.map((row) => item?.decode(row[index], variables));
        break;
      }
      case 'edges': {
        const edgeType = [...field.byType.keys()][0] ?? '';
        const edgeFields = field.byType.get(edgeType) ?? [];
        const indexes = new Map<string, number>();
        for (const edgeField of edgeFields)
          if (edgeField.name === 'node') indexes.set(edgeField.key, next++);
        out[field.key] = shown.map((row, i) => {
          const edge: PlannedObject = { [PLANNED]: true, __typename: edgeType };
          for (const edgeField of edgeFields) {
            if (edgeField.name === 'cursor') edge[edgeField.key] = encodeCursor(window.start + i);
            else if (edgeField.name === 'node') {
              const index = indexes.get(edgeField.key) ?? 0;
              edge[edgeField.key] = items[index]?.decode(row[index], variables);
            } else if (edgeField.name === '__typename') edge[edgeField.key] = edgeType;
          }
          return edge;
        });
        break;
      }
      case '__typename':
        out[field.key] = connectionType;
        break;
    }
  }
  return out;
}

/** The arguments every connection field takes. */
interface ConnectionArgs extends PageArgs {
  filter?: unknown;
  orderBy?: unknown;
}

/**
 * `people`, `programs` and the other connections: one statement for the count (when needed)
 * and the page's rows with everything the selection asks of them.
 */
export function connectionOf<A extends ConnectionArgs>(
  typeName: string,
  queryOf: (filter: A['filter'], orderBy: A['orderBy'], maxFilterConditions: number) => PageQuery,
): RootPlanner {
  return (rawArgs, field, limits) => {
    const args = rawArgs as A;
    checkPageArgs(args, limits.maxPageSize);
    const marked = redirectedIds(field.definition, args);
    const redirects = marked.ids.length > 0;
    const query = queryOf(marked.args.filter, marked.args.orderBy, limits.maxFilterConditions);
    const connection = [...field.byType.values()][0] ?? [];
    const slice = sliceOf(
      args,
      connection.some((selected) => selected.name === 'totalCount'),
    );
    const counted = slice?.counted ?? true;
    const context: PageContext = { args, slice: slice ?? { skip: 0, limit: 0, counted: true } };
    const params: Record<string, unknown> = {
      ...query.params.values,
      pageSkip: neo4j.int(context.slice.skip),
      pageLimit: neo4j.int(context.slice.limit),
      redirectIds: marked.ids,
    };
    return {
      key: `${query.where}|${query.order.map((key) => `${key.expression} ${key.direction}`).join(',')}|${String(counted)}|${String(redirects)}`,
      params,
      context,
      // From the end (`last`), the page's place follows from the total: count first.
      first: slice
        ? undefined
        : async (run) => {
            const [record] = await run(
              `${redirects ? REDIRECTED_CLAUSE : ''}MATCH (n:${query.label}) WHERE ${query.where} RETURN count(n) AS total`,
              { ...query.params.values, redirectIds: marked.ids },
            );
            const window = pageWindow(args, rawNumber(record?.get('total')));
            context.slice = { skip: window.start, limit: window.end - window.start, counted: true };
            params.pageSkip = neo4j.int(window.start);
            params.pageLimit = neo4j.int(window.end - window.start);
          },
      build: (built) => pageStatement(typeName, query, built, counted, redirects),
    };
  };
}
