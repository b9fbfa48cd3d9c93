/**
 * `tsx neo4j/cli.ts start|stop|status` for the project's local Neo4j (npm run db:start etc.).
 * Env (read by src/config.ts): NEO4J_BOLT_PORT (default 7687), NEO4J_PASSWORD (default
 * cooperation-kg-dev), NEO4J_START_TIMEOUT_MS (default 120000), NEO4J_HEAP_MAX, NEO4J_PAGECACHE
 * and NEO4J_MEMORY (default: sized from the machine and the store), NEO4J_WARMUP.
 * Prints one line on stdout, or one line on stderr and exits 1 on failure; progress of the
 * one-time fetch goes to stderr.
 */
import { ConfigError, loadLocalNeo4jSettings } from '../src/config';
import {
  LocalNeo4jError,
  localNeo4jStatus,
  NEO4J_VERSION,
  startLocalNeo4j,
  stopLocalNeo4j,
} from './localNeo4j.js';

const USAGE = 'usage: tsx neo4j/cli.ts start|stop|status';

async function main(command: string | undefined): Promise<number> {
  const { boltPort, password, startTimeoutMs } = loadLocalNeo4jSettings();
  switch (command) {
    case 'start': {
      const started = Date.now();
      const instance = await startLocalNeo4j({
        boltPort,
        password,
        startTimeoutMs,
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
      error instanceof LocalNeo4jError || error instanceof ConfigError
        ? error.message
        : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    console.error(message.replace(/\s*\n\s*/g, ' '));
    process.exitCode = 1;
  },
);
