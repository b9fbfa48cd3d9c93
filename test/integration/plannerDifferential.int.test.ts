/**
 * The planner answers exactly as the reference read path (the DataLoaders, level by level):
 * every example operation and a set of hand-picked selections, on the seed plus a synthetic
 * graph, compared as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import { buildSchema } from 'graphql';

import { syntheticDocument } from '../../src/synthetic/syntheticDocument';
import { importDocument } from '../../src/import/importDocument';
import { importFiles, seedFiles } from '../../src/import/importFiles';
import { readTypeDefs } from '../../src/server';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { randomQuery } from '../utils/randomSelection';
import type { ReferencePath, TestServer } from '../utils/testServer';
import { startReferencePath, startTestServer } from '../utils/testServer';
import { listen, postGraphQL } from '../utils/listen';

let t: TestServer;
let reference: ReferencePath;

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
  // The worked examples hold every kind of fact the model has (statements, groups, terms ...).
  await importFiles(t.db, seedFiles(join(PROJECT_ROOT, 'seed', 'examples')));
  await importDocument(
    t.db,
    syntheticDocument({
      organizations: 12,
      programs: 12,
      people: 12,
      events: 12,
      partnersPerProgram: 2,
    }),
    { file: 'synthetic.yaml' },
  );
  reference = await startReferencePath(t);
}, 240_000);

afterAll(async () => {
  await reference.stop();
  await t.stop();
});

const referenceAnswer = (query: string, variables?: Record<string, unknown>) =>
  reference.execute(query, variables);

async function expectSameAnswer(query: string, variables?: Record<string, unknown>) {
  const [planned, expected] = await Promise.all([
    t.execute(query, variables),
    referenceAnswer(query, variables),
  ]);
  expect(planned.errors).toEqual(expected.errors);
  expect(JSON.stringify(planned.data)).toEqual(JSON.stringify(expected.data));
}

const examplesFolder = join(PROJECT_ROOT, 'docs', 'queries');
const examples = readdirSync(examplesFolder).filter((file) => file.endsWith('.graphql'));

test.each(examples)('example %s answers as the reference path', async (file) => {
  await expectSameAnswer(readFileSync(join(examplesFolder, file), 'utf8'));
});

const PROGRAM_FIELDS = `id name kind status start { text precision earliest latest } end { text }
  parties { role organization { id name kind } evidence { id excerpt start end source { id title } } }
  leaders { role person { id name } organization { name } }
  diseaseAreas { wording area { id name } } aspects { aspect { name } evidence { excerpt } }`;

const pages: [string, string, Record<string, unknown>][] = [
  [
    'people, first page with count',
    `{ people(first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id name } } }`,
    {},
  ],
  [
    'people without count',
    `{ people(first: 3) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`,
    {},
  ],
  [
    'people after a cursor',
    `query($after: String) { people(first: 4, after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor } nodes { id } } }`,
    { after: 'b2Zmc2V0OjI' },
  ],
  [
    'people from the end',
    `{ people(last: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id name } } }`,
    {},
  ],
  [
    'people before a cursor',
    `{ people(last: 2, before: "b2Zmc2V0OjU") { pageInfo { hasNextPage hasPreviousPage startCursor } nodes { id } } }`,
    {},
  ],
  [
    'people past the end',
    `{ people(first: 3, after: "b2Zmc2V0Ojk5OQ") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor } nodes { id } } }`,
    {},
  ],
  [
    'empty page',
    `{ people(first: 0) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor } nodes { id } } }`,
    {},
  ],
  [
    'programs with everything',
    `{ programs(first: 10, orderBy: [{ field: START, direction: DESC }]) { totalCount edges { cursor node { ${PROGRAM_FIELDS} } } nodes { name } } }`,
    {},
  ],
  [
    'programs filtered',
    `{ programs(filter: { or: [{ kind: [AGREEMENT] }, { name: { contains: "centre" } }] }) { totalCount nodes { id } } }`,
    {},
  ],
  [
    'organizations by program count',
    `{ organizations(first: 7, orderBy: [{ field: PROGRAM_COUNT, direction: DESC }]) { nodes { id name units { relation organization { id } } parent { organization { id } } positions { id title person { name } } } } }`,
    {},
  ],
  [
    'events',
    `{ events(first: 20) { totalCount nodes { id kind date { text } participants(roles: [LEADER, MEMBER]) { role person { id } organization { id } } hosts { organization { id } } produced { id } } } }`,
    {},
  ],
  [
    'sources',
    `{ sources { totalCount nodes { id title date { text } excerpts { id start end } } } }`,
    {},
  ],
  [
    'what each excerpt states',
    `{ sources(first: 3) { nodes { excerpts { id statedEntities { __typename id ... on Person { name } ... on Statement { kind } } statedRelationships { relationship description qualifier from { id } to { id ... on Organization { kind } } evidence { id } } } } } }`,
    {},
  ],
  ...['2015-06-30', '2018-04-20', '2019-01-01'].map(
    (asOf): [string, string, Record<string, unknown>] => [
      `as of ${asOf}`,
      `query($asOf: Date) { people(first: 30) { nodes { id programRoles(asOf: $asOf) { role program { id } } events(asOf: $asOf) { event { id } } statements(asOf: $asOf) { id } } } organizations(first: 30) { nodes { id programs(asOf: $asOf) { program { id } } hostedEvents(asOf: $asOf) { id } hostedEventLinks(asOf: $asOf) { event { id } } } } }`,
      { asOf },
    ],
  ),
  [
    'neighbours: pages, types, source, as of, an unknown and a merged-away id',
    `{ a: neighbours(id: "org/ahmu", first: 5) { totalCount groups { type count } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { relationship description outgoing qualifier node { __typename id ... on Organization { name kind } ... on Program { name parties { role } } } evidence { id excerpt } } } }
       b: neighbours(id: "org/ahmu", first: 4, after: "b2Zmc2V0OjI") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor } nodes { relationship node { id } } }
       c: neighbours(id: "org/bgi", types: [PROGRAM, PERSON], asOf: "2018-05-01") { totalCount groups { type count } nodes { description node { id } } }
       d: neighbours(id: "org/ahmu", source: "source/ahmu-bgi-2018-04-20") { totalCount nodes { qualifier node { id } } }
       e: neighbours(id: "org/nobody") { totalCount }
       f: neighbours(id: "unknown/x") { totalCount }
       g: neighbours(id: "org/ahmu", first: 3, after: "b2Zmc2V0Ojk5OQ") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor } nodes { node { id } } } }`,
    {},
  ],
  [
    'connections: paths with every step, aliases, via, an entity with itself',
    `{ a: connection(from: "person/li-jun", to: "person/wang-jian") { __typename hops from { id ... on Person { name } } to { id } paths { __typename steps { __typename relationship description forward qualifier from { id } to { __typename id } evidence { id excerpt } } s2: steps { relationship } } p2: paths { steps { to { id } } } }
       b: connection(from: "org/ahmu", to: "area/cancer", via: [DISEASE_AREA], maxHops: 3) { hops paths { steps { description } } }
       c: connection(from: "org/ahmu", to: "org/ahmu") { hops paths { steps { relationship } } }
       d: connection(from: "org/ahmu", to: "org/bgi", maxHops: 1) { hops from { id } paths { steps { relationship } } } }`,
    {},
  ],
  [
    'a connection to an unknown id',
    `{ connection(from: "org/ahmu", to: "org/nobody") { hops } }`,
    {},
  ],
  [
    'a connection between unknown ids of no type',
    `{ connection(from: "x/y", to: "z") { hops } }`,
    {},
  ],
  [
    'a connection too long',
    `{ connection(from: "org/ahmu", to: "org/bgi", maxHops: 9) { hops } }`,
    {},
  ],
  [
    'search: exact, partial, typos, suggestions, types, descriptions, nested selections',
    `{ a: search(query: "AHMU") { type name score match description node { __typename id ... on Organization { kind units { organization { name } } } } }
       b: search(query: "hospital", first: 20) { name score match description }
       c: search(query: "Li Jnu") { name score match node { id ... on Person { positions { title } } } }
       d: search(query: "zzqx hospitl") { name match score }
       e: search(query: "Anhui Medical", types: [PROGRAM, EVENT]) { type name description node { id ... on Program { parties { role } } } }
       f: search(query: "cancer", types: [DISEASE_AREA, COOPERATION_ASPECT, PLACE]) { type name description }
       g: search(query: "memorandum", first: 0) { name }
       h: search(query: "bgi", types: [POSITION]) { name } }`,
    {},
  ],
  ['search with a query of nothing searchable', `{ search(query: "!!!") { name } }`, {}],
  ['search with an empty query', `{ search(query: "  ") { name } }`, {}],
  [
    'filters on built-in and curated kind terms, with other ids beside them',
    `{ a: organizations(filter: { kindTerm: "term/organization-kind/hospital", unitOf: "org/tongji-university" }) { nodes { id } }
       b: organizations(filter: { kindTerm: "term/organization-kind/school" }) { nodes { id } }
       c: statements(filter: { kindTerm: "term/statement-kind/pledge", speaker: "person/wang-jian" }) { totalCount nodes { id } }
       d: statements(filter: { kindTerm: "term/statement-kind/other" }) { totalCount } }`,
    {},
  ],
  [
    'aliases and fragments',
    `query { a: program(id: "program/ahmu-bgi-memorandum-2018") { ...P x: parties(roles: [SIGNATORY]) { role } y: parties { role } } b: node(id: "org/bgi") { id ... on Organization { name kind } ...N } } fragment P on Program { name n2: name } fragment N on Node { __typename ... on Person { name } }`,
    {},
  ],
  [
    'include and skip',
    `query($with: Boolean!) { program(id: "program/ahmu-bgi-memorandum-2018") { name kind @include(if: $with) status @skip(if: $with) } }`,
    { with: true },
  ],
  [
    'include and skip, other way',
    `query($with: Boolean!) { program(id: "program/ahmu-bgi-memorandum-2018") { name kind @include(if: $with) status @skip(if: $with) } }`,
    { with: false },
  ],
  [
    'positions as of',
    `{ person(id: "person/li-jun") { positions(asOf: "2018-04-20") { id title start { text } end { text } attestedOn { text } organization { id } } all: positions { id } } }`,
    {},
  ],
  [
    'unknown ids',
    `{ person(id: "person/nobody") { id } node(id: "nothing") { id } e: node(id: "source/ahmu-bgi-2018-04-20#0-5") { id } }`,
    {},
  ],
  [
    'typenames',
    `{ node(id: "program/ahmu-bgi-memorandum-2018") { __typename ... on Program { __typename name parties { __typename organization { __typename } } } } }`,
    {},
  ],
  [
    'collaborations, every field',
    `{ collaborations(organization: "org/ahmu", first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { programCount firstDate { text } partner { id name } organization { id } programs { id name start { text } } aspects { id name } diseaseAreas { id } } } } }`,
    {},
  ],
  [
    'collaborations with units, from the end',
    `{ collaborations(organization: "org/ahmu", includeUnits: true, last: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor } nodes { partner { id } programCount } } }`,
    {},
  ],
  [
    'collaborations of one partner',
    `{ collaborations(organization: "org/bgi", partner: "org/ahmu", unitPartners: true) { totalCount nodes { partner { id } programs { id } } } }`,
    {},
  ],
  [
    'collaborations after a cursor',
    `{ collaborations(organization: "org/bgi", first: 2, after: "b2Zmc2V0OjA") { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { partner { id } } } }`,
    {},
  ],
  [
    'collaborations of a source',
    `{ collaborations(organization: "org/bgi", source: "source/ahmu-bgi-2018-04-20") { totalCount nodes { partner { id } programCount } } }`,
    {},
  ],
  [
    'collaborations of an unknown organization',
    `{ collaborations(organization: "org/nobody") { totalCount } }`,
    {},
  ],
];

test.each(pages)('%s answers as the reference path', async (_name, query, variables) => {
  await expectSameAnswer(query, variables);
});

let baseUrl: string | undefined;
/** The planner's server listening on a port of its own (once). */
async function served(): Promise<string> {
  baseUrl ??= await listen(t.server);
  return baseUrl;
}

/**
 * One document asked again with other variables: its plan is cached after the first request and
 * must answer each later one from that request's arguments (pages, error messages, totals).
 */
const reused: [string, string, Record<string, unknown>[]][] = [
  [
    'neighbours',
    `query($id: ID!, $after: String, $types: [EntityType!]) { neighbours(id: $id, first: 3, after: $after, types: $types) { totalCount groups { type count } pageInfo { hasNextPage endCursor } nodes { node { id } } } }`,
    [
      { id: 'org/ahmu' },
      { id: 'org/ahmu', after: 'b2Zmc2V0OjI' },
      { id: 'org/ahmu', types: ['PROGRAM'] },
      { id: 'org/bgi', after: 'b2Zmc2V0OjA' },
    ],
  ],
  [
    'connection',
    `query($from: ID!, $to: ID!) { connection(from: $from, to: $to) { hops from { id } paths { steps { relationship } } } }`,
    [
      { from: 'person/li-jun', to: 'person/wang-jian' },
      { from: 'org/ahmu', to: 'org/nobody' },
      { from: 'org/nobody', to: 'org/ahmu' },
    ],
  ],
  [
    'collaborations',
    `query($org: ID!, $after: String) { collaborations(organization: $org, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { partner { id } } } }`,
    [{ org: 'org/ahmu' }, { org: 'org/ahmu', after: 'b2Zmc2V0OjA' }, { org: 'org/nobody' }],
  ],
  [
    'programs',
    `query($after: String, $f: ProgramFilter) { programs(first: 2, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
    [{}, { after: 'b2Zmc2V0OjE' }, { f: { name: { contains: 'a' } } }],
  ],
  [
    'search',
    `query($q: String!) { search(query: $q, first: 3) { name score match description } }`,
    [{ q: 'anhui' }, { q: 'bgi' }, { q: 'zzqx' }],
  ],
];

test.each(reused)(
  '%s: a cached plan answers each request from its own arguments',
  async (_name, query, variables) => {
    // Over HTTP, where Apollo keeps the parsed document, so later requests reuse the plan.
    const url = await served();
    for (const value of variables) {
      const [planned, expected] = await Promise.all([
        postGraphQL(url, query, value),
        referenceAnswer(query, value),
      ]);
      const errorsOf = (errors: readonly { message: string; extensions?: unknown }[] = []) =>
        errors.map(({ message, extensions }) => ({ message, extensions }));
      expect(errorsOf(planned.body.errors)).toEqual(errorsOf(expected.errors));
      expect(JSON.stringify(planned.body.data)).toEqual(JSON.stringify(expected.data));
    }
  },
);

/** Root fields with arguments that name entities of the seed and the synthetic graph. */
const ROOTS = [
  { field: 'program', args: '(id: "program/ahmu-bgi-memorandum-2018")' },
  { field: 'organization', args: '(id: "org/ahmu")' },
  { field: 'organization', args: '(id: "org/bgi")' },
  { field: 'person', args: '(id: "person/li-jun")' },
  { field: 'event', args: '(id: "event/ahmu-delegation-visit-bgi-2018-04-20")' },
  { field: 'node', args: '(id: "position/li-jun/ahmu-party-committee/secretary")' },
  { field: 'node', args: '(id: "area/cancer")' },
  { field: 'place', args: '(id: "place/hefei")' },
  { field: 'source', args: '(id: "source/ahmu-bgi-2018-04-20")' },
  { field: 'programs', args: '(first: 8, orderBy: [{ field: START, direction: DESC }])' },
  { field: 'organizations', args: '(first: 6, filter: { kind: [HOSPITAL, UNIVERSITY, COMPANY] })' },
  { field: 'people', args: '(first: 6)' },
  { field: 'events', args: '(last: 4)' },
  { field: 'cooperationAspects', args: '' },
  { field: 'event', args: '(id: "event/bgi-delegation-visits-ahmu-2018-06")' },
  { field: 'person', args: '(id: "person/wang-jian")' },
  { field: 'place', args: '(id: "place/hefei")' },
  { field: 'programs', args: '(first: 6, filter: { name: { contains: "erasmus" } })' },
  { field: 'events', args: '(first: 6, orderBy: [{ field: DATE, direction: DESC }])' },
  { field: 'statements', args: '(first: 5)' },
  { field: 'terms', args: '(vocabulary: EVENT_ROLE)' },
  { field: 'terms', args: '' },
  { field: 'collaborations', args: '(organization: "org/bgi", first: 3)' },
  { field: 'neighbours', args: '(id: "org/ahmu", first: 8)' },
  { field: 'search', args: '(query: "anhui")' },
  { field: 'search', args: '(query: "li jun", types: [PERSON, PROGRAM])' },
  { field: 'connection', args: '(from: "person/li-jun", to: "person/wang-jian")' },
  {
    field: 'connection',
    args: '(from: "org/ahmu", to: "place/shenzhen", maxHops: 3, via: [PLACE])',
  },
  { field: 'neighbours', args: '(id: "person/li-jun", types: [PROGRAM, ORGANIZATION])' },
  { field: 'collaborations', args: '(organization: "org/ahmu", includeUnits: true)' },
];

test('random selections answer as the reference path', async () => {
  const schema = buildSchema(readTypeDefs().join('\n'));
  await fc.assert(
    fc.asyncProperty(fc.nat(ROOTS.length - 1), fc.integer(), async (root, seed) => {
      const query = randomQuery(schema, seed, ROOTS[root] ?? ROOTS[0]!);
      const [planned, expected] = await Promise.all([t.execute(query), referenceAnswer(query)]);
      // Values first (a failure shows where they differ), then their order.
      expect({ query, errors: planned.errors, data: planned.data }).toEqual({
        query,
        errors: expected.errors,
        data: expected.data,
      });
      expect({ query, errors: planned.errors, data: JSON.stringify(planned.data) }).toEqual({
        query,
        errors: expected.errors,
        data: JSON.stringify(expected.data),
      });
    }),
    { numRuns: 150, seed: 20261202 },
  );
}, 300_000);
