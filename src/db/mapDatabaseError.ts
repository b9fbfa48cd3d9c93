import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

import { databaseUnavailable, invalidBookmarks, queryTimeout } from '../errors';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Turns a driver error into the typed GraphQL error a client should see; errors that are not
 * the database's (or that are bugs) pass through unchanged for the server to log.
 */
export function mapDatabaseError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof GraphQLError) return error;
  if (!(error instanceof Neo4jError)) return error;
  if (
    UNAVAILABLE_CODES.has(error.code) ||
    error.code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    // Every pooled connection busy for connectionAcquisitionTimeout: saturated, not broken.
    error.message.startsWith('Connection acquisition timed out')
  ) {
    return withCause(databaseUnavailable(), error);
  }
  if (
    error.code.includes('TransactionTimedOut') ||
    error.code === 'Neo.TransientError.Transaction.LockClientStopped'
  ) {
    return withCause(queryTimeout(timeoutMs), error);
  }
  // A client's Neo4j-Bookmarks header that names no transaction this database knows.
  if (error.code.startsWith('Neo.ClientError.Transaction.InvalidBookmark')) {
    return withCause(invalidBookmarks('Neo4j does not know these bookmarks'), error);
  }
  return error;
}

function withCause(graphQLError: GraphQLError, cause: Neo4jError): GraphQLError {
  return new GraphQLError(graphQLError.message, {
    extensions: graphQLError.extensions,
    originalError: cause,
  });
}
