import { startLocalNeo4j } from '../../neo4j/localNeo4j';
import { LOCAL_NEO4J_DEFAULT_PASSWORD } from '../../src/config';
import { TEST_BOLT_PORT } from './testPorts';

/**
 * Starts the suite's Neo4j (or reuses a running one) unless NEO4J_URI names a database to use;
 * the teardown stops it only if this setup started it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  process.env.NEO4J_BOLT_PORT = String(TEST_BOLT_PORT);
  const instance = await startLocalNeo4j({
    boltPort: TEST_BOLT_PORT,
    password: process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  (globalThis as { startedTestNeo4j?: boolean }).startedTestNeo4j = instance.startedByThisCall;
}
