import { setTimeout as sleep } from 'node:timers/promises';

import neo4j from 'neo4j-driver';

import type { ServerProcess } from '../../reliability/serverProcess';
import { neo4jPassword, startServerProcess } from '../../reliability/serverProcess';
import { importDocument } from '../../src/import/importDocument';
import { syntheticDocument } from '../../src/synthetic/syntheticDocument';
import { TEST_BOLT_PORT } from '../utils/testPorts';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

/**
 * Two API processes (src/main.ts) on one Neo4j, as behind a load balancer: a write through one
 * is seen by the next read through the other, whose dashboard cache and HTTP validators follow
 * the graph; bookmarks travel in the Neo4j-Bookmarks header; each has its own admission line.
 */
let t: TestServer;
let a: ServerProcess;
let b: ServerProcess;

const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const PROGRAMS = '{ stats { counts { programs } } }';

async function post(server: ServerProcess, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as {
      data?: { stats?: { counts: { programs: number } } } & Record<string, unknown>;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

const maybe = process.env.NEO4J_URI ? describe.skip : describe;

maybe('two replicas on one Neo4j', () => {
  beforeAll(async () => {
    t = await startTestServer();
    await t.seed();
    await importDocument(
      t.db,
      syntheticDocument({ key: 'replica', organizations: 3, programs: 4 }),
      {
        file: 'replica.yaml',
      },
    );
    // A has one turn for writes and no line, so that a held write fills it; B has the defaults.
    [a, b] = await Promise.all([
      startServerProcess({
        boltPort: TEST_BOLT_PORT,
        env: { MAX_CONCURRENT_REQUESTS: '1', MAX_CONCURRENT_WRITES: '1', MAX_QUEUED_REQUESTS: '0' },
      }),
      startServerProcess({ boltPort: TEST_BOLT_PORT }),
    ]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t?.stop();
  });

  test('a write through A is seen by the next read through B, whose cache and ETag follow', async () => {
    const before = await post(b, PROGRAMS);
    const programs = before.body.data?.stats?.counts.programs ?? 0;
    expect(programs).toBeGreaterThan(4);
    // B's aggregate cache now holds the count, and its GET answer has a tag.
    const url = `${b.baseUrl}/graphql?query=${encodeURIComponent(PROGRAMS)}`;
    const tag = (await fetch(url, { headers: PREFLIGHT })).headers.get('etag') ?? '';
    expect((await fetch(url, { headers: { ...PREFLIGHT, 'if-none-match': tag } })).status).toBe(
      304,
    );

    const write = await post(
      a,
      'mutation { retractSource(id: "source/replica", dryRun: false) { sourceId dryRun } }',
      { authorization: `Bearer ${a.curatorKey}` },
    );
    expect(write.body).toEqual({
      data: { retractSource: { sourceId: 'source/replica', dryRun: false } },
    });
    const bookmarks = write.headers.get('neo4j-bookmarks') ?? '';
    expect(bookmarks).toMatch(/^[A-Za-z0-9+/=:_.-]+$/);

    const after = await post(b, PROGRAMS, { 'neo4j-bookmarks': bookmarks });
    expect(after.body.data?.stats?.counts.programs).toBe(programs - 4);
    // B sends the bookmarks back: a client keeps the last header it got.
    expect(after.headers.get('neo4j-bookmarks')).toBe(bookmarks);
    const revalidated = await fetch(url, { headers: { ...PREFLIGHT, 'if-none-match': tag } });
    expect(revalidated.status).toBe(200);
    expect(revalidated.headers.get('etag')).not.toBe(tag);
    // Both replicas give the same tag for the same graph: a load balancer may mix them.
    const fromA = await fetch(url.replace(b.baseUrl, a.baseUrl), { headers: PREFLIGHT });
    expect(fromA.headers.get('etag')).toBe(revalidated.headers.get('etag'));
  });

  test('a bad or unknown bookmark is refused with 400 BAD_REQUEST, nothing read', async () => {
    const malformed = await post(b, PROGRAMS, { 'neo4j-bookmarks': 'not a bookmark' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const unknown = await post(b, PROGRAMS, { 'neo4j-bookmarks': 'FB:abc' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.message).toMatch(/Neo4j does not know these bookmarks/);
  });

  test('the admission line is per process: A full refuses, B answers', async () => {
    // Holds a write lock on a person, so that a merge through A waits inside Neo4j on its one turn.
    const driver = neo4j.driver(
      `bolt://127.0.0.1:${TEST_BOLT_PORT}`,
      neo4j.auth.basic('neo4j', neo4jPassword()),
    );
    const session = driver.session();
    const lock = await session.beginTransaction();
    try {
      await lock.run('MATCH (p:Person {id: "person/wang-kai"}) SET p.name = p.name');
      const held = post(
        a,
        'mutation { mergeEntities(keep: "person/wang-kai", merge: "person/lu-chao") { mergedId } }',
        { authorization: `Bearer ${a.curatorKey}` },
      );
      const health = async (server: ServerProcess) =>
        (
          (await (await fetch(`${server.baseUrl}/health`)).json()) as {
            requests: { writes: { running: number; waiting: number; maxConcurrent: number } };
          }
        ).requests.writes;
      for (let i = 0; i < 100 && (await health(a)).running === 0; i += 1) {
        await sleep(50);
      }
      expect(await health(a)).toEqual({ running: 1, waiting: 0, maxConcurrent: 1 });
      // A dry run: a mutation (the writes' line) that changes nothing.
      const retract =
        'mutation { retractSource(id: "source/ahmu-bgi-2018-04-20", dryRun: true) { sourceId } }';
      const curator = { authorization: `Bearer ${a.curatorKey}` };
      const refused = await post(a, retract, curator);
      expect(refused.status).toBe(503);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('SERVER_BUSY');
      // Reads have a line of their own: a write holding A's only write turn leaves them free.
      expect((await post(a, PROGRAMS)).status).toBe(200);
      const answered = await post(b, retract, { authorization: `Bearer ${b.curatorKey}` });
      expect(answered.body).toEqual({
        data: { retractSource: { sourceId: 'source/ahmu-bgi-2018-04-20' } },
      });
      expect(await health(b)).toEqual({ running: 0, waiting: 0, maxConcurrent: 2 });
      await lock.rollback();
      const merged = await held;
      expect([merged.status, merged.body.errors?.[0]?.extensions?.code ?? 'OK']).toEqual([
        200,
        expect.any(String),
      ]);
    } finally {
      if (lock.isOpen()) await lock.rollback();
      await session.close();
      await driver.close();
    }
  });
});
