import type { ApolloServerPlugin } from '@apollo/server';
import type { FragmentDefinitionNode } from 'graphql';
import { Kind } from 'graphql';

import type { InputLimits } from './checkOperationInputs';
import { checkOperationInputs } from './checkOperationInputs';

/**
 * Refuses an operation whose arguments break an input limit (see `checkOperationInputs`) once
 * its operation is known and before anything runs: variables count as much as literals, and no
 * resolver, loader or Cypher statement sees the request.
 */
export function inputLimitsPlugin<TContext extends object>(
  limits: InputLimits,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return Promise.resolve();
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments[definition.name.value] = definition;
            }
          }
          const error = checkOperationInputs(
            schema,
            operation,
            fragments,
            request.variables,
            limits,
          );
          return error ? Promise.reject(error) : Promise.resolve();
        },
      });
    },
  };
}
