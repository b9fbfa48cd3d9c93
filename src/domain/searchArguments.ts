import { badUserInput, pageSizeExceeded } from '../errors';

/** Longest query text accepted; names are short, and Lucene work grows with the words. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The number of hits a `search` asks for (10 when unset), once its arguments are known to be
 * fine: a query with text of at most MAX_QUERY_LENGTH characters, `first` within the page limit.
 */
export function checkSearchArguments(
  query: string,
  first: number | null | undefined,
  maxPageSize: number,
): number {
  const size = first ?? 10;
  if (size < 0) throw badUserInput(`"first" cannot be negative (got ${size}).`, 'first');
  if (size > maxPageSize) throw pageSizeExceeded(size, maxPageSize);
  if (query.trim().length === 0) throw badUserInput('"query" cannot be empty.', 'query');
  if (query.length > MAX_QUERY_LENGTH) {
    throw badUserInput(`"query" can be at most ${MAX_QUERY_LENGTH} characters.`, 'query');
  }
  return size;
}
