/**
 * The catalogue of hostile input: strings, numbers, query shapes, input floods and import
 * documents. Only what is sent; `probes.ts` says what an acceptable answer is.
 */
import fc from 'fast-check';

import { syntheticDocument } from '../../../src/synthetic/syntheticDocument';
import { toMutationDocument } from '../../documents';
import { IMPORT_MUTATION } from '../load';

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

/** fast-check's arbitrary strings (lone surrogates included), catalogue strings and both joined. */
export const arbitraryString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc
    .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 20 }))
    .map(([a, b]) => a + b),
);

/** Negative, edge-of-Int, huge and fractional numbers for Int arguments. */
export const HOSTILE_NUMBERS: readonly number[] = [
  -1,
  0,
  1,
  100,
  101,
  1000,
  2 ** 31 - 1,
  -(2 ** 31),
  2 ** 31,
  1e308,
  0.5,
];

/** fast-check's arbitrary numbers: integers, doubles and big integers made numbers. */
export const arbitraryNumber = fc.oneof(fc.integer(), fc.double(), fc.bigInt().map(Number));

/** One request: an operation sent as JSON, or a body sent as it is (malformed and batched ones). */
export type HostileRequest =
  | { query: string; variables?: Record<string, unknown> }
  | { body: string; contentType?: string; headers?: Record<string, string> };

/** A request of the catalogue, made when it is sent (some are megabytes). */
export interface HostileCase {
  name: string;
  request: () => HostileRequest;
  /** The root field a valid question in disguise must answer; absent: it must be refused. */
  answers?: string;
}

export const PROGRAMS_FILTERED = 'query($f: ProgramFilter) { programs(filter: $f) { totalCount } }';
const PROGRAMS_ORDERED = 'query($o: [ProgramOrder!]) { programs(orderBy: $o) { totalCount } }';

/** A filter that is an `or` of `n` name conditions. */
export const orOfNames = (n: number) => ({
  or: Array.from({ length: n }, (_, i) => ({ name: { contains: `x${i}` } })),
});

/** An orderBy of `n` keys. */
export const manySortKeys = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ field: ['NAME', 'START', 'STATUS', 'ID'][i % 4] }));

/** The floods whose refusal is timed: or of 1000 and of 5000 conditions, orderBy of 2000 keys. */
export const TIMED_FLOODS: readonly (() => HostileRequest)[] = [
  () => ({ query: PROGRAMS_FILTERED, variables: { f: orOfNames(1000) } }),
  () => ({ query: PROGRAMS_FILTERED, variables: { f: orOfNames(5000) } }),
  () => ({ query: PROGRAMS_ORDERED, variables: { o: manySortKeys(2000) } }),
];

/** A `programs` selection nested `depth` times through parties and organizations. */
const nested = (depth: number): string =>
  depth === 0
    ? 'name'
    : `parties { organization { programs { program { ${nested(depth - 1)} } } } }`;

/** A small valid document whose string fields the import probes replace. */
export const BASE_DOCUMENT = syntheticDocument({
  key: 'hostile',
  organizations: 2,
  people: 2,
  programs: 1,
  events: 1,
});

/**
 * Query bombs, cycles, batches and malformed bodies: each is refused with a typed error or
 * HTTP 4xx, except the valid question in disguise (an unused deep variable).
 */
export const QUERY_SHAPES: readonly HostileCase[] = [
  {
    name: 'deep nesting',
    request: () => ({ query: `{ program(id: "program/x") { ${nested(10)} } }` }),
  },
  {
    name: 'alias bomb',
    request: () => ({
      query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: stats { counts { people } }`).join(' ')} }`,
    }),
  },
  {
    name: 'alias bomb in fragments',
    request: () => ({
      query: `query { ...F0 } ${Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { a${i}: stats { counts { people } } ${i < 19 ? `...F${i + 1}` : ''} b${i}: search(query: "a") { name } }`).join(' ')}`,
    }),
  },
  {
    name: 'fragment cycle',
    request: () => ({
      query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    }),
  },
  {
    name: 'self-referencing fragment',
    request: () => ({
      query: 'query { ...A } fragment A on Query { stats { counts { people } } ...A }',
    }),
  },
  {
    name: 'deep filter nesting',
    request: () => ({
      query: `{ programs(filter: ${'{ and: ['.repeat(40)}{ status: [ACTIVE] }${'] }'.repeat(40)}) { totalCount } }`,
    }),
  },
  {
    name: 'huge list argument',
    request: () => ({
      query: 'query($ids: [ProgramStatus!]) { programs(filter: { status: $ids }) { totalCount } }',
      variables: { ids: Array.from({ length: 50_000 }, () => 'ACTIVE') },
    }),
  },
  {
    name: 'oversized page',
    request: () => ({ query: '{ programs(first: 1000) { totalCount } }' }),
  },
  {
    name: 'oversized page backwards',
    request: () => ({ query: '{ people(last: 100000) { totalCount } }' }),
  },
  {
    name: 'directive bomb',
    request: () => ({
      query: `{ stats ${'@include(if: true) '.repeat(200)} { counts { people } } }`,
    }),
  },
  {
    name: 'two operations, none chosen',
    request: () => ({
      query: 'query A { stats { counts { people } } } query B { places { id } }',
    }),
  },
  {
    name: 'batched operations',
    request: () => ({
      body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ places { id } }' }))),
    }),
  },
  { name: 'malformed JSON', request: () => ({ body: '{"query": "{ places { id } }"' }) },
  {
    name: 'unused variable nested 100000 deep',
    request: () => ({
      body: `{"query":"{ places { id } }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
    }),
    answers: 'places',
  },
  {
    name: 'not JSON at all',
    request: () => ({ body: '\u0000\u0001\u0002', contentType: 'application/octet-stream' }),
  },
  {
    name: 'query not a string',
    request: () => ({ body: JSON.stringify({ query: { a: 1 } }) }),
  },
  {
    name: 'body over 1 MB',
    request: () => ({ query: `{ person(id: "${'x'.repeat(1_100_000)}") { id } }` }),
  },
  { name: 'unknown field', request: () => ({ query: '{ progam(id: "x") { id } }' }) },
  {
    name: 'mutation without a token',
    request: () => ({
      query: IMPORT_MUTATION,
      variables: { document: toMutationDocument(BASE_DOCUMENT) },
    }),
  },
];

/** Written out as text: JSON.stringify itself recurses too deep for it. */
const deepFilter = (levels: number) =>
  `${'{"not":'.repeat(levels)}{"name":{"contains":"a"}}${'}'.repeat(levels)}`;

/** Input floods sent as variables (which no token, cost or alias limit counts) and bodies. */
export const INPUT_FLOODS: readonly HostileCase[] = [
  ...[1000, 5000].map((n) => ({
    name: `or of ${n} conditions as a variable`,
    request: () => ({ query: PROGRAMS_FILTERED, variables: { f: orOfNames(n) } }),
  })),
  {
    name: 'orderBy of 2000 keys as a variable',
    request: () => ({ query: PROGRAMS_ORDERED, variables: { o: manySortKeys(2000) } }),
  },
  {
    name: 'filter variable nested 100 000 deep',
    request: () => ({
      body: `{"query":${JSON.stringify(PROGRAMS_FILTERED)},"variables":{"f":${deepFilter(100_000)}}}`,
    }),
  },
  {
    name: '21 conditions that cannot merge',
    request: () => ({
      query: PROGRAMS_FILTERED,
      variables: {
        f: {
          or: Array.from({ length: 11 }, (_, i) => ({
            and: [{ name: { contains: `x${i}` } }, { organization: `org/x${i}` }],
          })),
        },
      },
    }),
  },
  {
    name: 'id of 9000 characters',
    request: () => ({
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: { id: `org/${'a'.repeat(8996)}` },
    }),
  },
  // The arguments of issues 15 and 17 are counted the same way.
  {
    name: 'stats filter: or of 5000 conditions as a variable',
    request: () => ({
      query: 'query($f: ProgramFilter) { stats(filter: $f) { programs } }',
      variables: { f: orOfNames(5000) },
    }),
  },
  {
    name: 'neighbours types: 5000 as a variable',
    request: () => ({
      query: 'query($t: [EntityType!]) { neighbours(id: "org/bgi", types: $t) { totalCount } }',
      variables: { t: Array.from({ length: 5000 }, () => 'PROGRAM') },
    }),
  },
  {
    name: 'connection via: 5000 as a variable',
    request: () => ({
      query:
        'query($v: [ConnectionVia!]) { connection(from: "org/bgi", to: "org/ahmu", via: $v) { hops } }',
      variables: { v: Array.from({ length: 5000 }, () => 'PLACE') },
    }),
  },
  {
    name: 'roleTerms: 5000 ids as a variable',
    request: () => ({
      query: 'query($r: [ID!]) { programs { nodes { parties(roleTerms: $r) { role } } } }',
      variables: { r: Array.from({ length: 5000 }, (_, i) => `term/party-role/x${i}`) },
    }),
  },
  {
    name: 'statements filter: source id of 9000 characters',
    request: () => ({
      query: 'query($f: StatementFilter) { statements(filter: $f) { totalCount } }',
      variables: { f: { source: `source/${'a'.repeat(8993)}` } },
    }),
  },
  ...['gzip', 'deflate', 'br'].map((encoding) => ({
    name: `body that is not valid ${encoding}`,
    request: () => ({
      body: '{"query":"{ places { id } }"}',
      headers: { 'content-encoding': encoding },
    }),
  })),
];

/** Paths of every string field of a document (e.g. `programs.0.name`). */
export function stringPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value))
    return value.flatMap((item, i) => stringPaths(item, [...prefix, `${i}`]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => stringPaths(inner, [...prefix, key]));
  }
  return [];
}

/** A copy of `value` with the string at `path` replaced. */
export function replaceAt(value: unknown, path: string[], replacement: string): unknown {
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

/** An id of 9 KB with the prefix (`org/`, `person/` ...) of the id at `path` of the document. */
export function longIdAt(document: unknown, path: string[]): string {
  return `${String(getAt(document, path)).split('/')[0] ?? 'x'}/${'a'.repeat(9_000)}`;
}

/** The `count` catalogue strings for the `p`th import field: spread over the catalogue. */
export function stringsForField(p: number, count: number): string[] {
  return Array.from(
    { length: Math.min(count, HOSTILE_STRINGS.length) },
    (_, i) => HOSTILE_STRINGS[(p + i * 7) % HOSTILE_STRINGS.length] ?? '',
  );
}
