/**
 * The probes of the hostile scenario: the operations the payloads are put into, what an
 * acceptable answer is (a typed refusal or a correct answer, never a leak), and how requests
 * are sent and their problems collected.
 */
import fc from 'fast-check';

import type { Check } from '../../report';
import { check } from '../../report';
import type { GraphQLResponse } from '../../serverProcess';
import { errorCodes, parseBody, postOperation } from '../../serverProcess';
import type { HostileRequest } from './payloads';

/** Error codes that say the client asked for something wrong (never the server's own failure). */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'PAGE_SIZE_EXCEEDED',
  'INVALID_CURSOR',
  'MAX_HOPS_EXCEEDED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_LARGE',
  'TOO_MANY_DIRECTIVES',
  'OPERATION_RESOLUTION_FAILURE',
  'RESPONSE_TOO_LARGE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/**
 * What a response must never show: a stack trace, a source path, or Cypher of ours (with a
 * label: payloads echoed back in messages carry none).
 */
export const LEAK =
  /stacktrace|\bat [\w.<>]+ \(|\/src\/|node_modules|\.ts:\d+|(?:MATCH|MERGE) \(\w*:[A-Z]|UNWIND \$/;

/** True when the data is a correct answer (for a value that names nothing, in the probes). */
export type Answer = (data: Record<string, unknown>) => boolean;

/** A read operation taking one value as `$s` or `$n`, and what a correct answer to it is. */
export interface OperationProbe {
  name: string;
  query: string;
  correct: Answer;
}

const isNull =
  (field: string): Answer =>
  (data) =>
    data[field] === null;
const isCount =
  (field: string): Answer =>
  (data) => {
    const page = data[field];
    return typeof page === 'object' && page !== null && 'totalCount' in page
      ? typeof page.totalCount === 'number'
      : false;
  };

/** Every string argument, taking `$s`. */
export const STRING_PROBES: OperationProbe[] = [
  ...['node', 'person', 'organization', 'program', 'event', 'place', 'source'].map((field) => ({
    name: field,
    query: `query($s: ID!) { ${field}(id: $s) { id } }`,
    correct: isNull(field),
  })),
  {
    name: 'search',
    query: 'query($s: String!) { search(query: $s) { name node { id } } }',
    correct: (data) => Array.isArray(data.search),
  },
  {
    name: 'connection',
    query: 'query($s: ID!) { connection(from: $s, to: $s) { hops } }',
    correct: isNull('connection'),
  },
  {
    name: 'collaborations',
    query: 'query($s: ID!) { collaborations(organization: $s) { totalCount } }',
    correct: () => false,
  },
  ...(['contains', 'startsWith', 'equals'] as const).map((op) => ({
    name: `programs name ${op}`,
    query: `query($s: String!) { programs(filter: { name: { ${op}: $s } }) { totalCount } }`,
    correct: isCount('programs'),
  })),
  {
    name: 'people by organization',
    query: 'query($s: ID!) { people(filter: { organization: $s }) { totalCount } }',
    correct: isCount('people'),
  },
  {
    name: 'organizations unitOf',
    query: 'query($s: ID!) { organizations(filter: { unitOf: $s }) { totalCount } }',
    correct: isCount('organizations'),
  },
  {
    name: 'programs after cursor',
    query: 'query($s: String!) { programs(first: 5, after: $s) { totalCount } }',
    correct: isCount('programs'),
  },
];

/** Int arguments, taking `$n`. */
export const NUMBER_PROBES: OperationProbe[] = [
  {
    name: 'programs first',
    query: 'query($n: Int) { programs(first: $n) { totalCount } }',
    correct: isCount('programs'),
  },
  {
    name: 'programs last',
    query: 'query($n: Int) { programs(last: $n) { totalCount } }',
    correct: isCount('programs'),
  },
  {
    name: 'search first',
    query: 'query($n: Int) { search(query: "a", first: $n) { name } }',
    correct: (d) => Array.isArray(d.search),
  },
  {
    name: 'connection maxHops',
    query: 'query($n: Int) { connection(from: "person/x", to: "person/y", maxHops: $n) { hops } }',
    correct: isNull('connection'),
  },
  {
    name: 'stats rankings first',
    query: 'query($n: Int) { stats { organizationsByPartners(first: $n) { partners } } }',
    correct: (d) => typeof d.stats === 'object',
  },
];

/** A dry-run import answered with its report. */
export const dryRunAnswered: Answer = (data) => typeof data.importDocument === 'object';

/** A root field answered at all. */
export const answers =
  (field: string): Answer =>
  (data) =>
    data[field] !== undefined;

/** Why a response is not acceptable, or null when it is a typed refusal or a correct answer. */
function problemOf(response: GraphQLResponse, correct: Answer): string | null {
  if (response.status >= 500) return `HTTP ${response.status}`;
  if (LEAK.test(response.text)) return `leaks internals: ${LEAK.exec(response.text)?.[0] ?? ''}`;
  const errors = response.body.errors;
  if (errors && errors.length > 0) {
    const bad = errors.filter((e) => !CLIENT_CODES.has(String(e.extensions?.code)));
    return bad.length > 0 ? `untyped or internal error: ${errorCodes(response).join(',')}` : null;
  }
  if (response.status === 413 || response.status === 400) return null;
  return response.body.data && correct(response.body.data) ? null : 'wrong answer';
}

/** Runs probes, collecting the first few problems. */
export class Findings {
  count = 0;
  problems: string[] = [];

  async probe(
    label: string,
    send: () => Promise<GraphQLResponse>,
    correct: Answer,
  ): Promise<boolean> {
    this.count += 1;
    let problem: string | null;
    try {
      problem = problemOf(await send(), correct);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    if (problem && this.problems.length < 5) this.problems.push(`${label}: ${problem}`);
    return problem === null;
  }

  check(name: string): Check {
    return check(
      name,
      this.problems.length === 0,
      this.problems.join('; ') || `${this.count} requests`,
    );
  }
}

/** The check of a fast-check property: its counterexample when it failed. */
export function propertyCheck<T>(name: string, result: fc.RunDetails<T>): Check {
  return check(
    name,
    !result.failed,
    result.failed ? fc.stringify(result.counterexample) : `${result.numRuns} runs`,
  );
}

/** A payload for a label: JSON, cut at 24 characters. */
export const shown = (s: string) => JSON.stringify(s.length > 24 ? `${s.slice(0, 24)}…` : s);

/** Raw POST of a body as given (for malformed and batched requests). */
async function postRaw(
  baseUrl: string,
  body: string,
  contentType = 'application/json',
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, ms: 0, body: parseBody(text), text };
}

/** Sends a request of the catalogue: operations with a 30 s timeout, bodies as they are. */
export function sendRequest(baseUrl: string, request: HostileRequest): Promise<GraphQLResponse> {
  if ('body' in request) {
    return postRaw(baseUrl, request.body, request.contentType, request.headers);
  }
  return postOperation(baseUrl, request.query, request.variables ?? {}, { timeoutMs: 30_000 });
}
