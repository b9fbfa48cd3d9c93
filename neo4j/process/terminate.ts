import { setTimeout as sleep } from 'node:timers/promises';

import { errorCode } from '../errorDetails';
import { LocalNeo4jError } from '../localNeo4jError';
import { isAlive } from './processState';

/** How long a SIGKILLed process gets to disappear. */
export const KILL_WAIT_MS = 10_000;
const POLL_MS = 250;

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isAlive(pid))) {
      return true;
    }
    await sleep(POLL_MS);
  }
  return !(await isAlive(pid));
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ESRCH') {
      return false;
    }
    throw error;
  }
}

/** SIGTERM, then SIGKILL when the process is still there after `graceMs`; resolves once it is gone. */
export async function terminate(pid: number, graceMs: number): Promise<void> {
  if (!signal(pid, 'SIGTERM') || (await waitForExit(pid, graceMs))) {
    return;
  }
  if (!signal(pid, 'SIGKILL')) {
    return;
  }
  if (!(await waitForExit(pid, KILL_WAIT_MS))) {
    throw new LocalNeo4jError(
      `Neo4j (pid ${String(pid)}) survived SIGKILL: check it with \`ps ${String(pid)}\``,
    );
  }
}
