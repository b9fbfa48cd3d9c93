import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

import { probeBolt } from '../bolt/probeBolt';
import { LocalNeo4jError } from '../localNeo4jError';
import type { InstancePaths } from '../paths';
import { shown } from '../paths';
import { isAlive } from '../process/processState';
import { KILL_WAIT_MS, terminate } from '../process/terminate';
import { scanLog } from './launcherLog';

const POLL_MS = 250;

/** The Neo4j being waited for, and what to do when it does not answer in time. */
export interface WaitContext {
  instance: InstancePaths;
  uri: string;
  pid: number;
  password: string;
  /** Where this start's lines begin in the instance's log. */
  logOffset: number;
  timeoutMs: number;
  /** A Neo4j this call spawned is stopped again when it does not answer in time. */
  startedByThisCall: boolean;
}

/**
 * Waits until the launcher has reported READY (so its ALTER USER has run and a probe cannot
 * trip Neo4j's failed-login lockout) and Bolt then answers `RETURN 1` with the password.
 * (wait-on only knows ports, files and HTTP: not a READY line, a dead pid or a refused password.)
 */
export async function waitUntilAnswering(context: WaitContext): Promise<void> {
  const { instance, uri, pid, password } = context;
  const logShown = shown(instance.logFile);
  const deadline = Date.now() + context.timeoutMs;
  let readySeen = false;
  while (Date.now() < deadline) {
    if (!(await isAlive(pid))) {
      const { failure } = await scanLog(instance.logFile, context.logOffset, pid);
      throw new LocalNeo4jError(
        failure === undefined
          ? `Neo4j (pid ${String(pid)}) exited during startup; see ${logShown}`
          : `Neo4j failed to start: ${failure.slice(0, 300)}; see ${logShown}`,
      );
    }
    readySeen ||=
      (await scanLog(instance.logFile, context.logOffset, pid)).ready ||
      !existsSync(instance.logFile);
    if (readySeen) {
      const probe = await probeBolt(uri, password);
      if (probe === 'ok') {
        return;
      }
      if (probe === 'unauthorized') {
        throw new LocalNeo4jError(
          `Neo4j on ${uri} (pid ${String(pid)}) refused this password: it was started with another NEO4J_PASSWORD; stop it (npm run db:stop) and start it again`,
        );
      }
    }
    await sleep(POLL_MS);
  }
  const seconds = Math.round(context.timeoutMs / 1000);
  if (context.startedByThisCall) {
    await terminate(pid, KILL_WAIT_MS);
    throw new LocalNeo4jError(
      `Neo4j did not start within ${String(seconds)} s (stopped it again); see ${logShown}`,
    );
  }
  throw new LocalNeo4jError(
    `Neo4j (pid ${String(pid)}) is running but did not answer on ${uri} within ${String(seconds)} s; see ${logShown}, or stop it (npm run db:stop)`,
  );
}
