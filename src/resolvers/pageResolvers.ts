import type { PageModel } from '../models';
import { encodeCursor } from '../repositories/pagination';

/**
 * The fields of every `XConnection` type, built from a page: edges with offset cursors, the
 * nodes, page info and the total count.
 */
export function pageResolvers<T>() {
  return {
    edges: (page: PageModel<T>) =>
      page.items.map((node, i) => ({ cursor: encodeCursor(page.startOffset + i), node })),
    nodes: (page: PageModel<T>) => page.items,
    totalCount: (page: PageModel<T>) => page.totalCount,
    pageInfo: (page: PageModel<T>) => ({
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.items.length > 0 ? encodeCursor(page.startOffset) : null,
      endCursor:
        page.items.length > 0 ? encodeCursor(page.startOffset + page.items.length - 1) : null,
    }),
  };
}

/** Maps the rows of a page to models. */
export function mapPage<R, T>(page: PageModel<R>, toModel: (row: R) => T): PageModel<T> {
  return { ...page, items: page.items.map(toModel) };
}
