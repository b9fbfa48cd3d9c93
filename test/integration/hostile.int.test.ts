import { withLargeSource } from '../../reliability/largeSource';
import { hostileChecks } from '../../reliability/scenarios/hostile';
import { AUTH_OVERRIDES, KEYS } from '../utils/authHeaders';
import { listen } from '../utils/listen';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

let t: TestServer;
let baseUrl: string;

beforeAll(async () => {
  t = await startTestServer(AUTH_OVERRIDES);
  await t.seed();
  baseUrl = await listen(t.server);
});

afterAll(() => t.stop());

test('hostile input gets typed errors or correct answers and leaves the graph byte-for-byte unchanged', async () => {
  // Bounded for the suite; `npm run reliability -- hostile` runs the whole catalogue on every field.
  const report = await withLargeSource(t.db, () =>
    hostileChecks(baseUrl, t.db, {
      curatorKey: KEYS.curator,
      numRuns: 25,
      stringsPerField: 1,
      largeSource: true,
    }),
  );
  expect(report.checks.map((c) => [c.name, c.pass ? 'PASS' : `FAIL: ${c.detail}`])).toEqual(
    report.checks.map((c) => [c.name, 'PASS']),
  );
  expect(report.checks).toHaveLength(11);
}, 300_000);
