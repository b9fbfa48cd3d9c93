import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { join } from 'node:path';

import pino from 'pino';

import { startLocalNeo4j, stopLocalNeo4j } from '../../neo4j/localNeo4j';
import { LOCAL_NEO4J_DEFAULT_PASSWORD } from '../../src/config';
import { connectDatabase } from '../../src/db/connectDatabase';
import type { Database } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrations';
import { PROJECT_ROOT } from '../../src/projectRoot';
import type { BuiltServer } from '../../src/server';
import { buildServer } from '../../src/server';
import { listen, postGraphQL } from '../utils/listen';
import { cleanDatabase, testConfig } from '../utils/testServer';

/**
 * This file stops and restarts its database, so it gets an instance of its own, on a port free
 * at the time: a fixed one would collide with a second suite running on the same machine.
 */
let OUTAGE_BOLT_PORT = Number(process.env.NEO4J_OUTAGE_BOLT_PORT ?? 0);
const password = process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD;

let db: Database;
let server: BuiltServer;
let baseUrl: string;

const query = '{ stats { counts { people } } }';

beforeAll(async () => {
  if (process.env.NEO4J_URI) return;
  if (OUTAGE_BOLT_PORT === 0) OUTAGE_BOLT_PORT = await freeLoopbackPort();
  await startLocalNeo4j({ boltPort: OUTAGE_BOLT_PORT, password });
  const config = testConfig({ NEO4J_BOLT_PORT: String(OUTAGE_BOLT_PORT), NEO4J_RETRY_MS: '500' });
  db = await connectDatabase(config);
  // The instance may be reused (and hold another run's graph): start from an empty one.
  await cleanDatabase(db);
  await applyMigrations(db);
  server = await buildServer({ config, db, logger: pino({ level: 'silent' }) });
  baseUrl = await listen(server);
}, 120_000);

afterAll(async () => {
  if (process.env.NEO4J_URI) return;
  await server.apollo.stop();
  await db.driver.close();
  await stopLocalNeo4j(OUTAGE_BOLT_PORT);
  if (!process.env.NEO4J_OUTAGE_BOLT_PORT) {
    await rm(join(PROJECT_ROOT, '.neo4j', 'instances', String(OUTAGE_BOLT_PORT)), {
      recursive: true,
      force: true,
    });
  }
});

/** A loopback port nothing listens on right now. */
async function freeLoopbackPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

// With NEO4J_URI the suite runs on someone else's database, which it must never stop.
const maybe = process.env.NEO4J_URI ? test.skip : test;

maybe(
  'when Neo4j stops, /health turns 503 and requests fail with DATABASE_UNAVAILABLE; it recovers without a restart',
  async () => {
    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
    expect((await postGraphQL(baseUrl, query)).body).toEqual({
      data: { stats: { counts: { people: 0 } } },
    });

    await stopLocalNeo4j(OUTAGE_BOLT_PORT);

    const health = await fetch(`${baseUrl}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({
      status: 'unavailable',
      reason: expect.stringMatching(/^Neo4j does not answer/) as unknown,
      requests: {
        running: 0,
        waiting: 0,
        maxConcurrent: expect.any(Number) as unknown,
        writes: { running: 0, waiting: 0, maxConcurrent: expect.any(Number) as unknown },
      },
    });

    const down = await postGraphQL(baseUrl, query);
    expect(down.body.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(down.body.errors?.[0]?.message).toBe(
      'The database is unavailable right now; try again shortly.',
    );

    await startLocalNeo4j({ boltPort: OUTAGE_BOLT_PORT, password });

    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
    expect((await postGraphQL(baseUrl, query)).body).toEqual({
      data: { stats: { counts: { people: 0 } } },
    });
  },
  120_000,
);
