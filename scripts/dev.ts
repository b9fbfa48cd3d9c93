/**
 * `npm run dev`: the server under `tsx watch`, restarted on every change, beside a local Neo4j
 * that outlives the restarts (restarting Neo4j would cost half a minute per save). Ctrl-C or
 * SIGTERM stops the server and, if this script started it, the Neo4j.
 */
import { spawn } from 'node:child_process';

import { startLocalNeo4j, stopLocalNeo4j } from '../neo4j/localNeo4j';
import { loadConfig } from '../src/config';
import { PROJECT_ROOT } from '../src/projectRoot';
import { describeStartupFailure } from '../src/startupFailure';

async function dev(): Promise<number> {
  const config = loadConfig();
  const port = config.neo4j.localBoltPort;
  let startedNeo4j = false;
  // An object, not a `let`: TypeScript would narrow a `let` that only the handlers assign.
  const shutdown: { stopped: Promise<void> | null } = { stopped: null };
  const stopNeo4j = () => {
    shutdown.stopped ??= startedNeo4j
      ? stopLocalNeo4j(port).then(() => {
          console.log(`dev: stopped the local Neo4j on port ${String(port)}`);
        })
      : Promise.resolve();
    return shutdown.stopped;
  };
  // Until the server runs, a signal only has the Neo4j to stop (also one still starting).
  const early = () => void stopNeo4j();
  process.once('SIGINT', early).once('SIGTERM', early);
  if (!config.neo4j.externalUri) {
    try {
      const local = await startLocalNeo4j({
        boltPort: port,
        password: config.neo4j.password,
        log: (line) => console.log(`dev: ${line}`),
        onSpawned: () => {
          startedNeo4j = true;
        },
      });
      startedNeo4j = local.startedByThisCall;
    } catch (error) {
      if (!shutdown.stopped) throw error;
    }
  }
  if (shutdown.stopped) {
    await shutdown.stopped;
    return 0;
  }
  process.off('SIGINT', early).off('SIGTERM', early);

  const server = spawn(process.execPath, [require.resolve('tsx/cli'), 'watch', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  // Ctrl-C reaches the whole process group; a SIGTERM sent to this script alone is passed on.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => server.kill('SIGTERM'));
  const code = await new Promise<number>((resolve) => {
    server.on('exit', (exitCode) => resolve(exitCode ?? 0));
  });
  await stopNeo4j();
  return code;
}

dev().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(describeStartupFailure(error, null));
    process.exit(1);
  },
);
