import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';

import type { GraphQLRequest } from './operations';

/** What one load run measured. */
export interface Measurement {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Requests of one run, cycled through per connection (one for an operation, several for the mix). */
export async function loadGraphQL(
  url: string,
  requests: GraphQLRequest[],
  options: { connections: number; seconds: number },
): Promise<Measurement> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    requests: requests.map((request) => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    })),
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * The floor: `connections` workers, each sending the hand-written Cypher straight through the
 * driver in read transactions, one after another, for `seconds`.
 */
export async function loadCypher(
  driver: Driver,
  statements: { cypher: string; params: Record<string, unknown> }[],
  options: { connections: number; seconds: number },
): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + options.seconds * 1000;
  const worker = async (offset: number) => {
    for (let i = offset; Date.now() < deadline; i += 1) {
      const statement = statements[i % statements.length];
      if (!statement) return;
      const started = performance.now();
      try {
        await driver.executeQuery(statement.cypher, statement.params, { routing: 'READ' });
        latencies.push(performance.now() - started);
      } catch (error) {
        if (errors === 0)
          console.log(`floor error: ${error instanceof Error ? error.message : String(error)}`);
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, i) => worker(i)));
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    requestsPerSecond: latencies.length / options.seconds,
    p50: at(0.5),
    p99: at(0.99),
    errors,
  };
}

/** Sends one request and returns its errors (none expected before a run is measured). */
export async function checkGraphQL(url: string, request: GraphQLRequest): Promise<string | null> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { errors?: { message: string }[]; data?: unknown };
  if (!response.ok || body.errors) {
    return `HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? ''}`;
  }
  return JSON.stringify(body.data).length < 20
    ? `suspiciously empty answer ${JSON.stringify(body.data)}`
    : null;
}

/** Combines the runs of the same target (A/B/A/B): totals add up, latencies average. */
export function combine(runs: Measurement[]): Measurement {
  const n = Math.max(runs.length, 1);
  return {
    requests: runs.reduce((s, r) => s + r.requests, 0),
    requestsPerSecond: runs.reduce((s, r) => s + r.requestsPerSecond, 0) / n,
    p50: runs.reduce((s, r) => s + r.p50, 0) / n,
    p99: runs.reduce((s, r) => s + r.p99, 0) / n,
    errors: runs.reduce((s, r) => s + r.errors, 0),
  };
}
