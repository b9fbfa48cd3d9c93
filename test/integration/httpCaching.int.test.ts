import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Papa from 'papaparse';

import { importDocument } from '../../src/import/importDocument';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { syntheticDocument } from '../../src/synthetic/syntheticDocument';
import { AUTH_OVERRIDES, KEYS } from '../utils/authHeaders';
import { listen } from '../utils/listen';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

let t: TestServer;
let baseUrl: string;

/** Apollo's CSRF prevention lets a GET through with this header (or a non-simple content type). */
const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const BY_YEAR = '{ stats { programsByYear { year programs } } }';

beforeAll(async () => {
  t = await startTestServer(AUTH_OVERRIDES);
  await t.seed();
  baseUrl = await listen(t.server);
});

afterAll(() => t.stop());

const getQuery = (query: string, headers: Record<string, string> = {}, extra = '') =>
  fetch(`${baseUrl}/graphql?query=${encodeURIComponent(query)}${extra}`, {
    headers: { ...PREFLIGHT, ...headers },
  });

/** Writes to the graph (an import, as `npm run import` makes), so its version moves on. */
async function writeSomething(key: string): Promise<void> {
  await importDocument(t.db, syntheticDocument({ key, organizations: 2, programs: 1 }), {
    file: `${key}.yaml`,
  });
}

describe('GraphQL over GET', () => {
  test('an anonymous query answers with an ETag and a public Cache-Control', async () => {
    const response = await getQuery(BY_YEAR);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^W\/"[\w-]{27}"$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(response.headers.get('vary')).toBe('Accept, Authorization');
    expect(await response.json()).toEqual({
      data: { stats: { programsByYear: [{ year: 2018, programs: 1 }] } },
    });
  });

  test('CSRF prevention still refuses a simple GET without the preflight header', async () => {
    const response = await fetch(`${baseUrl}/graphql?query=${encodeURIComponent(BY_YEAR)}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  test('If-None-Match answers 304 with no body until the graph changes, then 200 with a new tag', async () => {
    const first = await getQuery(BY_YEAR);
    const tag = first.headers.get('etag') ?? '';
    const statementsBefore = t.queries.length;
    const again = await getQuery(BY_YEAR, { 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(await again.text()).toBe('');
    // The 304 costs one read of the graph's version and nothing else.
    expect(t.queries.slice(statementsBefore)).toHaveLength(1);
    expect(t.queries.at(-1)).toMatch(/count\(n\) AS nodes/);

    // A list of tags, and a tag of another query, behave as HTTP says.
    expect((await getQuery(BY_YEAR, { 'if-none-match': `W/"other", ${tag}` })).status).toBe(304);
    const other = await getQuery('{ stats { counts { people } } }', { 'if-none-match': tag });
    expect(other.status).toBe(200);

    await writeSomething('etag');
    const after = await getQuery(BY_YEAR, { 'if-none-match': tag });
    expect(after.status).toBe(200);
    const newTag = after.headers.get('etag');
    expect(newTag).not.toBe(tag);
    const body = (await after.json()) as { data: { stats: { programsByYear: unknown[] } } };
    expect(body.data.stats.programsByYear).toContainEqual({ year: 2018, programs: 1 });
    expect((await getQuery(BY_YEAR, { 'if-none-match': newTag ?? '' })).status).toBe(304);
  });

  test('authenticated requests, writes, POSTs and errors are never cached', async () => {
    const tag = (await getQuery(BY_YEAR)).headers.get('etag') ?? '';
    const withToken = await getQuery(BY_YEAR, {
      authorization: `Bearer ${KEYS.reader}`,
      'if-none-match': tag,
    });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('cache-control')).toBe('no-store');
    expect(withToken.headers.get('etag')).toBeNull();

    const write = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.curator}` },
      body: JSON.stringify({
        query:
          'mutation { retractSource(id: "source/ahmu-bgi-2018-04-20", dryRun: true) { dryRun } }',
      }),
    });
    expect(((await write.json()) as { data: unknown }).data).toEqual({
      retractSource: { dryRun: true },
    });
    expect(write.headers.get('cache-control')).toBe('no-store');

    const mutationOverGet = await getQuery('mutation { retractSource(id: "source/x") { dryRun } }');
    expect(mutationOverGet.status).toBe(405);

    const post = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: BY_YEAR }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('cache-control')).toBe('no-store');

    const failed = await getQuery(
      '{ stats { organizationsByPartners(first: 5000) { partners } } }',
    );
    expect(((await failed.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    expect(failed.headers.get('cache-control')).toBe('no-store');
    expect(failed.headers.get('etag')).toBeNull();
  });

  test('automatic persisted queries: a hash alone, after the query was sent once, over GET', async () => {
    const query = '{ stats { programsByStatus { status programs } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = `&extensions=${encodeURIComponent(
      JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }),
    )}`;
    const byHash = () => fetch(`${baseUrl}/graphql?${extensions.slice(1)}`, { headers: PREFLIGHT });

    const unknown = await byHash();
    expect(
      ((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        ?.extensions.code,
    ).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('no-store');

    const registered = await getQuery(query, {}, extensions);
    expect(registered.status).toBe(200);

    const known = await byHash();
    expect(known.status).toBe(200);
    const body = (await known.json()) as { data: { stats: { programsByStatus: unknown[] } } };
    expect(body.data.stats.programsByStatus).toHaveLength(3);
    const tag = known.headers.get('etag') ?? '';
    expect(tag).toMatch(/^W\//);
    const revalidated = await fetch(`${baseUrl}/graphql?${extensions.slice(1)}`, {
      headers: { ...PREFLIGHT, 'if-none-match': tag },
    });
    expect(revalidated.status).toBe(304);
  });
});

describe('CSV feeds', () => {
  const feed = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}/feeds/${path}`, { headers });

  test('/feeds lists every feed with its URL and columns', async () => {
    const response = await fetch(`${baseUrl}/feeds`);
    const { feeds } = (await response.json()) as { feeds: { name: string; url: string }[] };
    expect(feeds.map((f) => f.url)).toEqual([
      '/feeds/counts.csv',
      '/feeds/programs-by-disease-area.csv',
      '/feeds/programs-by-aspect.csv',
      '/feeds/programs-by-year.csv',
      '/feeds/programs-by-status.csv',
      '/feeds/organizations-by-partners.csv',
      '/feeds/people-by-organization.csv',
      '/feeds/collaboration-matrix.csv',
    ]);
  });

  test('a feed is the CSV of the same aggregate as GraphQL, with validators and 304s', async () => {
    const gql = await t.execute<{
      stats: { programsByAspect: { aspect: { id: string; name: string }; programs: number }[] };
    }>('{ stats { programsByAspect(first: 3) { aspect { id name } programs } } }');
    const response = await feed('programs-by-aspect.csv?first=3');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const text = await response.text();
    expect(text.split('\r\n')[0]).toBe('aspect_id,aspect,programs');
    const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data.slice(1);
    expect(parsed).toEqual(
      (gql.data?.stats.programsByAspect ?? []).map((r) => [
        r.aspect.id,
        r.aspect.name,
        String(r.programs),
      ]),
    );
    expect(parsed).toHaveLength(3);

    const tag = response.headers.get('etag') ?? '';
    expect(tag).toMatch(/^W\//);
    expect((await feed('programs-by-aspect.csv?first=3', { 'if-none-match': tag })).status).toBe(
      304,
    );
    // Another parameter is another resource.
    expect((await feed('programs-by-aspect.csv?first=2', { 'if-none-match': tag })).status).toBe(
      200,
    );
    await writeSomething('feed');
    expect((await feed('programs-by-aspect.csv?first=3', { 'if-none-match': tag })).status).toBe(
      200,
    );
  });

  test('every feed answers a table whose rows have the header width', async () => {
    for (const name of [
      'counts',
      'programs-by-disease-area',
      'programs-by-year',
      'programs-by-status',
      'organizations-by-partners',
      'people-by-organization',
      'collaboration-matrix',
    ]) {
      const response = await feed(`${name}.csv`);
      expect([name, response.status]).toEqual([name, 200]);
      const rows = Papa.parse<string[]>((await response.text()).trim()).data;
      expect(rows.length).toBeGreaterThan(1);
      const width = rows[0]?.length;
      expect(rows.every((row) => row.length === width)).toBe(true);
    }
    const counts = Papa.parse<string[]>((await (await feed('counts.csv')).text()).trim()).data;
    const people = await t.execute<{ stats: { counts: { people: number } } }>(
      '{ stats { counts { people } } }',
    );
    expect(counts).toContainEqual(['people', String(people.data?.stats.counts.people)]);
  });

  test('bad parameters, unknown feeds and tokens', async () => {
    const unknownParameter = await feed('programs-by-year.csv?first=3');
    expect(unknownParameter.status).toBe(400);
    expect(await unknownParameter.text()).toMatch(/Unknown parameter first/);
    expect((await feed('programs-by-aspect.csv?first=ten')).status).toBe(400);
    const tooMany = await feed('organizations-by-partners.csv?first=5000');
    expect(tooMany.status).toBe(400);
    expect(await tooMany.text()).toMatch(/^PAGE_SIZE_EXCEEDED/);
    expect((await feed('secrets.csv')).status).toBe(404);

    const tag = (await feed('programs-by-year.csv')).headers.get('etag') ?? '';
    const withToken = await feed('programs-by-year.csv', {
      authorization: `Bearer ${KEYS.reader}`,
      'if-none-match': tag,
    });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('cache-control')).toBe('no-store');
    expect(withToken.headers.get('etag')).toBeNull();
    expect((await feed('programs-by-year.csv', { authorization: 'Bearer wrong' })).status).toBe(
      401,
    );
  });
});

describe('the Grafana example of docs/dashboards.md', () => {
  /** An Infinity target as docs/grafana/cooperation-kg-dashboard.json holds it. */
  interface Target {
    type: 'json' | 'csv';
    url: string;
    url_options: {
      method: string;
      params: { key: string; value: string }[];
      headers: { key: string; value: string }[];
    };
    root_selector?: string;
    columns: { selector: string }[];
  }

  test('every panel query answers the columns it selects, as Infinity would send it', async () => {
    const dashboard = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'docs', 'grafana', 'cooperation-kg-dashboard.json'), 'utf8'),
    ) as { panels: { targets: Target[] }[] };
    const targets = dashboard.panels.flatMap((panel) => panel.targets);
    expect(targets).toHaveLength(3);
    for (const target of targets) {
      const url = new URL(target.url.replace('http://localhost:4000', baseUrl));
      for (const { key, value } of target.url_options.params) url.searchParams.set(key, value);
      const response = await fetch(url, {
        method: target.url_options.method,
        headers: Object.fromEntries(target.url_options.headers.map((h) => [h.key, h.value])),
      });
      expect([target.url, response.status]).toEqual([target.url, 200]);
      expect(response.headers.get('etag')).toMatch(/^W\//);
      let rows: Record<string, unknown>[];
      if (target.type === 'csv') {
        rows = Papa.parse<Record<string, unknown>>((await response.text()).trim(), {
          header: true,
        }).data;
      } else {
        let value: unknown = await response.json();
        for (const step of (target.root_selector ?? '').split('.')) {
          value = (value as Record<string, unknown>)[step];
        }
        rows = value as Record<string, unknown>[];
      }
      expect(rows.length).toBeGreaterThan(0);
      for (const column of target.columns) expect(rows[0]).toHaveProperty(column.selector);
    }
  });
});
