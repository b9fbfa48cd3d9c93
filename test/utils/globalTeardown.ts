import { stopLocalNeo4j } from '../../neo4j/localNeo4j';
import { TEST_BOLT_PORT } from './testPorts';

/** Stops the suite's Neo4j if the global setup started it (a reused one keeps running). */
export default async function globalTeardown(): Promise<void> {
  if ((globalThis as { startedTestNeo4j?: boolean }).startedTestNeo4j) {
    await stopLocalNeo4j(TEST_BOLT_PORT);
  }
}
