import { startLocalNeo4j, stopLocalNeo4j } from '../neo4j/localNeo4j';
import { exportGraph } from '../src/backup/graphExport';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connectDatabase';
import type { Database } from '../src/db/database';
import { applyMigrations } from '../src/db/migrations';
import { boltUri, neo4jPassword } from './serverProcess';

/** The Neo4j a scenario runs against, with a connection of the scenario's own. */
export interface Target {
  boltPort: number;
  db: Database;
  /** Closes the connection and stops the Neo4j if this target started it. */
  close(): Promise<void>;
}

/**
 * Opens the project's local Neo4j on `boltPort` (reusing a running one, starting it otherwise,
 * sized for its store and with its page cache warmed), migrated, with a connection for the
 * scenario's own checks.
 */
export async function openTarget(boltPort: number): Promise<Target> {
  // A Neo4j the scenario starts is measured warm, as a long-running one would be.
  const instance = await startLocalNeo4j({
    boltPort,
    password: neo4jPassword(),
    awaitWarmup: true,
    log: (line) => console.log(line),
  });
  const db = await connectDatabase(
    loadConfig({
      ...process.env,
      NEO4J_URI: boltUri(boltPort),
      NEO4J_PASSWORD: neo4jPassword(),
      NEO4J_TX_TIMEOUT_MS: '600000',
    }),
  );
  await applyMigrations(db);
  return {
    boltPort,
    db,
    async close() {
      await db.driver.close();
      if (instance.startedByThisCall) await stopLocalNeo4j(boltPort);
    },
  };
}

/** The content hash of the whole graph (see `exportGraph`). */
export async function graphHash(db: Database): Promise<string> {
  return (await exportGraph(db)).sha256;
}
