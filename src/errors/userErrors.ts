import { GraphQLError } from 'graphql';

import { ErrorCode } from './codes';

/** Builds a GraphQL error a client can act on, carrying `extensions.code` and optional details. */
export function userError(
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

/** An argument or input value is invalid; `argument` names it. */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return userError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
}

/** A list was asked for with more items than one page may hold. */
export function pageSizeExceeded(requested: number, maximum: number): GraphQLError {
  return userError(
    ErrorCode.PAGE_SIZE_EXCEEDED,
    `A page holds at most ${maximum} items; ${requested} were requested. Page with first/after.`,
    { requested, maximum },
  );
}

/** The database cannot be reached right now. */
export function databaseUnavailable(): GraphQLError {
  return userError(
    ErrorCode.DATABASE_UNAVAILABLE,
    'The database is unavailable right now; try again shortly.',
  );
}

/** A query ran past the transaction timeout and was cancelled in the database. */
export function queryTimeout(timeoutMs: number): GraphQLError {
  return userError(
    ErrorCode.QUERY_TIMEOUT,
    `The query took longer than ${timeoutMs} ms and was cancelled; narrow it (fewer hops, a filter, a smaller page).`,
    { timeoutMs },
  );
}

/**
 * A request's `Neo4j-Bookmarks` header is malformed, or Neo4j does not know its bookmarks:
 * answered HTTP 400 with BAD_REQUEST.
 */
export function invalidBookmarks(why: string): GraphQLError {
  return new GraphQLError(
    `The Neo4j-Bookmarks header is not valid: ${why}. Send back the header of an earlier answer unchanged, or none.`,
    { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
  );
}
