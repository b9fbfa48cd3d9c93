import { setTimeout as sleep } from 'node:timers/promises';

import { startLocalNeo4j, stopLocalNeo4j } from '../../neo4j/localNeo4j';
import { buildQueryMix, discoverIds } from '../queryMix';
import type { ScenarioReport } from '../report';
import { check, percentile } from '../report';
import { errorCodes, neo4jPassword, postOperation, startServerProcess } from '../serverProcess';
import { openTarget } from '../target';

/** The server's transaction timeout (the default); no request may take longer. */
const TX_TIMEOUT_MS = 10_000;

/**
 * A request may take the timeout plus this long: Neo4j's own cancellation answering and the
 * server's deadline behind it (see Database).
 */
const TIMEOUT_MARGIN_MS = 4_000;

/** A failing request must fail at least this fast while the database is away. */
const FAIL_FAST_MS = 5_000;

/** How long /health may take to say 503. */
const HEALTH_LIMIT_MS = 2_000;

interface Outcome {
  started: number;
  ended: number;
  ms: number;
  /** 'ok', the error codes joined, or what went wrong on the wire. */
  result: string;
}

/**
 * Neo4j stopped under load and started again, against one server process that is never
 * restarted: /health must say 503 within 2 s, requests must fail fast with DATABASE_UNAVAILABLE
 * and nothing else, no request may hang past the transaction timeout, and the service must
 * recover by itself. Runs on its own Neo4j (it stops it).
 */
export async function runOutage(options: {
  boltPort: number;
  clients: number;
}): Promise<ScenarioReport> {
  const target = await openTarget(options.boltPort);
  const server = await startServerProcess({
    boltPort: options.boltPort,
    env: { NEO4J_RETRY_MS: '500', NEO4J_TX_TIMEOUT_MS: String(TX_TIMEOUT_MS) },
  });
  try {
    const mix = buildQueryMix(await discoverIds(server.baseUrl));
    const outcomes: Outcome[] = [];
    let running = true;
    const workers = Array.from({ length: options.clients }, async (_, worker) => {
      for (let i = worker; running; i += options.clients) {
        const op = mix[i % mix.length];
        if (!op) break;
        const started = Date.now();
        let result: string;
        try {
          const response = await postOperation(server.baseUrl, op.query, op.variables, {
            timeoutMs: TX_TIMEOUT_MS + 5_000,
          });
          result = response.body.errors ? errorCodes(response).join(',') : 'ok';
        } catch (error) {
          result = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        }
        const ended = Date.now();
        outcomes.push({ started, ended, ms: ended - started, result });
        if (result !== 'ok') await sleep(50);
      }
    });

    await sleep(5_000);
    const stopping = Date.now();
    await stopLocalNeo4j(options.boltPort);
    const stopped = Date.now();
    let health503Ms = -1;
    let healthRequestMs = 0;
    while (Date.now() - stopped < 10_000) {
      const probeStarted = Date.now();
      const status = await fetch(`${server.baseUrl}/health`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 503) {
        healthRequestMs = Date.now() - probeStarted;
        health503Ms = Date.now() - stopped;
        break;
      }
      await sleep(100);
    }
    await sleep(5_000);
    const restarting = Date.now();
    // A loaded machine can take minutes to start a JVM: the scenario waits, the server does not.
    await startLocalNeo4j({
      boltPort: options.boltPort,
      password: neo4jPassword(),
      startTimeoutMs: 300_000,
    });
    const up = Date.now();
    let recovered = -1;
    while (Date.now() - up < 30_000) {
      const lastOk = outcomes.find((o) => o.started >= up && o.result === 'ok');
      if (lastOk) {
        recovered = lastOk.ended - up;
        break;
      }
      await sleep(100);
    }
    await sleep(5_000);
    running = false;
    await Promise.all(workers);
    const health = await fetch(`${server.baseUrl}/health`).then((r) => r.status);

    const during = outcomes.filter((o) => o.started >= stopped && o.ended <= restarting);
    // A starting Neo4j accepts connections but holds transactions until they time out: while it
    // starts, QUERY_TIMEOUT is its honest answer; at any other time only DATABASE_UNAVAILABLE is.
    const starting = (o: Outcome) =>
      o.result === 'QUERY_TIMEOUT' && o.started >= restarting && o.started <= up;
    const timedOutWhileStarting = outcomes.filter(starting).length;
    const wrong = outcomes.filter(
      (o) => o.result !== 'ok' && o.result !== 'DATABASE_UNAVAILABLE' && !starting(o),
    );
    const afterRecovery = outcomes.filter((o) => recovered >= 0 && o.started >= up + recovered);
    const failedAfterRecovery = afterRecovery.filter((o) => o.result !== 'ok');
    const slowest = Math.max(0, ...outcomes.map((o) => o.ms));
    const duringMs = during.map((o) => o.ms);
    return {
      scenario: 'outage',
      figures: [
        ['clients', options.clients],
        ['requests', outcomes.length],
        [
          '/health 503 after the stop',
          `${health503Ms} ms (the request took ${healthRequestMs} ms)`,
        ],
        ['requests while Neo4j was down', during.length],
        [
          'their latency p50/p99/max',
          `${percentile(duringMs, 50)} / ${percentile(duringMs, 99)} / ${Math.max(0, ...duringMs)} ms`,
        ],
        ['QUERY_TIMEOUT while Neo4j was starting', timedOutWhileStarting],
        ['other errors', wrong.length],
        [
          'other errors (start..end s from the stop)',
          wrong
            .slice(0, 5)
            .map(
              (o) =>
                `${o.result} ${((o.started - stopped) / 1000).toFixed(1)}..${((o.ended - stopped) / 1000).toFixed(1)}`,
            )
            .join('; '),
        ],
        ['stop took / restart took', `${stopped - stopping} ms / ${up - restarting} ms`],
        ['first success after Neo4j was up', `${recovered} ms`],
        ['slowest request overall', `${slowest} ms`],
        ['server process', `pid ${server.pid}, never restarted`],
      ],
      checks: [
        check(
          '/health said 503 within 2 s',
          health503Ms >= 0 && health503Ms <= HEALTH_LIMIT_MS && healthRequestMs <= HEALTH_LIMIT_MS,
          `${health503Ms} ms`,
        ),
        check(
          'requests while Neo4j was down failed fast with DATABASE_UNAVAILABLE',
          during.length > 0 &&
            during.every((o) => o.result === 'DATABASE_UNAVAILABLE' && o.ms <= FAIL_FAST_MS),
          `${during.filter((o) => o.result === 'DATABASE_UNAVAILABLE').length} of ${during.length}, max ${Math.max(0, ...duringMs)} ms`,
        ),
        check(
          'no other error at any time',
          wrong.length === 0,
          [...new Set(wrong.map((o) => o.result))].slice(0, 3).join('; '),
        ),
        check(
          'the same server recovered by itself',
          recovered >= 0 && health === 200 && server.child.exitCode === null,
          `first success ${recovered} ms after Neo4j was up; /health ${health}`,
        ),
        check(
          'every request after recovery succeeded',
          afterRecovery.length > 0 && failedAfterRecovery.length === 0,
          `${failedAfterRecovery.length} of ${afterRecovery.length} failed`,
        ),
        check(
          'no request hung past the transaction timeout',
          slowest <= TX_TIMEOUT_MS + TIMEOUT_MARGIN_MS,
          `slowest ${slowest} ms, timeout ${TX_TIMEOUT_MS} ms + ${TIMEOUT_MARGIN_MS} ms margin`,
        ),
      ],
    };
  } finally {
    await server.stop();
    await target.close();
  }
}
