import { ErrorCode, badUserInput, pageSizeExceeded, userError } from '../errors';
import type { PageModel } from '../models';

/** Relay pagination arguments. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The slice [start, end) of the ordered result a page covers. */
export interface PageWindow {
  start: number;
  end: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
}

/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

const CURSOR_PREFIX = 'offset:';

/** An opaque cursor for the item at `offset` of the ordered result. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor stands for; a clear `INVALID_CURSOR` error for anything else. */
export function decodeCursor(cursor: string, argument: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const digits = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : '';
  // Only the form encodeCursor writes: Number() alone would take '', ' 3' or '1e1' as offsets.
  const offset = /^\d+$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw userError(
      ErrorCode.INVALID_CURSOR,
      `"${argument}" is not a cursor of this list; use a cursor from pageInfo or an edge.`,
      { argument },
    );
  }
  return offset;
}

/** Rejects negative or oversized page sizes before any query runs. */
export function checkPageArgs(args: PageArgs, maxPageSize: number): void {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size === null || size === undefined) continue;
    if (size < 0) throw badUserInput(`"${name}" cannot be negative (got ${size}).`, name);
    if (size > maxPageSize) throw pageSizeExceeded(size, maxPageSize);
  }
  if (args.after) decodeCursor(args.after, 'after');
  if (args.before) decodeCursor(args.before, 'before');
}

/**
 * The window a Relay request selects out of `total` ordered items (cursors are offsets):
 * `after`/`before` bound the range, then `first` keeps its head or `last` its tail.
 */
export function pageWindow(args: PageArgs, total: number): PageWindow {
  let start = args.after ? decodeCursor(args.after, 'after') + 1 : 0;
  let end = args.before ? Math.min(decodeCursor(args.before, 'before'), total) : total;
  start = Math.min(start, total);
  end = Math.max(end, start);
  const first =
    args.first ?? (args.last === null || args.last === undefined ? DEFAULT_PAGE_SIZE : null);
  if (first !== null && first !== undefined) end = Math.min(end, start + first);
  if (args.last !== null && args.last !== undefined) start = Math.max(start, end - args.last);
  return { start, end, hasPreviousPage: start > 0, hasNextPage: end < total };
}

/** The page model of `items`, the slice `window` selected out of `total` ordered items. */
export function pageOf<T>(items: T[], window: PageWindow, total: number): PageModel<T> {
  return {
    items,
    startOffset: window.start,
    totalCount: total,
    hasNextPage: window.hasNextPage,
    hasPreviousPage: window.hasPreviousPage,
  };
}
