import fc from 'fast-check';

import { exportGraph } from '../../src/backup/graphExport';
import type { Database } from '../../src/db/database';
import { syntheticDocument } from '../../src/generate/syntheticDocument';
import { countTransactionsSince } from '../../src/repositories/transactionRepository';
import { toMutationDocument } from '../documents';
import { LARGE_SOURCE_LENGTH, largeTextQuery, withLargeSource } from '../largeSource';
import type { Check, ScenarioReport } from '../report';
import { check } from '../report';
import type { GraphQLResponse } from '../serverProcess';
import { errorCodes, parseBody, postOperation, startServerProcess } from '../serverProcess';
import { openTarget } from '../target';
import { IMPORT_MUTATION } from './load';

/** Strings that have broken GraphQL servers, Cypher builders, Lucene and JSON handling. */
export const HOSTILE_STRINGS: readonly string[] = [
  "' OR 1=1 //",
  '" OR 1=1 //',
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  '`) DETACH DELETE n //',
  '$id',
  '{id: "x"}',
  'MATCH (n) DETACH DELETE n',
  'CALL dbms.shutdown()',
  "person/li-jun' OR '1'='1",
  '*:*',
  'name:/.*/~',
  'AND OR NOT ~ ^ " ( ) [ ] { } : \\',
  '.*',
  '(?:a+)+$',
  '%s%n%x',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '\u0000',
  'a\u0000b',
  '\u0001\u0007\u001b[31m\u007f',
  '\r\n\t\v\f',
  '\ud800',
  '\udfff',
  'x\ud83dy',
  '\u202e\u2066',
  '\ufeff',
  '🧬🏥'.repeat(20),
  'x'.repeat(10_000),
  '\u0000'.repeat(1_000),
  'é'.repeat(100_000),
  ' ',
  '',
];

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

/** A read operation taking one string, and what a correct answer to an unknown value is. */
interface StringProbe {
  name: string;
  query: string;
  /** True when the data is a correct answer for a value that names nothing. */
  correct: (data: Record<string, unknown>) => boolean;
}

const isNull = (field: string) => (data: Record<string, unknown>) => data[field] === null;
const isCount = (field: string) => (data: Record<string, unknown>) => {
  const page = data[field];
  return typeof page === 'object' && page !== null && 'totalCount' in page
    ? typeof page.totalCount === 'number'
    : false;
};

const STRING_PROBES: StringProbe[] = [
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

/** Why a response is not acceptable, or null when it is a typed refusal or a correct answer. */
function problemOf(
  response: GraphQLResponse,
  correct: (data: Record<string, unknown>) => boolean,
): string | null {
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

/** The check of a fast-check property: its counterexample when it failed. */
function propertyCheck<T>(name: string, result: fc.RunDetails<T>): Check {
  return check(
    name,
    !result.failed,
    result.failed ? fc.stringify(result.counterexample) : `${result.numRuns} runs`,
  );
}

/** Runs probes, collecting the first few problems. */
class Findings {
  count = 0;
  problems: string[] = [];

  async probe(
    label: string,
    send: () => Promise<GraphQLResponse>,
    correct: (data: Record<string, unknown>) => boolean,
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

const shown = (s: string) => JSON.stringify(s.length > 24 ? `${s.slice(0, 24)}…` : s);

/** Raw POST of a body as given (for malformed and batched requests). */
async function postRaw(
  baseUrl: string,
  body: string,
  contentType = 'application/json',
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, ms: 0, body: parseBody(text), text };
}

/** A small valid document whose string fields the import probes replace. */
const BASE_DOCUMENT = syntheticDocument({
  key: 'hostile',
  organizations: 2,
  people: 2,
  programs: 1,
  events: 1,
});

/** Paths of every string field of the base document (e.g. `programs.0.name`). */
function stringPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value))
    return value.flatMap((item, i) => stringPaths(item, [...prefix, `${i}`]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => stringPaths(inner, [...prefix, key]));
  }
  return [];
}

/** A copy of `value` with the string at `path` replaced. */
function replaceAt(value: unknown, path: string[], replacement: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    return value.map((item: unknown, i) =>
      String(i) === head ? replaceAt(item, rest, replacement) : item,
    );
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === head ? replaceAt(v, rest, replacement) : v]),
    );
  }
  return value;
}

/** The value at `path` of a document. */
function getAt(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    current =
      current !== null && typeof current === 'object'
        ? (current as Record<string, unknown>)[key]
        : undefined;
  }
  return current;
}

type Post = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

const PROGRAMS_FILTERED = 'query($f: ProgramFilter) { programs(filter: $f) { totalCount } }';
const orOfNames = (n: number) => ({
  or: Array.from({ length: n }, (_, i) => ({ name: { contains: `x${i}` } })),
});
const manySortKeys = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ field: ['NAME', 'START', 'STATUS', 'ID'][i % 4] }));

/** Input floods sent as variables (which no token, cost or alias limit counts) and bodies. */
function floodCases(
  baseUrl: string,
  post: Post,
): {
  name: string;
  send: () => Promise<GraphQLResponse>;
  answer?: (data: Record<string, unknown>) => boolean;
}[] {
  // Written out as text: JSON.stringify itself recurses too deep for it.
  const deepFilter = (levels: number) =>
    `${'{"not":'.repeat(levels)}{"name":{"contains":"a"}}${'}'.repeat(levels)}`;
  return [
    ...[1000, 5000].map((n) => ({
      name: `or of ${n} conditions as a variable`,
      send: () => post(PROGRAMS_FILTERED, { f: orOfNames(n) }),
    })),
    {
      name: 'orderBy of 2000 keys as a variable',
      send: () =>
        post('query($o: [ProgramOrder!]) { programs(orderBy: $o) { totalCount } }', {
          o: manySortKeys(2000),
        }),
    },
    {
      name: 'filter variable nested 100 000 deep',
      send: () =>
        postRaw(
          baseUrl,
          `{"query":${JSON.stringify(PROGRAMS_FILTERED)},"variables":{"f":${deepFilter(100_000)}}}`,
        ),
    },
    {
      name: '21 conditions that cannot merge',
      send: () =>
        post(PROGRAMS_FILTERED, {
          f: {
            or: Array.from({ length: 11 }, (_, i) => ({
              and: [{ name: { contains: `x${i}` } }, { organization: `org/x${i}` }],
            })),
          },
        }),
    },
    {
      name: 'id of 9000 characters',
      send: () =>
        post('query($id: ID!) { node(id: $id) { id } }', { id: `org/${'a'.repeat(8996)}` }),
    },
    // The arguments of issues 15 and 17 are counted the same way.
    {
      name: 'stats filter: or of 5000 conditions as a variable',
      send: () =>
        post('query($f: ProgramFilter) { stats(filter: $f) { programs } }', { f: orOfNames(5000) }),
    },
    {
      name: 'neighbours types: 5000 as a variable',
      send: () =>
        post('query($t: [EntityType!]) { neighbours(id: "org/bgi", types: $t) { totalCount } }', {
          t: Array.from({ length: 5000 }, () => 'PROGRAM'),
        }),
    },
    {
      name: 'connection via: 5000 as a variable',
      send: () =>
        post(
          'query($v: [ConnectionVia!]) { connection(from: "org/bgi", to: "org/ahmu", via: $v) { hops } }',
          { v: Array.from({ length: 5000 }, () => 'PLACE') },
        ),
    },
    {
      name: 'roleTerms: 5000 ids as a variable',
      send: () =>
        post('query($r: [ID!]) { programs { nodes { parties(roleTerms: $r) { role } } } }', {
          r: Array.from({ length: 5000 }, (_, i) => `term/party-role/x${i}`),
        }),
    },
    {
      name: 'statements filter: source id of 9000 characters',
      send: () =>
        post('query($f: StatementFilter) { statements(filter: $f) { totalCount } }', {
          f: { source: `source/${'a'.repeat(8993)}` },
        }),
    },
    ...['gzip', 'deflate', 'br'].map((encoding) => ({
      name: `body that is not valid ${encoding}`,
      send: () =>
        postRaw(baseUrl, '{"query":"{ places { id } }"}', 'application/json', {
          'content-encoding': encoding,
        }),
    })),
  ];
}

/** The slowest refusal of the floods of the issue (or 1000 and 5000, orderBy 2000), in ms. */
async function timeFloods(post: Post): Promise<number> {
  const times: number[] = [];
  for (const send of [
    () => post(PROGRAMS_FILTERED, { f: orOfNames(1000) }),
    () => post(PROGRAMS_FILTERED, { f: orOfNames(5000) }),
    () =>
      post('query($o: [ProgramOrder!]) { programs(orderBy: $o) { totalCount } }', {
        o: manySortKeys(2000),
      }),
  ]) {
    times.push((await send()).ms);
  }
  return Math.max(...times);
}

/**
 * Hostile input against a running server: every catalogue string (and fast-check's arbitrary
 * strings, lone surrogates included) in every string argument and import field, numbers out of
 * range, query bombs, batched and malformed bodies. Each must get a typed error or a correct
 * answer, and the graph must be byte-for-byte the same afterwards (export hash).
 */
export async function hostileChecks(
  baseUrl: string,
  db: Database,
  options: {
    curatorKey: string;
    numRuns: number;
    stringsPerField: number;
    /** A source with a 960 KB text (see `withLargeSource`), for the amplification probe. */
    largeSource?: boolean;
  },
): Promise<ScenarioReport> {
  const before = await exportGraph(db);
  const started = new Date();
  const post = (query: string, variables: Record<string, unknown> = {}) =>
    postOperation(baseUrl, query, variables, { timeoutMs: 30_000 });

  const strings = new Findings();
  for (const probe of STRING_PROBES) {
    for (const s of HOSTILE_STRINGS) {
      await strings.probe(
        `${probe.name}(${shown(s)})`,
        () => post(probe.query, { s }),
        probe.correct,
      );
    }
  }
  const arbitraryString = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom(...HOSTILE_STRINGS),
    fc
      .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 20 }))
      .map(([a, b]) => a + b),
  );
  const property = await fc.check(
    fc.asyncProperty(fc.constantFrom(...STRING_PROBES), arbitraryString, async (probe, s) =>
      strings.probe(`${probe.name}(${shown(s)})`, () => post(probe.query, { s }), probe.correct),
    ),
    { numRuns: options.numRuns },
  );

  const numbers = new Findings();
  const numberProbes: [string, string, (data: Record<string, unknown>) => boolean][] = [
    [
      'programs first',
      'query($n: Int) { programs(first: $n) { totalCount } }',
      isCount('programs'),
    ],
    ['programs last', 'query($n: Int) { programs(last: $n) { totalCount } }', isCount('programs')],
    [
      'search first',
      'query($n: Int) { search(query: "a", first: $n) { name } }',
      (d) => Array.isArray(d.search),
    ],
    [
      'connection maxHops',
      'query($n: Int) { connection(from: "person/x", to: "person/y", maxHops: $n) { hops } }',
      isNull('connection'),
    ],
    [
      'stats rankings first',
      'query($n: Int) { stats { organizationsByPartners(first: $n) { partners } } }',
      (d) => typeof d.stats === 'object',
    ],
  ];
  const numberCases = [-1, 0, 1, 100, 101, 1000, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1e308, 0.5];
  for (const [name, query, correct] of numberProbes) {
    for (const n of numberCases) {
      await numbers.probe(`${name}(${n})`, () => post(query, { n }), correct);
    }
  }
  const numberProperty = await fc.check(
    fc.asyncProperty(
      fc.constantFrom(...numberProbes),
      fc.oneof(fc.integer(), fc.double(), fc.bigInt().map(Number)),
      async ([name, query, correct], n) =>
        numbers.probe(`${name}(${n})`, () => post(query, { n }), correct),
    ),
    { numRuns: options.numRuns },
  );

  const shapes = new Findings();
  const nested = (depth: number): string =>
    depth === 0
      ? 'name'
      : `parties { organization { programs { program { ${nested(depth - 1)} } } } }`;
  // Each is refused with a typed error or HTTP 4xx, except the valid question in disguise (an
  // unused deep variable), which must get its answer.
  const answers = (field: string) => (data: Record<string, unknown>) => data[field] !== undefined;
  const shapeCases: {
    name: string;
    send: () => Promise<GraphQLResponse>;
    answer?: (data: Record<string, unknown>) => boolean;
  }[] = [
    { name: 'deep nesting', send: () => post(`{ program(id: "program/x") { ${nested(10)} } }`) },
    {
      name: 'alias bomb',
      send: () =>
        post(
          `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: stats { counts { people } }`).join(' ')} }`,
        ),
    },
    {
      name: 'alias bomb in fragments',
      send: () =>
        post(
          `query { ...F0 } ${Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { a${i}: stats { counts { people } } ${i < 19 ? `...F${i + 1}` : ''} b${i}: search(query: "a") { name } }`).join(' ')}`,
        ),
    },
    {
      name: 'fragment cycle',
      send: () => post('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    },
    {
      name: 'self-referencing fragment',
      send: () => post('query { ...A } fragment A on Query { stats { counts { people } } ...A }'),
    },
    {
      name: 'deep filter nesting',
      send: () =>
        post(
          `{ programs(filter: ${'{ and: ['.repeat(40)}{ status: [ACTIVE] }${'] }'.repeat(40)}) { totalCount } }`,
        ),
    },
    {
      name: 'huge list argument',
      send: () =>
        post(
          'query($ids: [ProgramStatus!]) { programs(filter: { status: $ids }) { totalCount } }',
          {
            ids: Array.from({ length: 50_000 }, () => 'ACTIVE'),
          },
        ),
    },
    { name: 'oversized page', send: () => post('{ programs(first: 1000) { totalCount } }') },
    {
      name: 'oversized page backwards',
      send: () => post('{ people(last: 100000) { totalCount } }'),
    },
    {
      name: 'directive bomb',
      send: () => post(`{ stats ${'@include(if: true) '.repeat(200)} { counts { people } } }`),
    },
    {
      name: 'two operations, none chosen',
      send: () => post('query A { stats { counts { people } } } query B { places { id } }'),
    },
    {
      name: 'batched operations',
      send: () =>
        postRaw(
          baseUrl,
          JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ places { id } }' }))),
        ),
    },
    { name: 'malformed JSON', send: () => postRaw(baseUrl, '{"query": "{ places { id } }"') },
    {
      name: 'unused variable nested 100000 deep',
      send: () =>
        postRaw(
          baseUrl,
          `{"query":"{ places { id } }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
        ),
      answer: answers('places'),
    },
    {
      name: 'not JSON at all',
      send: () => postRaw(baseUrl, '\u0000\u0001\u0002', 'application/octet-stream'),
    },
    {
      name: 'query not a string',
      send: () => postRaw(baseUrl, JSON.stringify({ query: { a: 1 } })),
    },
    {
      name: 'body over 1 MB',
      send: () => post(`{ person(id: "${'x'.repeat(1_100_000)}") { id } }`),
    },
    { name: 'unknown field', send: () => post('{ progam(id: "x") { id } }') },
    {
      name: 'mutation without a token',
      send: () => post(IMPORT_MUTATION, { document: toMutationDocument(BASE_DOCUMENT) }),
    },
  ];
  for (const { name, send, answer } of [...shapeCases, ...floodCases(baseUrl, post)]) {
    await shapes.probe(
      name,
      async () => {
        const response = await send();
        if (!answer && !response.body.errors && response.status < 400) {
          return { ...response, status: 500, text: `answered: ${response.text.slice(0, 80)}` };
        }
        return response;
      },
      answer ?? (() => false),
    );
  }

  // Nothing of the probes, the floods among them, may be left open in Neo4j: a
  // 5000-condition `or` once stayed "Terminated" for minutes after its request had failed.
  const floodsRunning = await countTransactionsSince(db, started);
  const floodMs = await timeFloods(post);

  let amplification: Check | null = null;
  if (options.largeSource) {
    const response = await post(largeTextQuery(30));
    amplification = check(
      `30 aliases of a ${LARGE_SOURCE_LENGTH / 1000} KB text: RESPONSE_TOO_LARGE in a small answer`,
      errorCodes(response).join() === 'RESPONSE_TOO_LARGE' && response.text.length < 2_000,
      `${errorCodes(response).join(',') || 'answered'}, ${response.text.length} bytes`,
    );
  }

  const imports = new Findings();
  const base = toMutationDocument(BASE_DOCUMENT);
  const paths = stringPaths(base);
  const dryRun = (document: unknown) =>
    postOperation(
      baseUrl,
      IMPORT_MUTATION,
      { document, dryRun: true },
      {
        token: options.curatorKey,
        timeoutMs: 30_000,
      },
    );
  const dryRunOk = (data: Record<string, unknown>) => typeof data.importDocument === 'object';
  for (const [p, path] of paths.entries()) {
    const picked = Array.from(
      { length: Math.min(options.stringsPerField, HOSTILE_STRINGS.length) },
      (_, i) => HOSTILE_STRINGS[(p + i * 7) % HOSTILE_STRINGS.length] ?? '',
    );
    for (const s of picked) {
      await imports.probe(
        `import ${path.join('.')}=${shown(s)}`,
        () => dryRun(replaceAt(base, path, s)),
        dryRunOk,
      );
    }
  }
  const importProperty = await fc.check(
    fc.asyncProperty(fc.constantFrom(...paths), arbitraryString, async (path, s) =>
      imports.probe(
        `import ${path.join('.')}=${shown(s)}`,
        () => dryRun(replaceAt(base, path, s)),
        dryRunOk,
      ),
    ),
    { numRuns: options.numRuns },
  );

  const longIds = new Findings();
  for (const path of paths.filter((p) => p[p.length - 1] === 'id')) {
    const id = `${String(getAt(base, path)).split('/')[0] ?? 'x'}/${'a'.repeat(9_000)}`;
    await longIds.probe(
      `import ${path.join('.')}=<9 KB id>`,
      () => dryRun(replaceAt(base, path, id)),
      () => false,
    );
  }

  const after = await exportGraph(db);
  return {
    scenario: 'hostile',
    figures: [
      ['string probes', strings.count],
      ['number probes', numbers.count],
      ['query-shape probes', shapes.count],
      ['flood refusals (or 1000/5000, orderBy 2000), slowest', `${Math.round(floodMs)} ms`],
      ['import dry runs', imports.count],
      ['fast-check runs per property', options.numRuns],
      ['graph', `${before.nodes} nodes, ${before.relationships} relationships`],
    ],
    checks: [
      strings.check('string arguments: typed errors or correct answers'),
      propertyCheck('fast-check: arbitrary strings in string arguments', property),
      numbers.check('negative, huge and fractional numbers: typed errors or correct answers'),
      propertyCheck('fast-check: arbitrary numbers', numberProperty),
      shapes.check('query bombs, cycles, batches and malformed bodies: refused with a typed error'),
      check(
        'nothing of the probes is left open in Neo4j after them (SHOW TRANSACTIONS)',
        floodsRunning === 0,
        `${floodsRunning} open`,
      ),
      ...(amplification ? [amplification] : []),
      imports.check('every import field: typed errors or a correct dry run'),
      longIds.check('a 9 KB id in any id field of a document is refused in its dry run'),
      propertyCheck('fast-check: arbitrary strings in import fields', importProperty),
      check(
        'the graph is byte-for-byte unchanged (export hash)',
        after.sha256 === before.sha256,
        `${before.sha256.slice(0, 12)} -> ${after.sha256.slice(0, 12)}`,
      ),
    ],
  };
}

/** The hostile scenario against a real server process on the target database. */
export async function runHostile(options: {
  boltPort: number;
  numRuns: number;
}): Promise<ScenarioReport> {
  const target = await openTarget(options.boltPort);
  const server = await startServerProcess({ boltPort: options.boltPort });
  try {
    return await withLargeSource(target.db, () =>
      hostileChecks(server.baseUrl, target.db, {
        curatorKey: server.curatorKey,
        numRuns: options.numRuns,
        stringsPerField: HOSTILE_STRINGS.length,
        largeSource: true,
      }),
    );
  } finally {
    await server.stop();
    await target.close();
  }
}
