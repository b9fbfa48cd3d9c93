import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';

import type { Context } from '../context';
import type { ServerMetrics } from './serverMetrics';

/** The outcome code of an answer: OK, or the `extensions.code` of its first error. */
function outcomeCode(errors: readonly { extensions?: Record<string, unknown> }[] | undefined) {
  if (!errors || errors.length === 0) return 'OK';
  const code = errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/** The operation a request names (or its only one), from a parsed document that may not be valid. */
function operationOf(
  document: DocumentNode | undefined,
  name: string | undefined,
): OperationDefinitionNode | undefined {
  const operations = (document?.definitions ?? []).filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return name ? operations.find((o) => o.name?.value === name) : operations[0];
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
        willSendResponse({ document, response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          const code = outcomeCode(errors);
          // Named even when it failed validation; a document that did not parse has no name.
          const operation = operationOf(document, request.operationName);
          const name = document ? (operation?.name?.value ?? null) : '(unparsed)';
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
