import { setTimeout as sleep } from 'node:timers/promises';

import { Neo4jError } from 'neo4j-driver';

import { ErrorCode, userError } from '../errors';

/** Thrown inside a write when what it depends on kept changing under its locks: run it again. */
export class GraphChangedError extends Error {
  override name = 'GraphChangedError';
}

/** Attempts of a write that keeps losing races before the client is told to try again. */
const ATTEMPTS = 6;

/**
 * Whether a failed write transaction lost a race to another writer and may simply run again:
 * two writers created the same new node at once (the uniqueness constraint refused one), Neo4j
 * broke a deadlock for longer than the driver retries, or the ids it locked kept changing.
 */
function lostARace(error: unknown): boolean {
  if (error instanceof GraphChangedError) return true;
  return (
    error instanceof Neo4jError &&
    (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' ||
      error.code === 'Neo.TransientError.Transaction.DeadlockDetected')
  );
}

/**
 * Runs a write (a whole transaction, planned afresh each time) again when it lost a race, with
 * a growing random pause; after the last attempt the client gets a typed CONFLICT to retry.
 */
export async function retryConflicts<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!lostARace(error)) throw error;
      if (attempt >= ATTEMPTS) {
        throw userError(
          ErrorCode.CONFLICT,
          'Concurrent writes to the same entities kept this write from completing; nothing was written. Try again.',
          { attempts: attempt },
        );
      }
      await sleep(20 * attempt + Math.random() * 50);
    }
  }
}
