/**
 * `tsx neo4j/cli.ts start|stop|status` for the project's local Neo4j (npm run db:start etc.).
 * Env: NEO4J_BOLT_PORT (default 7687), NEO4J_PASSWORD (default cooperation-kg-dev),
 * NEO4J_HEAP_MAX (default 2g), NEO4J_PAGECACHE (default 1g),
 * NEO4J_START_TIMEOUT_MS (default 120000).
 * Prints one line on stdout, or one line on stderr and exits 1 on failure; progress of the
 * one-time fetch goes to stderr.
 */
import {
  LocalNeo4jError,
  localNeo4jStatus,
  NEO4J_VERSION,
  startLocalNeo4j,
  stopLocalNeo4j,
} from './localNeo4j.js';

const DEFAULT_BOLT_PORT = 7687;
const DEFAULT_PASSWORD = 'cooperation-kg-dev';
const USAGE = 'usage: tsx neo4j/cli.ts start|stop|status';

function boltPortFromEnv(): number {
  const raw = process.env.NEO4J_BOLT_PORT?.trim();
  if (raw === undefined || raw === '') {
    return DEFAULT_BOLT_PORT;
  }
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new LocalNeo4jError(`NEO4J_BOLT_PORT must be a port number (1-65535), got "${raw}"`);
  }
  return port;
}

function startTimeoutFromEnv(): number | undefined {
  const raw = process.env.NEO4J_START_TIMEOUT_MS?.trim();
  if (raw === undefined || raw === '') {
    return undefined;
  }
  if (!/^\d+$/.test(raw) || Number(raw) <= 0) {
    throw new LocalNeo4jError(
      `NEO4J_START_TIMEOUT_MS must be a number of milliseconds, got "${raw}"`,
    );
  }
  return Number(raw);
}

async function main(command: string | undefined): Promise<number> {
  const boltPort = boltPortFromEnv();
  switch (command) {
    case 'start': {
      const started = Date.now();
      const instance = await startLocalNeo4j({
        boltPort,
        password: process.env.NEO4J_PASSWORD || DEFAULT_PASSWORD,
        startTimeoutMs: startTimeoutFromEnv(),
        log: (line) => process.stderr.write(`${line}\n`),
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        instance.startedByThisCall
          ? `Neo4j ${NEO4J_VERSION} started on ${instance.uri} (pid ${String(instance.pid)}, ${seconds} s)`
          : `Neo4j already running on ${instance.uri} (pid ${String(instance.pid)}); reused it`,
      );
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j(boltPort);
      console.log(
        stopped
          ? `Neo4j on port ${String(boltPort)} stopped`
          : `No local Neo4j was running on port ${String(boltPort)}`,
      );
      return 0;
    }
    case 'status': {
      const status = await localNeo4jStatus(boltPort);
      console.log(
        status.running
          ? `Neo4j running on ${status.uri} (pid ${String(status.pid)})`
          : status.pid === undefined
            ? `Neo4j not running on ${status.uri}`
            : `Neo4j process ${String(status.pid)} exists but ${status.uri} does not answer (starting, or stuck: npm run db:stop)`,
      );
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof LocalNeo4jError
        ? error.message
        : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    console.error(message.replace(/\s*\n\s*/g, ' '));
    process.exitCode = 1;
  },
);
