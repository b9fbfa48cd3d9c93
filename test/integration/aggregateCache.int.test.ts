import { join } from 'node:path';

import { importFiles } from '../../src/import/importFiles';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { listen, postGraphQL } from '../utils/listen';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

/** The dashboard's aggregates are shared across requests until the graph changes. */

let t: TestServer;
let baseUrl: string;

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
  baseUrl = await listen(t.server);
});

afterAll(() => t.stop());

const STATS = `{ stats {
  counts { people programs events }
  programsByStatus { status programs }
  organizationsByPartners(first: 3) { organization { id } partners }
} }`;

interface Stats {
  stats: { counts: { people: number; programs: number; events: number } };
}

async function stats(): Promise<{ body: Stats; statements: number }> {
  t.resetQueryCount();
  const { status, body } = await postGraphQL(baseUrl, STATS);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return { body: body.data as Stats, statements: t.queries.length };
}

test('a second request for the same aggregates reads only the graph version', async () => {
  const first = await stats();
  const second = await stats();
  expect(first.statements).toBe(4);
  expect(second.statements).toBe(1);
  expect(second.body).toEqual(first.body);
});

test('an import changes the version, and the next request counts again', async () => {
  const before = await stats();
  await importFiles(t.db, [
    join(PROJECT_ROOT, 'seed', 'examples', '03-worked-example-follow-up-meeting.yaml'),
  ]);
  const after = await stats();
  expect(after.statements).toBe(4);
  expect(after.body.stats.counts.people).toBe(before.body.stats.counts.people + 1);
  expect(after.body.stats.counts.events).toBe(before.body.stats.counts.events + 1);
});

test('requests that build their own context share nothing (each reads afresh)', async () => {
  t.resetQueryCount();
  await t.execute(STATS);
  const first = t.queries.length;
  t.resetQueryCount();
  await t.execute(STATS);
  expect(t.queries.length).toBe(first);
});
