import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { lock } from 'proper-lockfile';

import { errorCode } from './errorDetails';
import { LocalNeo4jError } from './localNeo4jError';

/** Waiting for another process that is fetching Neo4j or starting the same port. */
const LOCK_WAIT_MS = 10 * 60_000;
const POLL_MS = 250;
/**
 * A holder refreshes its lock's mtime every half of this; a lock left older (its holder was
 * SIGKILLed: other exits remove it) is taken over.
 */
const STALE_MS = 10_000;

/**
 * Takes the cross-process lock `lockPath` (a directory, made atomically), waiting up to ten
 * minutes for its holder; `what` names the holder's work in the message of giving up. Resolves
 * with the function that releases it.
 */
export async function acquireFileLock(
  lockPath: string,
  what: string,
): Promise<() => Promise<void>> {
  await mkdir(path.dirname(lockPath), { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lock(lockPath, {
      lockfilePath: lockPath,
      // The lock guards work, not a file of its own: nothing needs to exist at lockPath first.
      realpath: false,
      stale: STALE_MS,
      retries: {
        retries: Math.ceil(LOCK_WAIT_MS / POLL_MS),
        factor: 1,
        minTimeout: POLL_MS,
        maxTimeout: POLL_MS,
      },
      // Someone deleted the lock, as the message of giving up suggests: the work goes on.
      onCompromised: () => undefined,
    });
  } catch (error) {
    if (errorCode(error) === 'ELOCKED') {
      throw new LocalNeo4jError(
        `gave up waiting for another process, which is ${what}; stop it or delete ${lockPath}`,
      );
    }
    throw error;
  }
  return async () => {
    try {
      await release();
    } catch (error) {
      // Already gone (compromised, see above): nothing of ours to remove.
      if (errorCode(error) !== 'ERELEASED') throw error;
    }
  };
}
