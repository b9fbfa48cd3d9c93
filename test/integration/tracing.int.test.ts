import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { startServerProcess } from '../../reliability/serverProcess';
import { startTracing } from '../../src/telemetry/tracing';
import { TEST_BOLT_PORT } from '../utils/testPorts';
import type { TestServer } from '../utils/testServer';
import { startTestServer, testConfig } from '../utils/testServer';

/** A span as OTLP/HTTP JSON carries it. */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: number | string } }[];
}

/** A stand-in OpenTelemetry collector: keeps the spans posted to /v1/traces. */
async function startCollector() {
  const spans: OtlpSpan[] = [];
  const paths: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      paths.push(req.url ?? '');
      const parsed = JSON.parse(body) as {
        resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
      };
      for (const resource of parsed.resourceSpans) {
        for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, spans, paths, close: () => server.close() };
}

const attribute = (span: OtlpSpan | undefined, key: string) => {
  const value = span?.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};

let t: TestServer;
let collector: Awaited<ReturnType<typeof startCollector>>;

beforeAll(async () => {
  collector = await startCollector();
  t = await startTestServer();
  await t.seed();
});

afterAll(async () => {
  await t.stop();
  collector.close();
});

test('tracing is off unless OTEL_TRACING=true', () => {
  expect(testConfig().tracing).toBeNull();
  expect(startTracing(testConfig())).toBeNull();
});

// A real server process (src/main.ts): tracing starts as it does in production, and SIGTERM
// flushes the spans it has not sent yet.
const maybe = process.env.NEO4J_URI ? test.skip : test;

maybe(
  'a request is a server span in the caller’s trace, with a child span per Cypher statement',
  async () => {
    const server = await startServerProcess({
      boltPort: TEST_BOLT_PORT,
      env: { OTEL_TRACING: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: collector.url },
    });
    const baseUrl = server.baseUrl;
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpan = '00f067aa0ba902b7';
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-${callerSpan}-01`,
      },
      body: JSON.stringify({
        query:
          'query WhoLeads { program(id: "program/ahmu-bgi-memorandum-2018") { name leaders { person { name } } } bgi: organization(id: "org/bgi") { name } }',
      }),
    });
    expect(response.status).toBe(200);
    await server.stop();
    expect(await server.exited).toEqual({ code: 0, signal: null });

    expect(collector.paths.every((path) => path === '/v1/traces')).toBe(true);
    const request = collector.spans.find((span) => span.name === 'query WhoLeads');
    expect(request).toMatchObject({ traceId, parentSpanId: callerSpan, kind: 2 });
    expect(attribute(request, 'graphql.operation.name')).toBe('WhoLeads');
    expect(attribute(request, 'http.request.method')).toBe('POST');
    expect(attribute(request, 'http.response.status_code')).toBe(200);

    const statements = collector.spans.filter(
      (span) => span.traceId === traceId && attribute(span, 'db.system.name') === 'neo4j',
    );
    expect(statements.length).toBeGreaterThanOrEqual(2);
    for (const statement of statements) {
      expect(statement.parentSpanId).toBe(request?.spanId);
      expect(statement.kind).toBe(3);
      expect(attribute(statement, 'db.query.text')).toMatch(
        /^\s*(MATCH|CALL|UNWIND|WITH|RETURN|OPTIONAL)/,
      );
    }
    // Values travel as parameters: the program's id is in no statement text.
    expect(statements.map((s) => attribute(s, 'db.query.text')).join('\n')).not.toContain(
      'ahmu-bgi-memorandum-2018',
    );
  },
);
