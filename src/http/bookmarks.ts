import { invalidBookmarks } from '../errors';

/**
 * The header that carries Neo4j bookmarks between a client and any replica of the API: a write
 * answers with the bookmarks of its transaction, and a request that sends them back reads a graph
 * that holds that write, whichever replica (and, on a cluster, whichever Neo4j member) serves it.
 */
export const BOOKMARKS_HEADER = 'neo4j-bookmarks';

/** Bookmarks accepted in one request: a client sends those of its last write, one per database. */
const MAX_BOOKMARKS = 16;

/** Neo4j's bookmarks are short printable tokens (`FB:kcwQ…`); nothing else is passed on. */
const BOOKMARK = /^[A-Za-z0-9+/=:_.-]{1,256}$/;

/**
 * The bookmarks a request sends in its `Neo4j-Bookmarks` header (comma-separated, as the server
 * answers them); empty without the header. Throws `invalidBookmarks` for anything else.
 */
export function parseBookmarks(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  const tokens = (Array.isArray(header) ? header.join(',') : header)
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token !== '');
  if (tokens.length > MAX_BOOKMARKS) throw invalidBookmarks(`more than ${MAX_BOOKMARKS} bookmarks`);
  for (const token of tokens) {
    if (!BOOKMARK.test(token)) throw invalidBookmarks('a bookmark has characters Neo4j never uses');
  }
  return [...new Set(tokens)];
}

/** The header value for bookmarks (the inverse of `parseBookmarks`). */
export function formatBookmarks(bookmarks: readonly string[]): string {
  return bookmarks.join(', ');
}
