/**
 * `npm start`: starts the project's local Neo4j (unless NEO4J_URI is set), migrates, seeds an
 * empty database and serves the API; SIGINT/SIGTERM stop the server and the Neo4j it started.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';

import { startLocalNeo4j, stopLocalNeo4j } from '../neo4j/localNeo4j';
import type { LocalNeo4jInstance } from '../neo4j/localNeo4j';
import { developmentCuratorKey } from './auth/developmentCuratorKey';
import { loadConfig } from './config';
import { connectDatabase } from './db/connectDatabase';
import type { Database } from './db/database';
import { applyMigrations } from './db/migrations';
import { importFiles, seedFiles } from './import/importFiles';
import { isGraphEmpty } from './repositories/graphStateRepository';
import { PROJECT_ROOT } from './projectRoot';
import { buildServer } from './server';
import type { BuiltServer } from './server';
import { describeStartupFailure } from './startupFailure';
import { createLogger } from './telemetry/createLogger';
import { startTracing } from './telemetry/tracing';

/** Rejects with EADDRINUSE when the API port is taken: found before a slow first Neo4j start. */
async function checkPortFree(port: number, host: string): Promise<void> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** A stopping process exits by then at the latest: after the drain, before a 10 s SIGKILL. */
const EXIT_DEADLINE_MS = 9_500;

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const logger = createLogger(config);
  const tracing = startTracing(config);
  let local: LocalNeo4jInstance | null = null;
  let db: Database | null = null;
  let server: BuiltServer | null = null;

  // True once this process has spawned a Neo4j, even before it answers: Ctrl-C during a slow
  // first start must not leave a detached Neo4j behind.
  let spawnedLocal = false;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Whatever hangs (a driver that cannot close), the server still ends before a supervisor's SIGKILL.
    const deadline = setTimeout(() => process.exit(1), EXIT_DEADLINE_MS);
    try {
      await server?.apollo.stop();
      await db?.driver.close();
      await tracing?.shutdown();
    } finally {
      clearTimeout(deadline);
      if (local ? local.startedByThisCall : spawnedLocal) {
        await stopLocalNeo4j(config.neo4j.localBoltPort);
        logger.info('stopped the local Neo4j this process started');
      }
      process.exit(0);
    }
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));

  try {
    await checkPortFree(config.port, config.host);
    if (!config.neo4j.externalUri) {
      local = await startLocalNeo4j({
        boltPort: config.neo4j.localBoltPort,
        password: config.neo4j.password,
        log: (line) => logger.info(line),
        onSpawned: () => {
          spawnedLocal = true;
        },
      });
      logger.info({ uri: local.uri, reused: !local.startedByThisCall }, 'local Neo4j ready');
    }
    db = await connectDatabase(config);
    await applyMigrations(db);
    if (config.seedOnStart && (await isGraphEmpty(db))) {
      const results = await importFiles(db, seedFiles(join(PROJECT_ROOT, 'seed', 'documents')));
      logger.info({ documents: results.map((r) => r.sourceId) }, 'seeded the empty database');
    }
    const curatorKey = developmentCuratorKey(config);
    server = await buildServer({ config, db, logger });
    const httpServer = server.httpServer;
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const host =
      config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
    logger.info(
      { startupMs: Date.now() - startedAt },
      `cooperation-kg ready at http://${host}:${config.port}/graphql` +
        (config.graphiql ? ` (GraphiQL: http://${host}:${config.port}/graphiql)` : ''),
    );
    if (curatorKey) {
      logger.info(
        `curator token for http://${host}:${config.port}/curate, this run only (no AUTH_API_KEYS set): ${curatorKey}`,
      );
    }
  } catch (error) {
    // A signal during start-up makes the start fail; shutdown() reports and exits instead.
    if (stopping) return;
    console.error(describeStartupFailure(error, config));
    await db?.driver.close();
    if (local ? local.startedByThisCall : spawnedLocal) {
      await stopLocalNeo4j(config.neo4j.localBoltPort);
    }
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(describeStartupFailure(error, null));
  process.exit(1);
});
