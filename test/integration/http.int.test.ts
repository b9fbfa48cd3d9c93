import type { IncomingHttpHeaders } from 'node:http';
import { get } from 'node:http';

import { listen, postGraphQL } from '../utils/listen';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

let t: TestServer;
let baseUrl: string;

beforeAll(async () => {
  t = await startTestServer({ GRAPHIQL: 'true', INTROSPECTION: 'true' });
  await t.seed();
  baseUrl = await listen(t.server);
});

afterAll(() => t.stop());

test('/health answers 200 with the Neo4j version and the requests running and waiting', async () => {
  const response = await fetch(`${baseUrl}/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({
    status: 'ok',
    neo4j: { version: expect.stringMatching(/^5\.26\.\d+$/) as unknown, edition: 'community' },
    requests: {
      running: 0,
      waiting: 0,
      maxConcurrent: t.config.admission.maxConcurrent,
      writes: { running: 0, waiting: 0, maxConcurrent: t.config.admission.maxConcurrentWrites },
    },
  });
});

test('GraphQL over HTTP returns data', async () => {
  const { status, body } = await postGraphQL(
    baseUrl,
    '{ person(id: "person/li-jun") { name honorific } }',
  );
  expect(status).toBe(200);
  expect(body).toEqual({ data: { person: { name: 'Li Jun', honorific: 'Prof.' } } });
});

/** A GET answered as sent (no decompression): status, headers and the raw body's size. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; bytes: number }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes }),
      );
    }).on('error', reject);
  });
}

test('GraphiQL 5 is served from our own server, with no CDN and no inline script', async () => {
  const page = await fetch(`${baseUrl}/graphiql`);
  expect(page.status).toBe(200);
  expect(page.headers.get('cache-control')).toBe('no-cache');
  const html = await page.text();
  const assets = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter((href) => href !== 'data:,');
  expect(assets.length).toBeGreaterThan(1);
  for (const asset of assets) expect(asset).toMatch(/^\/app\/assets\/[\w.-]+-[\w-]{8}\.(js|css)$/);
  expect(html).not.toMatch(/https?:\/\//);
  // Every script is a file: nothing inline for a Content-Security-Policy to allow.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/<style|style="/);
  for (const asset of assets) {
    const response = await fetch(`${baseUrl}${asset}`);
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
  }
});

test('hashed assets go compressed as the browser accepts, cached for a year', async () => {
  const html = await (await fetch(`${baseUrl}/graphiql`)).text();
  const script = /<script[^>]+src="(\/app\/assets\/graphiql-[^"]+\.js)"/.exec(html)?.[1];
  if (!script) throw new Error('no GraphiQL script in the page');
  const plain = await rawGet(`${baseUrl}${script}`, {});
  const brotli = await rawGet(`${baseUrl}${script}`, { 'accept-encoding': 'gzip, deflate, br' });
  const gzip = await rawGet(`${baseUrl}${script}`, { 'accept-encoding': 'gzip' });
  expect([plain.status, brotli.status, gzip.status]).toEqual([200, 200, 200]);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(brotli.headers['content-encoding']).toBe('br');
  expect(gzip.headers['content-encoding']).toBe('gzip');
  for (const answer of [plain, brotli, gzip]) {
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
  }
  // The compressed copies are a fraction of the file.
  expect(brotli.bytes).toBeLessThan(plain.bytes / 2.5);
  expect(gzip.bytes).toBeLessThan(plain.bytes / 2);
  expect((await fetch(`${baseUrl}/app/assets/secret.js`)).status).toBe(404);
});

test('the root URL leads to GraphiQL in development', async () => {
  const response = await fetch(`${baseUrl}/`, { redirect: 'manual' });
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toBe('/graphiql');
});

test('CSRF prevention refuses a simple cross-site GET operation', async () => {
  const response = await fetch(
    `${baseUrl}/graphql?query=${encodeURIComponent('{ stats { counts { people } } }')}`,
  );
  expect(response.status).toBe(400);
});

test('request bodies above 1 MB are refused', async () => {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ person(id: "${'x'.repeat(1_100_000)}") { id } }` }),
  });
  expect(response.status).toBe(413);
});

test('an unexpected error reaches the client as INTERNAL_SERVER_ERROR without internals', async () => {
  // A Source node without its required title breaks the model mapping: a bug, not a user error.
  await t.db.write("CREATE (:Source {id: 'source/broken', text: 'x'})");
  const { body } = await postGraphQL(baseUrl, '{ source(id: "source/broken") { title } }');
  expect(body.errors).toEqual([
    {
      message: 'Internal server error',
      path: ['source'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    },
  ]);
  await t.db.write("MATCH (s:Source {id: 'source/broken'}) DELETE s");
});
