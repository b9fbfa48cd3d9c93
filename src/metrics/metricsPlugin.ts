import type { ApolloServerPlugin } from '@apollo/server';

import type { Context } from '../context';
import type { ServerMetrics } from './serverMetrics';

/** The outcome code of an answer: OK, or the `extensions.code` of its first error. */
function outcomeCode(errors: readonly { extensions?: Record<string, unknown> }[] | undefined) {
  if (!errors || errors.length === 0) return 'OK';
  const code = errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Counts and times every GraphQL request by operation name, operation type and outcome code,
 * and the persisted-query cache's hits and misses.
 */
export function metricsPlugin(metrics: ServerMetrics): ApolloServerPlugin<Context> {
  return {
    requestDidStart({ request }) {
      const started = performance.now();
      const persisted = request.extensions?.persistedQuery !== undefined;
      const hashOnly = persisted && request.query === undefined;
      return Promise.resolve({
        willSendResponse({ operation, operationName, response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          const code = outcomeCode(errors);
          // An unresolved operation (not parsed, not valid) has no name of its own to count by.
          const name = operation ? (operationName ?? null) : '(unresolved)';
          metrics.graphqlRequest(
            name,
            operation?.operation ?? 'unknown',
            code,
            (performance.now() - started) / 1000,
          );
          if (hashOnly) metrics.cacheLookup('apq', code !== 'PERSISTED_QUERY_NOT_FOUND');
          return Promise.resolve();
        },
      });
    },
  };
}
