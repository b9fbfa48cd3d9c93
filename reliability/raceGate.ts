import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Database } from '../src/db/database';
import type { Label } from '../src/db/labelsAndTypes';

/** A Neo4j-side starting gate for a race (see `openRaceGate`). */
export interface RaceGate {
  /**
   * Waits until `writers` transactions are queued behind the gate (or `timeoutMs` has passed);
   * returns how many were.
   */
  waitForQueue(writers: number, timeoutMs?: number): Promise<number>;
  /** Rolls the gate's transaction back: every writer queued behind it goes at once. */
  release(): Promise<void>;
}

/**
 * Opens a starting gate in Neo4j: a transaction that holds the write lock of each of these
 * nodes (creating, uncommitted, those that do not exist, so it holds their uniqueness locks
 * too) and changes nothing. Writers that need one of them wait inside Neo4j; once they are all
 * queued, `release` lets them go together, so a race test races for real instead of hoping that
 * requests sent at once overlap.
 */
export async function openRaceGate(
  db: Database,
  nodes: { label: Label; id: string }[],
): Promise<RaceGate> {
  const token = randomUUID();
  const session = db.driver.session();
  const tx = session.beginTransaction({ metadata: { raceGate: token } });
  try {
    for (const { label, id } of nodes) {
      // Labels come from the allow-list; the id is a parameter.
      await tx.run(`MERGE (n:${label} {id: $id}) SET n.__lock = true REMOVE n.__lock`, { id });
    }
  } catch (error) {
    await tx.rollback().catch(() => undefined);
    await session.close();
    throw error;
  }
  const gateId = async (): Promise<string | null> => {
    const rows = await db.read(
      `SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.raceGate = $token
       RETURN transactionId`,
      { token },
    );
    return rows[0] ? String(rows[0].transactionId) : null;
  };
  return {
    async waitForQueue(writers, timeoutMs = 10_000) {
      const id = await gateId();
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const rows = await db.read(
          `SHOW TRANSACTIONS YIELD status
           WHERE status STARTS WITH 'Blocked' AND (status CONTAINS $id + ']' OR status CONTAINS $id + ',')
           RETURN count(*) AS queued`,
          { id: id ?? '?' },
        );
        const queued = Number(rows[0]?.queued ?? 0);
        if (queued >= writers || Date.now() > deadline) return queued;
        await sleep(25);
      }
    },
    async release() {
      await tx.rollback().catch(() => undefined);
      await session.close();
    },
  };
}

/**
 * Starts every task at the same moment: each awaits one promise before it begins, and that
 * promise resolves once all of them are waiting on it. Returns their settled results in order.
 */
export async function releasedTogether<T>(
  tasks: (() => Promise<T>)[],
): Promise<PromiseSettledResult<T>[]> {
  let open: () => void = () => undefined;
  const barrier = new Promise<void>((resolve) => {
    open = resolve;
  });
  const running = tasks.map(async (task) => {
    await barrier;
    return task();
  });
  open();
  return Promise.allSettled(running);
}
