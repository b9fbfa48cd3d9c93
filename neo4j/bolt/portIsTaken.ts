import { createServer } from 'node:net';

import { describeError, errorCode } from '../errorDetails';
import { LocalNeo4jError } from '../localNeo4jError';
import { BOLT_HOST } from './boltAddress';

/** True when something already holds the port on the loopback address Neo4j would listen on. */
export function portIsTaken(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error) => {
      if (errorCode(error) === 'EADDRINUSE') {
        resolve(true);
      } else {
        reject(
          new LocalNeo4jError(
            `cannot listen on ${BOLT_HOST}:${String(port)}: ${describeError(error)}`,
          ),
        );
      }
    });
    server.listen({ host: BOLT_HOST, port, exclusive: true }, () => {
      server.close(() => {
        resolve(false);
      });
    });
  });
}
