import parsePrometheusTextFormat from 'parse-prometheus-text-format';

import { listen } from '../utils/listen';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

let t: TestServer;
let baseUrl: string;

/** A metric family as the Prometheus text parser gives it. */
interface Family {
  name: string;
  type: string;
  metrics: { value?: string; labels?: Record<string, string> }[];
}

const PREFLIGHT = { 'apollo-require-preflight': 'true' };

/** A scrape: each family's type, and the samples of each series name (`x_bucket` included). */
interface Scrape {
  types: Map<string, string>;
  series: Map<string, Family['metrics']>;
}

/**
 * Scrapes /metrics and parses it with a Prometheus text parser. That parser folds the samples of
 * a histogram into one unlabelled entry, so histograms are parsed a second time declared
 * untyped: their `_bucket`, `_count` and `_sum` series then come out with their labels.
 */
async function scrape(): Promise<Scrape> {
  const response = await fetch(`${baseUrl}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  const families = parsePrometheusTextFormat(text) as Family[];
  const types = new Map(families.map((family) => [family.name, family.type]));
  const untyped = text.replace(/^# TYPE (\S+) histogram$/gm, '# TYPE $1 untyped');
  // Each label set's bucket, sum and count lines come together, so a series recurs: merged here.
  const series = new Map<string, Family['metrics']>();
  for (const family of parsePrometheusTextFormat(untyped) as Family[]) {
    series.set(family.name, [...(series.get(family.name) ?? []), ...family.metrics]);
  }
  return { types, series };
}

/** The samples of a series whose labels include `labels`. */
function samples(scraped: Scrape, name: string, labels: Record<string, string> = {}) {
  const series = scraped.series.get(name);
  if (!series) throw new Error(`no series ${name} in the scrape`);
  return series.filter((m) =>
    Object.entries(labels).every(([key, value]) => m.labels?.[key] === value),
  );
}

const valueOf = (scraped: Scrape, name: string, labels: Record<string, string>) => {
  const found = samples(scraped, name, labels);
  if (found.length !== 1) throw new Error(`${found.length} samples of ${name} match`);
  return Number(found[0]?.value);
};

const post = (query: string) =>
  fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
  baseUrl = await listen(t.server);
});

afterAll(() => t.stop());

test('/metrics counts requests by operation and outcome, with latency histograms', async () => {
  expect((await post('query WhoIsLiJun { person(id: "person/li-jun") { name } }')).status).toBe(
    200,
  );
  await post('query WhoIsLiJun { person(id: "person/li-jun") { name } }');
  await post('query TooMany { stats { organizationsByPartners(first: 5000) { partners } } }');
  await post('{ stats { counts { people } } }');
  await post('{ nope }');
  await post('{ person(id: ');

  const families = await scrape();
  expect(families.types.get('kg_graphql_requests_total')).toBe('COUNTER');
  expect(
    valueOf(families, 'kg_graphql_requests_total', {
      operation: 'WhoIsLiJun',
      type: 'query',
      code: 'OK',
    }),
  ).toBe(2);
  expect(
    valueOf(families, 'kg_graphql_requests_total', {
      operation: 'TooMany',
      code: 'QUERY_TOO_COMPLEX',
    }),
  ).toBe(1);
  expect(
    valueOf(families, 'kg_graphql_requests_total', { operation: '(anonymous)', code: 'OK' }),
  ).toBe(1);
  expect(
    valueOf(families, 'kg_graphql_requests_total', {
      operation: '(anonymous)',
      code: 'GRAPHQL_VALIDATION_FAILED',
    }),
  ).toBe(1);
  expect(
    valueOf(families, 'kg_graphql_requests_total', {
      operation: '(unparsed)',
      code: 'GRAPHQL_PARSE_FAILED',
    }),
  ).toBe(1);

  expect(families.types.get('kg_graphql_request_duration_seconds')).toBe('HISTOGRAM');
  const latency = { operation: 'WhoIsLiJun', code: 'OK' };
  expect(valueOf(families, 'kg_graphql_request_duration_seconds_count', latency)).toBe(2);
  expect(valueOf(families, 'kg_graphql_request_duration_seconds_sum', latency)).toBeGreaterThan(0);
  expect(
    valueOf(families, 'kg_graphql_request_duration_seconds_bucket', { ...latency, le: '+Inf' }),
  ).toBe(2);
  const buckets = samples(families, 'kg_graphql_request_duration_seconds_bucket', latency);
  expect(buckets.map((b) => b.labels?.le)).toEqual([
    ...['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '30'],
    '+Inf',
  ]);

  expect(
    valueOf(families, 'kg_http_request_duration_seconds_count', {
      route: '/graphql',
      method: 'POST',
      status: '200',
    }),
  ).toBeGreaterThanOrEqual(3);
});

test('/metrics shows the admission line, the Neo4j pool and transactions, caches and memory', async () => {
  await post('{ stats { programsByYear { programs } } }');
  await post('{ stats { programsByYear { programs } } }');
  const byYear = `${baseUrl}/graphql?query=${encodeURIComponent('{ stats { programsByYear { year } } }')}`;
  const tag = (await fetch(byYear, { headers: PREFLIGHT })).headers.get('etag') ?? '';
  expect((await fetch(byYear, { headers: { ...PREFLIGHT, 'if-none-match': tag } })).status).toBe(
    304,
  );

  const families = await scrape();
  expect(valueOf(families, 'kg_admission_requests', { state: 'running' })).toBe(0);
  expect(valueOf(families, 'kg_admission_requests', { state: 'waiting' })).toBe(0);
  expect(valueOf(families, 'kg_admission_max_concurrent', {})).toBe(8);
  expect(valueOf(families, 'kg_admission_writes', { state: 'running' })).toBe(0);
  expect(valueOf(families, 'kg_admission_writes', { state: 'max' })).toBe(2);
  expect(
    samples(families, 'kg_admission_refused_total').map((m) => [m.labels?.reason, m.value]),
  ).toEqual([
    ['queue_full', '0'],
    ['wait_timeout', '0'],
    ['database_unavailable', '0'],
  ]);

  expect(
    valueOf(families, 'kg_neo4j_pool_connections', { state: 'in_use' }),
  ).toBeGreaterThanOrEqual(0);
  expect(valueOf(families, 'kg_neo4j_pool_connections', { state: 'idle' })).toBeGreaterThan(0);
  expect(valueOf(families, 'kg_neo4j_pool_connections', { state: 'waiting' })).toBe(0);
  expect(valueOf(families, 'kg_neo4j_pool_max_connections', {})).toBe(200);
  for (const kind of ['shared', 'read', 'write']) {
    const count = valueOf(families, 'kg_neo4j_transaction_duration_seconds_count', {
      kind,
      outcome: 'ok',
    });
    expect([kind, count > 0]).toEqual([kind, true]);
  }
  expect(
    valueOf(families, 'kg_neo4j_statement_duration_seconds_count', { outcome: 'ok' }),
  ).toBeGreaterThan(10);

  expect(
    valueOf(families, 'kg_aggregate_cache_lookups_total', { result: 'hit' }),
  ).toBeGreaterThanOrEqual(1);
  expect(
    valueOf(families, 'kg_aggregate_cache_lookups_total', { result: 'miss' }),
  ).toBeGreaterThanOrEqual(1);
  expect(valueOf(families, 'kg_cache_lookups_total', { cache: 'http', result: 'hit' })).toBe(1);

  expect(valueOf(families, 'process_resident_memory_bytes', {})).toBeGreaterThan(10_000_000);
  expect(valueOf(families, 'nodejs_heap_size_used_bytes', {})).toBeGreaterThan(1_000_000);
});

test('METRICS=false leaves /metrics out', async () => {
  const other = await startTestServer({ METRICS: 'false' });
  try {
    const url = await listen(other.server);
    expect((await fetch(`${url}/metrics`)).status).toBe(404);
  } finally {
    await other.server.apollo.stop();
    await other.db.driver.close();
  }
});
