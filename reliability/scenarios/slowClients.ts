import { LARGE_SOURCE_LENGTH, largeTextQuery, withLargeSource } from '../largeSource';
import { buildQueryMix, discoverIds } from '../queryMix';
import { nonReadingClient, parseAnswer, slowBodyClient } from '../rawClients';
import type { ScenarioReport } from '../report';
import { check, percentile } from '../report';
import type { ServerProcess } from '../serverProcess';
import { errorCodes, postOperation, startServerProcess } from '../serverProcess';
import { openTarget } from '../target';

/** Clients of each slow kind: as many as the server has turns (MAX_CONCURRENT_REQUESTS). */
const SLOW_CLIENTS = 8;

/** Clients of the normal load, each sending its next request when the last is answered. */
const NORMAL_CLIENTS = 4;

/** The server's deadlines in this scenario: its defaults. */
const BODY_READ_TIMEOUT_MS = 10_000;
const RESPONSE_WRITE_TIMEOUT_MS = 30_000;

/** Aliases of the large text in each never-read answer: 14.4 MB, more than socket buffers hold. */
const ALIASES = 15;

/**
 * Eight clients sending their body a byte at a time and eight that never read a 14 MB answer,
 * against a server with eight turns, while four clients run the query mix: the slow ones must
 * hold no turn (the turn is taken once the body is read, and given back once the answer is
 * written), the normal clients must see no error, the slow bodies get 408 at the body deadline
 * and the unread answers are cut off at the write deadline.
 */
export async function runSlowClients(options: { boltPort: number }): Promise<ScenarioReport> {
  const target = await openTarget(options.boltPort);
  // The server first: it seeds an empty database, and the large source would make it non-empty.
  const server = await startServerProcess({
    boltPort: options.boltPort,
    env: {
      MAX_CONCURRENT_REQUESTS: String(SLOW_CLIENTS),
      BODY_READ_TIMEOUT_MS: String(BODY_READ_TIMEOUT_MS),
      RESPONSE_WRITE_TIMEOUT_MS: String(RESPONSE_WRITE_TIMEOUT_MS),
      // Room for the 14.4 MB answers the never-reading clients ask for.
      MAX_RESPONSE_BYTES: String(20_000_000),
    },
  });
  try {
    return await withLargeSource(target.db, () => probe(server));
  } finally {
    await server.stop();
    await target.close();
  }
}

async function probe(server: ServerProcess): Promise<ScenarioReport> {
  const mix = buildQueryMix(await discoverIds(server.baseUrl));
  const rssBefore = await server.rssMiB();
  const started = performance.now();

  const slowBodies = Array.from({ length: SLOW_CLIENTS }, () => slowBodyClient(server.baseUrl));
  const bodyAnswers = slowBodies.map((client) =>
    client.answer.then((answer) => ({ ...parseAnswer(answer), ms: performance.now() - started })),
  );
  const readers = Array.from({ length: SLOW_CLIENTS }, () =>
    nonReadingClient(server.baseUrl, largeTextQuery(ALIASES)),
  );

  let maxRunning = 0;
  let maxRss = rssBefore;
  const sampler = setInterval(() => {
    void fetch(`${server.baseUrl}/health`)
      .then((r) => r.json() as Promise<{ requests?: { running: number } }>)
      .then((health) => {
        maxRunning = Math.max(maxRunning, health.requests?.running ?? 0);
      })
      .catch(() => undefined);
    void server.rssMiB().then((rss) => {
      maxRss = Math.max(maxRss, rss);
    });
  }, 500);

  // The normal load runs past the write deadline, while every slow client is at its worst.
  const loadUntil = started + RESPONSE_WRITE_TIMEOUT_MS + 5_000;
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const normalClient = async (offset: number) => {
    for (let i = offset; performance.now() < loadUntil; i += 1) {
      const operation = mix[i % mix.length];
      if (!operation) return;
      try {
        const response = await postOperation(server.baseUrl, operation.query, operation.variables, {
          timeoutMs: 60_000,
        });
        latencies.push(response.ms);
        if (response.status !== 200 || response.body.errors) {
          const code = `${response.status} ${errorCodes(response).join(',')}`;
          errors.set(code, (errors.get(code) ?? 0) + 1);
        }
      } catch (error) {
        const code = error instanceof Error ? error.message : String(error);
        errors.set(code, (errors.get(code) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: NORMAL_CLIENTS }, (_, i) => normalClient(i)));
  clearInterval(sampler);

  const bodies = await Promise.all(bodyAnswers);
  const unread = await Promise.all(
    readers.map(async (reader) => {
      const answer = await reader.readAll();
      const { status, contentLength } = parseAnswer(answer);
      return { status, cut: contentLength !== null && answer.length < contentLength };
    }),
  );
  for (const client of slowBodies) client.stop();
  const rssAfter = await server.rssMiB();

  const timedOut = bodies.filter((b) => b.status === 408);
  const slowest408 = Math.max(0, ...timedOut.map((b) => b.ms));
  const cut = unread.filter((u) => u.status === 200 && u.cut).length;
  const errorList = [...errors].map(([code, n]) => `${n}× ${code}`).join('; ');
  return {
    scenario: 'slow-clients',
    figures: [
      [
        'slow clients',
        `${SLOW_CLIENTS} sending a byte every 200 ms, ${SLOW_CLIENTS} never reading ${ALIASES} × ${LARGE_SOURCE_LENGTH / 1000} KB`,
      ],
      ['turns (MAX_CONCURRENT_REQUESTS)', SLOW_CLIENTS],
      [
        'normal requests',
        `${latencies.length} from ${NORMAL_CLIENTS} clients in ${Math.round((loadUntil - started) / 1000)} s`,
      ],
      [
        'normal latency p50 / p99 / max',
        `${Math.round(percentile(latencies, 50))} / ${Math.round(percentile(latencies, 99))} / ${Math.round(Math.max(0, ...latencies))} ms`,
      ],
      ['most turns in use (sampled)', maxRunning],
      [
        'slow bodies answered 408',
        `${timedOut.length} of ${SLOW_CLIENTS}, the last ${Math.round(slowest408)} ms after they started`,
      ],
      ['unread answers cut at the write deadline', `${cut} of ${SLOW_CLIENTS}`],
      ['server RSS before / max / after', `${rssBefore} / ${maxRss} / ${rssAfter} MiB`],
    ],
    checks: [
      check(
        'normal clients see no error while slow clients hold connections',
        errors.size === 0 && latencies.length > 0,
        errorList || `${latencies.length} requests`,
      ),
      check(
        'every slow body is answered 408 at the body deadline',
        timedOut.length === SLOW_CLIENTS && slowest408 < BODY_READ_TIMEOUT_MS + 5_000,
        bodies.map((b) => b.status).join(','),
      ),
      check(
        'every unread answer is cut off at the write deadline',
        cut === SLOW_CLIENTS,
        unread.map((u) => `${u.status}${u.cut ? ' cut' : ' whole'}`).join(','),
      ),
    ],
  };
}
