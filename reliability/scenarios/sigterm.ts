import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import { Rel } from '../../src/db/labelsAndTypes';
import { countRunningTransactions } from '../../src/repositories/transactionRepository';
import { MEDIUM_FILTER, onDenseGraph } from '../denseFixture';
import type { ScenarioReport } from '../report';
import { check } from '../report';
import { errorCodes, postOperation, startServerProcess } from '../serverProcess';
import type { Target } from '../target';

/** Requests sent before the signal: each runs about a second in Neo4j, together several. */
const IN_FLIGHT = 6;

/** What a supervisor waits between SIGTERM and SIGKILL. */
const EXIT_LIMIT_MS = 10_000;

/**
 * A request on a new connection (no keep-alive pool): 'refused' when the server no longer
 * accepts connections, else the HTTP status it answered with.
 */
function probeNewConnection(baseUrl: string): Promise<'refused' | number> {
  return new Promise((resolve) => {
    const req = request(
      `${baseUrl}/graphql`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', () => resolve('refused'));
    req.end(JSON.stringify({ query: '{ stats { counts { people } } }' }));
  });
}

/** GraphQL requests the server is running or holding in line for a turn (its /health). */
async function requestsHeld(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5_000) });
  const health = (await response.json()) as {
    requests?: { running: number; waiting: number; writes?: { running: number; waiting: number } };
  };
  const load = health.requests;
  if (!load) return 0;
  return (
    load.running + load.waiting + (load.writes ? load.writes.running + load.writes.waiting : 0)
  );
}

/**
 * SIGTERM to a real server once it holds every request (its /health) and some run in Neo4j (its
 * transaction list): every in-flight request must finish with its data,
 * connections opened after the signal must be refused, and the process must exit with code 0
 * within 10 s.
 */
export function runSigterm(options: { boltPort: number }): Promise<ScenarioReport> {
  return onDenseGraph(options.boltPort, (target) => probe(options.boltPort, target));
}

async function probe(boltPort: number, target: Target): Promise<ScenarioReport> {
  const server = await startServerProcess({ boltPort });
  try {
    let pending = 0;
    let signalled: number | null = null;
    const inFlight = Array.from({ length: IN_FLIGHT }, () => {
      pending += 1;
      return postOperation(server.baseUrl, MEDIUM_FILTER, {}, { timeoutMs: 30_000 }).then(
        (response) => {
          pending -= 1;
          return response.status === 200 && !response.body.errors
            ? 'ok'
            : `${response.status} ${errorCodes(response).join(',')}`;
        },
        (error: unknown) => {
          pending -= 1;
          // When it failed tells a cut at the grace period from a connection dropped at once.
          const after =
            signalled === null ? 'before the signal' : `${Date.now() - signalled} ms after it`;
          return `${error instanceof Error ? error.message : String(error)} (${after})`;
        },
      );
    });
    // Signal only once the server holds every request (its admission counts them) and Neo4j runs
    // some: a request still in transit when the listener closes is the client's to retry, not one
    // the server dropped.
    const waitStarted = Date.now();
    let running = 0;
    let received = 0;
    while (
      (running === 0 || received < IN_FLIGHT) &&
      pending > 0 &&
      Date.now() - waitStarted < 10_000
    ) {
      [running, received] = await Promise.all([
        countRunningTransactions(target.db, Rel.HAS_PARTY),
        requestsHeld(server.baseUrl),
      ]);
      await sleep(20);
    }
    const pendingAtSignal = pending;
    const signalAt = Date.now();
    signalled = signalAt;
    server.child.kill('SIGTERM');

    // The signal handler closes the listener first thing; give it a moment, then knock.
    await sleep(300);
    const probes: ('refused' | number)[] = [];
    let exited = false;
    void server.exited.then(() => {
      exited = true;
    });
    while (!exited && Date.now() - signalAt < EXIT_LIMIT_MS + 2_000) {
      probes.push(await probeNewConnection(server.baseUrl));
      await sleep(100);
    }
    const exit = await server.exited;
    const exitMs = Date.now() - signalAt;
    const outcomes = await Promise.all(inFlight);
    const failed = outcomes.filter((outcome) => outcome !== 'ok');
    const accepted = probes.filter((probe) => probe !== 'refused');
    return {
      scenario: 'sigterm',
      figures: [
        ['requests sent', IN_FLIGHT],
        [
          'in flight at SIGTERM',
          `${pendingAtSignal} (${received} held by the server, ${running} running in Neo4j)`,
        ],
        ['in-flight requests that failed', failed.length],
        ['new connections tried after SIGTERM', probes.length],
        ['new connections accepted', accepted.length],
        ['exit', `code ${String(exit.code)} after ${exitMs} ms`],
      ],
      checks: [
        check(
          'every request was held by the server, some running in Neo4j, at the signal',
          running > 0 && received >= IN_FLIGHT && pendingAtSignal > 0,
          `${received} held, ${running} running`,
        ),
        check(
          'every in-flight request finished with its data',
          failed.length === 0,
          failed.slice(0, 3).join('; '),
        ),
        check(
          'new connections were refused',
          probes.length > 0 && accepted.length === 0,
          accepted.length > 0 ? `answered ${accepted.join(', ')}` : `${probes.length} refused`,
        ),
        check(
          'the process exited with code 0 within 10 s',
          exit.code === 0 && exitMs < EXIT_LIMIT_MS,
          `${exitMs} ms`,
        ),
      ],
    };
  } finally {
    await server.stop();
  }
}
