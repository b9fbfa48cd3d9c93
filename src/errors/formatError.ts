import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

import { ErrorCode } from './codes';
import { QueryLimitCode, queryLimitErrorOf } from './queryLimitRejection';

/** graphql-js's parser refusing a document over `maxTokens` ("more that" is its own spelling). */
const TOKEN_LIMIT = /Document contains more th(?:an|at) (\d+) tokens/;

/** Codes whose errors are the client's to handle; anything else is treated as a bug. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  ...Object.values(QueryLimitCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Shapes every error sent to clients: limit violations get their limit's code, client errors pass
 * through, and anything unexpected is logged with its cause and sent as a bare
 * INTERNAL_SERVER_ERROR (no message internals, no stack, no Cypher).
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const raw = formatted.extensions?.code;
    const code = typeof raw === 'string' ? raw : ErrorCode.INTERNAL_SERVER_ERROR;
    const tokens = TOKEN_LIMIT.exec(formatted.message);
    if (tokens) {
      return {
        message: `Token limit of ${tokens[1] ?? '?'} exceeded.`,
        extensions: { code: QueryLimitCode.QUERY_TOO_LARGE },
      };
    }
    // Reported by the limit's own graphql-armor rejection hook (rejectQueriesAs), code included.
    const limit = queryLimitErrorOf(error);
    if (limit) {
      return {
        message: limit.message,
        locations: formatted.locations,
        extensions: { code: limit.code },
      };
    }
    if (CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error(
      { err: error, path: formatted.path },
      'unexpected error while resolving a request',
    );
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
