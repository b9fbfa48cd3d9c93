import { setTimeout as sleep } from 'node:timers/promises';

import { Rel } from '../../src/db/labelsAndTypes';
import { countRunningTransactions } from '../../src/repositories/transactionRepository';
import { SLOW_FILTER, onDenseGraph } from '../denseFixture';
import type { ScenarioReport } from '../report';
import { check } from '../report';
import { errorCodes, postOperation, startServerProcess } from '../serverProcess';
import type { Target } from '../target';

/** The transaction timeout the scenario's server runs with. */
const TIMEOUT_MS = 1_000;

/**
 * A pathological filter against a server with a 1 s transaction timeout: the query must be seen
 * running in Neo4j, the client must get QUERY_TIMEOUT, and the transaction must be gone from
 * Neo4j's own list right after (cancelled in the database, not only abandoned by Node).
 */
export function runSlowQuery(options: { boltPort: number }): Promise<ScenarioReport> {
  return onDenseGraph(options.boltPort, (target) => probe(options.boltPort, target));
}

async function probe(boltPort: number, target: Target): Promise<ScenarioReport> {
  const server = await startServerProcess({
    boltPort,
    env: { NEO4J_TX_TIMEOUT_MS: String(TIMEOUT_MS) },
  });
  try {
    let seenRunning = 0;
    let inFlight = true;
    const watcher = (async () => {
      while (inFlight) {
        seenRunning = Math.max(
          seenRunning,
          await countRunningTransactions(target.db, Rel.HAS_PARTY),
        );
        await sleep(50);
      }
    })();
    const response = await postOperation(server.baseUrl, SLOW_FILTER, {}, { timeoutMs: 30_000 });
    inFlight = false;
    await watcher;
    const answered = Date.now();
    let stillRunning = await countRunningTransactions(target.db, Rel.HAS_PARTY);
    while (stillRunning > 0 && Date.now() - answered < 1_000) {
      await sleep(50);
      stillRunning = await countRunningTransactions(target.db, Rel.HAS_PARTY);
    }
    const goneAfterMs = Date.now() - answered;
    const quick = await postOperation(server.baseUrl, '{ stats { counts { organizations } } }');
    const error = response.body.errors?.[0];
    return {
      scenario: 'slow-query',
      figures: [
        ['transaction timeout', `${TIMEOUT_MS} ms`],
        [
          'answer',
          `${errorCodes(response).join(',') || 'data'} after ${Math.round(response.ms)} ms`,
        ],
        ['seen running in Neo4j', `${seenRunning} transaction(s)`],
        ['gone from Neo4j', stillRunning === 0 ? `within ${goneAfterMs} ms` : 'no'],
      ],
      checks: [
        check('the query ran in Neo4j', seenRunning > 0, `${seenRunning} seen`),
        check(
          'the client got QUERY_TIMEOUT',
          errorCodes(response).join() === 'QUERY_TIMEOUT' &&
            error?.extensions?.timeoutMs === TIMEOUT_MS,
          error?.message ?? 'no error',
        ),
        check(
          'no wait past the timeout',
          response.ms < TIMEOUT_MS + 5_000,
          `${Math.round(response.ms)} ms`,
        ),
        check(
          'the transaction was cancelled in Neo4j',
          stillRunning === 0,
          `${stillRunning} still running 1 s after the answer`,
        ),
        check('the server still answers quick queries', !quick.body.errors, ''),
      ],
    };
  } finally {
    await server.stop();
  }
}
