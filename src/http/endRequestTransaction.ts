import type { ApolloServerPlugin } from '@apollo/server';

import type { Context } from '../context';

/**
 * Ends the read transaction a request's reads shared (see `RequestScope`) as soon as the
 * request has its answer, whatever the answer: the connection goes back to the pool at once.
 */
export function endRequestTransaction(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue }) {
          void contextValue.db.endRequest();
          return Promise.resolve();
        },
      });
    },
  };
}
