/** Admission control: at most N requests run, the rest wait in order, and no request hangs. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import express from 'express';

import { DatabaseAvailability } from '../../src/db/databaseAvailability';
import type { AdmissionOptions } from '../../src/admission/admissionControl';
import { admissionControl } from '../../src/admission/admissionControl';

/** A server whose handler holds each request until the test lets it go. */
async function startHeldServer(options: AdmissionOptions) {
  const held: { id: string; finish: () => void }[] = [];
  const started: string[] = [];
  let running = 0;
  let mostRunning = 0;
  const app = express();
  const admission = admissionControl(options);
  app.get('/work', admission.middleware, (req, res) => {
    const id = typeof req.query.id === 'string' ? req.query.id : '';
    started.push(id);
    running += 1;
    mostRunning = Math.max(mostRunning, running);
    held.push({
      id,
      finish: () => {
        running -= 1;
        res.json({ id });
      },
    });
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    request: (id: string, signal?: AbortSignal) => fetch(`${baseUrl}/work?id=${id}`, { signal }),
    /** A request `isWrite` tells by its `write` parameter. */
    write: (id: string) => fetch(`${baseUrl}/work?id=${id}&write=1`),
    held,
    started,
    mostRunning: () => mostRunning,
    load: admission.load,
    refusals: admission.refusals,
    /** Waits until `n` requests have reached the handler. */
    untilStarted: async (n: number) => {
      while (started.length < n) await sleep(5);
    },
    close: () => {
      // Keep-alive connections would hold close() back for their idle timeout.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

const settle = () => sleep(50);

/** The writes' figures when writes share the reads' line. */
const NO_LANE = { running: 0, waiting: 0, maxConcurrent: 0 };

it('runs at most maxConcurrent requests at once and lets the others in, in arrival order', async () => {
  const server = await startHeldServer({ maxConcurrent: 2, maxQueued: 10, maxWaitMs: 10_000 });
  try {
    const responses: Promise<Response>[] = [];
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      responses.push(server.request(id));
      // Arrival order is the order the server sees the requests in.
      await settle();
    }
    expect(server.started).toEqual(['a', 'b']);
    expect(server.load()).toEqual({ running: 2, waiting: 3, maxConcurrent: 2, writes: NO_LANE });
    while (server.held.length > 0) {
      server.held.shift()?.finish();
      await settle();
    }
    const bodies = await Promise.all(responses.map(async (r) => (await r).json()));
    expect(bodies).toEqual(['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })));
    expect(server.started).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(server.mostRunning()).toBe(2);
    await settle();
    expect(server.load()).toEqual({ running: 0, waiting: 0, maxConcurrent: 2, writes: NO_LANE });
  } finally {
    await server.close();
  }
});

it('refuses a request at once with 503 SERVER_BUSY when the line is full', async () => {
  const server = await startHeldServer({ maxConcurrent: 1, maxQueued: 1, maxWaitMs: 10_000 });
  try {
    const running = server.request('running');
    await server.untilStarted(1);
    const waiting = server.request('waiting');
    await settle();
    const refused = await server.request('refused');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: 'The server is busy (too many requests are waiting); try again shortly.',
          extensions: { code: 'SERVER_BUSY' },
        },
      ],
    });
    server.held.shift()?.finish();
    await server.untilStarted(2);
    server.held.shift()?.finish();
    expect((await running).status).toBe(200);
    expect(await (await waiting).json()).toEqual({ id: 'waiting' });
    expect(server.started).toEqual(['running', 'waiting']);
    expect(server.refusals()).toEqual({ queueFull: 1, waitTimeout: 0, databaseUnavailable: 0 });
  } finally {
    await server.close();
  }
});

it('refuses a request whose turn does not come within maxWaitMs', async () => {
  const server = await startHeldServer({ maxConcurrent: 1, maxQueued: 10, maxWaitMs: 200 });
  try {
    const running = server.request('running');
    await server.untilStarted(1);
    const late = await server.request('late');
    expect(late.status).toBe(503);
    const body = (await late.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toContain('no turn came within 200 ms');
    // The refused request never ran, and its turn does not hold up the next one.
    server.held.shift()?.finish();
    expect((await running).status).toBe(200);
    const next = server.request('next');
    await server.untilStarted(2);
    server.held.shift()?.finish();
    expect((await next).status).toBe(200);
    expect(server.started).toEqual(['running', 'next']);
    expect(server.refusals()).toEqual({ queueFull: 0, waitTimeout: 1, databaseUnavailable: 0 });
  } finally {
    await server.close();
  }
});

it('gives the turn of a client that left while waiting to the next one', async () => {
  const server = await startHeldServer({ maxConcurrent: 1, maxQueued: 10, maxWaitMs: 10_000 });
  try {
    const running = server.request('running');
    await server.untilStarted(1);
    const abort = new AbortController();
    const gone = server.request('gone', abort.signal).catch(() => 'aborted');
    await settle();
    const next = server.request('next');
    await settle();
    abort.abort();
    expect(await gone).toBe('aborted');
    await settle();
    server.held.shift()?.finish();
    await server.untilStarted(2);
    server.held.shift()?.finish();
    expect((await running).status).toBe(200);
    expect((await next).status).toBe(200);
    expect(server.started).toEqual(['running', 'next']);
  } finally {
    await server.close();
  }
});

it('while the database is away, answers waiting requests at once and lets free turns probe', async () => {
  const database = new DatabaseAvailability();
  const server = await startHeldServer({
    maxConcurrent: 1,
    maxQueued: 10,
    maxWaitMs: 10_000,
    database,
  });
  try {
    const running = server.request('running');
    await server.untilStarted(1);
    const waiting = server.request('waiting');
    await settle();
    database.reportUnavailable();
    const waited = await waiting;
    expect(waited.status).toBe(503);
    expect(waited.headers.get('retry-after')).toBe('1');
    expect(await waited.json()).toEqual({
      errors: [
        {
          message: 'The database is unavailable right now; try again shortly.',
          extensions: { code: 'DATABASE_UNAVAILABLE' },
        },
      ],
    });
    // No free turn: refused without waiting.
    const arriving = await server.request('arriving');
    expect(arriving.status).toBe(503);
    server.held.shift()?.finish();
    expect((await running).status).toBe(200);
    // A free turn: the request runs and finds out whether the database is back.
    const probe = server.request('probe');
    await server.untilStarted(2);
    database.reportAvailable();
    const next = server.request('next');
    await settle();
    server.held.shift()?.finish();
    await server.untilStarted(3);
    server.held.shift()?.finish();
    expect((await probe).status).toBe(200);
    expect((await next).status).toBe(200);
    expect(server.started).toEqual(['running', 'probe', 'next']);
  } finally {
    await server.close();
  }
});

it('with MAX_QUEUED_REQUESTS=0 a free turn is still taken; only waiting is refused', async () => {
  const server = await startHeldServer({ maxConcurrent: 1, maxQueued: 0, maxWaitMs: 10_000 });
  try {
    const first = server.request('first');
    await server.untilStarted(1);
    expect((await server.request('refused')).status).toBe(503);
    server.held.shift()?.finish();
    expect((await first).status).toBe(200);
    expect(server.refusals()).toEqual({ queueFull: 1, waitTimeout: 0, databaseUnavailable: 0 });
  } finally {
    await server.close();
  }
});

it('writes wait in a line of their own: a write holding every write turn leaves the reads theirs', async () => {
  const server = await startHeldServer({
    maxConcurrent: 1,
    maxConcurrentWrites: 1,
    isWrite: (req) => req.query.write === '1',
    maxQueued: 10,
    maxWaitMs: 10_000,
  });
  try {
    const first = server.write('w1');
    await server.untilStarted(1);
    const second = server.write('w2');
    await settle();
    const read = server.request('r1');
    await server.untilStarted(2);
    expect(server.started).toEqual(['w1', 'r1']);
    expect(server.load()).toEqual({
      running: 1,
      waiting: 0,
      maxConcurrent: 1,
      writes: { running: 1, waiting: 1, maxConcurrent: 1 },
    });
    server.held.find((h) => h.id === 'r1')?.finish();
    expect(await (await read).json()).toEqual({ id: 'r1' });
    server.held.find((h) => h.id === 'w1')?.finish();
    await server.untilStarted(3);
    expect(server.started).toEqual(['w1', 'r1', 'w2']);
    server.held.find((h) => h.id === 'w2')?.finish();
    expect((await Promise.all([first, second])).map((r) => r.status)).toEqual([200, 200]);
  } finally {
    await server.close();
  }
});
