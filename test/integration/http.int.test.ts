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
    requests: { running: 0, waiting: 0, maxConcurrent: t.config.admission.maxConcurrent },
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

test('GraphiQL is served from our own server, with no CDN, with the example operations as tabs', async () => {
  const page = await fetch(`${baseUrl}/graphiql`);
  expect(page.status).toBe(200);
  const html = await page.text();
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map(
    (m) => m[1],
  );
  expect(scripts).toEqual([
    '/graphiql/assets/graphiql.css',
    '/graphiql/assets/page.css',
    '/graphiql/assets/react.js',
    '/graphiql/assets/react-dom.js',
    '/graphiql/assets/graphiql.js',
    '/graphiql/assets/start.js',
  ]);
  expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  for (const asset of scripts) {
    const response = await fetch(`${baseUrl}${asset ?? ''}`);
    expect(response.status).toBe(200);
    // The packages' files are large; the page's own start script and style are small.
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(
      /start|page/.test(asset ?? '') ? 40 : 1000,
    );
  }
  expect((await fetch(`${baseUrl}/graphiql/assets/secret.js`)).status).toBe(404);
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
