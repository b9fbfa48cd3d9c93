/**
 * The HTTP edge: slow clients (a body sent a byte at a time, an answer never read) hold no
 * request turn and are cut off at their deadlines; an answer is at most MAX_RESPONSE_BYTES; a
 * body that does not decode as its Content-Encoding says is a client error; every answer
 * carries the security headers.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { deflateSync, gzipSync } from 'node:zlib';

import pino from 'pino';

import { nonReadingClient, parseAnswer, slowBodyClient } from '../../reliability/rawClients';

import { importDocument } from '../../src/import/importDocument';
import { listen } from '../utils/listen';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

/**
 * A server with two turns and short deadlines, where slow clients would starve the rest; on the
 * same database as `standard` (the seed and a source with a 960 KB text).
 */
let tight: TestServer;
let tightUrl: string;
/** A server with the default limits, whose error log is kept. */
let standard: TestServer;
let standardUrl: string;
const errorLog: string[] = [];

const BIG_SOURCE = 'source/big-text';
/** 960 000 characters, as in the report of the issue. */
const BIG_TEXT = 'cooperation '.repeat(80_000);

beforeAll(async () => {
  tight = await startTestServer({
    MAX_CONCURRENT_REQUESTS: '2',
    REQUEST_QUEUE_TIMEOUT_MS: '5000',
    BODY_READ_TIMEOUT_MS: '1500',
    RESPONSE_WRITE_TIMEOUT_MS: '1000',
    MAX_RESPONSE_BYTES: '50000000',
  });
  const logger = pino(
    { level: 'warn' },
    {
      write: (line: string) => {
        errorLog.push(line);
      },
    },
  );
  standard = await startTestServer({ GRAPHIQL: 'true' }, { logger });
  await standard.seed();
  await importDocument(
    standard.db,
    { source: { id: BIG_SOURCE, title: 'A very long report', text: BIG_TEXT } },
    { file: 'big.yaml' },
  );
  tightUrl = await listen(tight.server);
  standardUrl = await listen(standard.server);
});

afterAll(async () => {
  await tight.server.apollo.stop();
  await tight.db.driver.close();
  await standard.stop();
});

const aliasesOfText = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: source(id: "${BIG_SOURCE}") { text }`).join(' ')} }`;

async function post(baseUrl: string, query: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> };
}

/** Requests the running and waiting counts from /health. */
async function load(baseUrl: string): Promise<{ running: number; waiting: number }> {
  const health = (await (await fetch(`${baseUrl}/health`)).json()) as {
    requests: { running: number; waiting: number };
  };
  return health.requests;
}

describe('slow clients', () => {
  test('clients sending their body a byte at a time hold no turn, and get 408 at the body deadline', async () => {
    const slow = Array.from({ length: 4 }, () => slowBodyClient(tightUrl));
    try {
      await sleep(300);
      // Two turns, four slow bodies: were the turn taken before the body, these would wait in
      // line until the queue timeout and get 503 SERVER_BUSY.
      expect(await load(tightUrl)).toMatchObject({ running: 0, waiting: 0 });
      const normal = await Promise.all(
        Array.from({ length: 4 }, () => post(tightUrl, '{ people { totalCount } }')),
      );
      expect(normal.map((r) => [r.status, r.body])).toEqual(
        normal.map(() => [200, { data: { people: { totalCount: 8 } } }]),
      );
      const answers = await Promise.all(slow.map((s) => s.answer));
      expect(answers.map((answer) => parseAnswer(answer).status)).toEqual([408, 408, 408, 408]);
    } finally {
      for (const s of slow) s.stop();
    }
  });

  test('clients that never read a large answer hold no turn, and are cut off at the write deadline', async () => {
    const readers = Array.from({ length: 4 }, () => nonReadingClient(tightUrl, aliasesOfText(15)));
    try {
      // The turns come free once the answers are written, not once they are read.
      let now = await load(tightUrl);
      for (let i = 0; i < 100 && (now.running > 0 || now.waiting > 0); i += 1) {
        await sleep(200);
        now = await load(tightUrl);
      }
      expect(now).toMatchObject({ running: 0, waiting: 0 });
      const normal = await Promise.all(
        Array.from({ length: 4 }, () => post(tightUrl, '{ sources { totalCount } }')),
      );
      expect(normal.map((r) => [r.status, r.body])).toEqual(
        normal.map(() => [200, { data: { sources: { totalCount: 3 } } }]),
      );
      // Past the write deadline the server has closed each connection: reading now ends
      // before the announced length.
      await sleep(1500);
      const answers = await Promise.all(readers.map((reader) => reader.readAll()));
      for (const answer of answers) {
        const { status, contentLength } = parseAnswer(answer);
        expect(status).toBe(200);
        expect(contentLength).toBeGreaterThan(14_000_000);
        expect(answer.length).toBeLessThan(contentLength ?? 0);
      }
    } finally {
      for (const reader of readers) reader.stop();
    }
  });
});

describe('the size of an answer', () => {
  test('30 aliases of a 960 KB text are RESPONSE_TOO_LARGE, in a small answer', async () => {
    const { status, text, body } = await post(standardUrl, aliasesOfText(30));
    expect(status).toBe(200);
    expect(body).toEqual({
      data: null,
      errors: [
        {
          message:
            "The answer is larger than 5000000 bytes (MAX_RESPONSE_BYTES); ask for fewer fields, aliases or items (a source's text once, not once per alias).",
          extensions: {
            code: 'RESPONSE_TOO_LARGE',
            limit: 'MAX_RESPONSE_BYTES',
            maximum: 5_000_000,
          },
        },
      ],
    });
    expect(text.length).toBeLessThan(1000);
  });

  test('four aliases (3.8 MB) are answered', async () => {
    const { body } = await post(standardUrl, aliasesOfText(4));
    const data = body.data as Record<string, { text: string }>;
    expect(Object.values(data).map((source) => source.text.length)).toEqual([
      960_000, 960_000, 960_000, 960_000,
    ]);
  });
});

describe('Content-Encoding', () => {
  const sendEncoded = async (encoding: string, body: Buffer) => {
    const response = await fetch(`${standardUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': encoding },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  test.each(['gzip', 'deflate', 'br'])(
    'a body that is not valid %s is 400 BAD_REQUEST, and nothing is logged as an error',
    async (encoding) => {
      errorLog.length = 0;
      const answer = await sendEncoded(encoding, Buffer.from('{"query":"{ places { id } }"}'));
      expect(answer).toEqual({
        status: 400,
        body: {
          errors: [
            {
              message:
                'The request body does not decode as its Content-Encoding (gzip, deflate or br) says.',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        },
      });
      expect(errorLog).toEqual([]);
    },
  );

  test('valid gzip and deflate bodies are read', async () => {
    const json = Buffer.from('{"query":"{ person(id: \\"person/li-jun\\") { name } }"}');
    for (const [encoding, body] of [
      ['gzip', gzipSync(json)],
      ['deflate', deflateSync(json)],
    ] as const) {
      expect(await sendEncoded(encoding, body)).toEqual({
        status: 200,
        body: { data: { person: { name: 'Li Jun' } } },
      });
    }
  });

  test('an encoding the server does not know is 415 BAD_REQUEST', async () => {
    const answer = await sendEncoded('compress', Buffer.from('x'));
    expect(answer).toMatchObject({
      status: 415,
      body: { errors: [{ extensions: { code: 'BAD_REQUEST' } }] },
    });
  });
});

describe('security headers', () => {
  /** A built script of GraphiQL's page (content-hashed, under /app). */
  const graphiqlScript = async () => {
    const html = await (await fetch(`${standardUrl}/graphiql`)).text();
    const src = /<script[^>]+src="(\/app\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    if (!src) throw new Error('no script on the GraphiQL page');
    return src;
  };

  test.each([
    ['GET', '/graphql?query=%7B__typename%7D'],
    ['POST', '/graphql'],
    ['GET', '/health'],
    ['GET', '/graphiql'],
    ['GET', 'graphiql-script'],
    ['GET', '/explore'],
    ['GET', '/dashboard'],
    ['GET', '/curate'],
    ['GET', '/list'],
    ['GET', '/source'],
  ])('%s %s carries them', async (method, given) => {
    // GraphiQL 5 is built by Vite with the pages: its script has a content-hashed name.
    const path = given === 'graphiql-script' ? await graphiqlScript() : given;
    const response = await fetch(`${standardUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      ...(method === 'POST' ? { body: '{"query":"{ __typename }"}' } : {}),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("script-src-attr 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toMatch(
      /https?:|unsafe-eval|script-src[^;]*unsafe-inline|worker-src[^;]*blob:/,
    );
  });

  test.each(['/explore', '/dashboard', '/curate', '/list', '/source'])(
    '%s allows no inline style and no data: font (nothing on the pages needs them)',
    async (path) => {
      const csp = (await fetch(`${standardUrl}${path}`)).headers.get('content-security-policy');
      expect(csp).toContain("style-src 'self';");
      expect(csp).toContain("font-src 'self';");
      expect(csp).toContain("img-src 'self' data: blob:;");
      expect(csp).not.toContain('unsafe-inline');
    },
  );

  test('GraphiQL alone gets inline styles and data: fonts (its Monaco editor writes styles)', async () => {
    const csp = (await fetch(`${standardUrl}/graphiql`)).headers.get('content-security-policy');
    expect(csp).toContain("style-src 'self' 'unsafe-inline';");
    expect(csp).toContain("font-src 'self' data:;");
    expect(csp).toContain("script-src 'self';");
    // The allowance is the page's: its assets and the API answer under the strict policy.
    const asset = await fetch(`${standardUrl}${await graphiqlScript()}`);
    expect(asset.headers.get('content-security-policy')).toContain("style-src 'self';");
  });

  test("a 404 carries them too, with Express's own stricter policy", async () => {
    const response = await fetch(`${standardUrl}/no-such-page`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
  });

  test('the GraphiQL page runs no inline script (the policy would block it)', async () => {
    const html = await (await fetch(`${standardUrl}/graphiql`)).text();
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) {
      expect(attributes).toMatch(/\bsrc="\/app\/assets\/[^"]+\.js"/);
    }
  });
});
