import { randomBytes } from 'node:crypto';

import type { RaceEnv } from '../../reliability/races';
import { RACES, runRace } from '../../reliability/races';
import { AUTH_OVERRIDES, KEYS } from '../utils/authHeaders';
import { listen } from '../utils/listen';
import { postWithToken } from '../utils/postWithToken';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

/**
 * Every write path raced through the real HTTP server: the writers of each race are held at a
 * gate inside Neo4j and released together, and the graph, every answer and the audit trail
 * must then be exactly those of some serial order of the same writes (see reliability/races).
 */
let t: TestServer;
let env: RaceEnv;

beforeAll(async () => {
  // As many writes at once as the largest race has writers: every one of them races in Neo4j.
  t = await startTestServer({ ...AUTH_OVERRIDES, MAX_CONCURRENT_WRITES: '10' });
  const baseUrl = await listen(t.server);
  env = {
    db: t.db,
    post: (query, variables) => postWithToken(baseUrl, query, variables, KEYS.curator),
    maxConcurrent: t.config.admission.maxConcurrentWrites,
  };
});

afterAll(() => t.stop());

/** Rounds per race: each is a real race; together they make a lucky pass unlikely. */
const ROUNDS = 3;

describe.each(RACES.map((race) => [race.name, race] as const))('%s', (_name, race) => {
  test(`${race.item}: ends like a serial order every time`, async () => {
    const token = randomBytes(4).toString('hex');
    for (let round = 0; round < ROUNDS; round += 1) {
      const run = await runRace(env, race, `race${token}-${race.name}-${round}`);
      expect({ round, problems: run.problems }).toEqual({ round, problems: [] });
      // The gate held every writer the server let run: they raced in Neo4j.
      expect(run.queued).toBe(Math.min(run.requests, env.maxConcurrent));
      expect(run.succeeded + run.refused).toBe(run.requests);
    }
  }, 180_000);
});
