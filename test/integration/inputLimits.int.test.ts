/**
 * Input limits counted over the arguments with the variables substituted: a filter, a sort order
 * or an id list sent as a variable is measured exactly like a literal one, refused at once with
 * BAD_USER_INPUT naming the limit, and no statement reaches Neo4j. Filters that pass compile to a
 * bounded statement: `or` lists of one kind of condition become one condition over a list.
 */
import type { GraphQLFormattedError } from 'graphql';

import { listen } from '../utils/listen';
import { postWithToken } from '../utils/postWithToken';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
});

afterAll(() => t.stop());

const PROGRAMS = 'query($f: ProgramFilter) { programs(filter: $f) { totalCount nodes { id } } }';

/** The one error of an operation, after checking that not one statement was sent to Neo4j. */
async function refusal(
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLFormattedError> {
  t.resetQueryCount();
  const result = await t.execute(query, variables);
  expect(t.queries).toEqual([]);
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors ?? [];
  if (!error) throw new Error('no error');
  return error;
}

const orOfNames = (n: number) => ({
  or: Array.from({ length: n }, (_, i) => ({ name: { contains: `x${i}` } })),
});

describe('lists', () => {
  test.each([1000, 5000])(
    'an `or` of %i conditions sent as a variable is MAX_INPUT_LIST_ITEMS, before any Cypher',
    async (n) => {
      const error = await refusal(PROGRAMS, { f: orOfNames(n) });
      expect(error).toEqual({
        message: `"filter.or" holds ${n} items; a list may hold at most 50 (MAX_INPUT_LIST_ITEMS).`,
        extensions: {
          code: 'BAD_USER_INPUT',
          limit: 'MAX_INPUT_LIST_ITEMS',
          maximum: 50,
          found: n,
          field: 'programs',
          argument: 'filter',
          inputPath: 'filter.or',
        },
      });
    },
  );

  test('2000 sort keys are MAX_ORDER_BY', async () => {
    const orderBy = Array.from({ length: 2000 }, (_, i) => ({
      field: ['NAME', 'START', 'STATUS', 'ID'][i % 4],
      direction: i % 2 ? 'ASC' : 'DESC',
    }));
    const error = await refusal(
      'query($o: [ProgramOrder!]) { programs(orderBy: $o) { totalCount } }',
      { o: orderBy },
    );
    expect(error.message).toBe('"orderBy" holds 2000 sort keys; at most 4 (MAX_ORDER_BY).');
    expect(error.extensions).toMatchObject({ limit: 'MAX_ORDER_BY', maximum: 4, found: 2000 });
  });

  test('a sort key given twice sorts by its first mention', async () => {
    const result = await t.execute(
      '{ programs(orderBy: [{ field: NAME, direction: DESC }, { field: NAME, direction: ASC }]) { nodes { name } } }',
    );
    const names = (result.data as { programs: { nodes: { name: string }[] } }).programs.nodes;
    const sorted = names.map((n) => n.name);
    expect(sorted).toEqual([...sorted].sort((a, b) => b.localeCompare(a)));
    expect(sorted).toHaveLength(5);
  });

  test('an enum list in a nested field is counted too, with the field named', async () => {
    const kinds = Array.from({ length: 51 }, () => 'HOSPITAL');
    const error = await refusal(
      'query($k: [OrganizationKind!]) { organization(id: "org/ahmu") { units(kinds: $k) { relation } } }',
      { k: kinds },
    );
    expect(error.extensions).toMatchObject({
      limit: 'MAX_INPUT_LIST_ITEMS',
      field: 'units',
      inputPath: 'kinds',
      found: 51,
    });
  });

  test('search types are a list like any other', async () => {
    const error = await refusal(
      'query($t: [EntityType!]) { search(query: "li", types: $t) { name } }',
      {
        t: Array.from({ length: 60 }, () => 'PERSON'),
      },
    );
    expect(error.extensions).toMatchObject({ limit: 'MAX_INPUT_LIST_ITEMS', inputPath: 'types' });
  });

  test('50 items are allowed', async () => {
    const result = await t.execute(PROGRAMS, { f: orOfNames(50) });
    expect(result).toEqual({ data: { programs: { totalCount: 0, nodes: [] } }, errors: undefined });
  });
});

describe('values across the operation', () => {
  test('the same 20-value filter under 30 aliases is MAX_INPUT_VALUES', async () => {
    const fields = Array.from(
      { length: 30 },
      (_, i) => `a${i}: programs(filter: $f) { totalCount }`,
    );
    const error = await refusal(`query($f: ProgramFilter) { ${fields.join(' ')} }`, {
      f: orOfNames(6),
    });
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'MAX_INPUT_VALUES',
      maximum: 500,
    });
  });

  test('arguments in fragments are measured with the variables substituted', async () => {
    const error = await refusal(
      `query($f: ProgramFilter) { ...Q } fragment Q on Query { programs(filter: $f) { totalCount } }`,
      { f: orOfNames(51) },
    );
    expect(error.extensions).toMatchObject({
      limit: 'MAX_INPUT_LIST_ITEMS',
      inputPath: 'filter.or',
    });
  });
});

describe('nesting', () => {
  const nestedNot = (levels: number): Record<string, unknown> => {
    let filter: Record<string, unknown> = { name: { contains: 'a' } };
    for (let i = 1; i < levels; i += 1) filter = { not: filter };
    return filter;
  };

  test('a filter variable nested 7 levels is MAX_FILTER_DEPTH, with its path', async () => {
    const error = await refusal(PROGRAMS, { f: nestedNot(7) });
    expect(error).toEqual({
      message:
        'Filters can nest at most 6 levels deep (MAX_FILTER_DEPTH); "filter.not.not.not.not.not.not" is level 7.',
      extensions: {
        code: 'BAD_USER_INPUT',
        limit: 'MAX_FILTER_DEPTH',
        maximum: 6,
        found: 7,
        field: 'programs',
        argument: 'filter',
        inputPath: 'filter.not.not.not.not.not.not',
      },
    });
  });

  test('6 levels are allowed', async () => {
    const result = await t.execute(PROGRAMS, { f: nestedNot(6) });
    expect(result.errors).toBeUndefined();
  });

  test('a variable nested 100 000 deep is refused before it is coerced', async () => {
    const error = await refusal(PROGRAMS, { f: nestedNot(100_000) });
    expect(error).toMatchObject({
      message: 'Variable "$f" nests deeper than 32 levels.',
      extensions: { code: 'BAD_USER_INPUT', limit: 'MAX_VARIABLE_DEPTH', maximum: 32 },
    });
  });
});

describe('strings and ids', () => {
  test('a filter string over 500 characters is MAX_INPUT_STRING_LENGTH', async () => {
    const error = await refusal(PROGRAMS, { f: { name: { contains: 'x'.repeat(10_000) } } });
    expect(error).toMatchObject({
      message:
        '"filter.name.contains" is 10000 characters long; at most 500 (MAX_INPUT_STRING_LENGTH).',
      extensions: { limit: 'MAX_INPUT_STRING_LENGTH', maximum: 500, found: 10_000 },
    });
  });

  test.each(['node', 'person', 'organization', 'program', 'event', 'place', 'source'])(
    'an id of 9000 characters in %s(id) is MAX_ID_LENGTH',
    async (field) => {
      const error = await refusal(`query($id: ID!) { ${field}(id: $id) { id } }`, {
        id: `x/${'a'.repeat(8998)}`,
      });
      expect(error).toEqual({
        message: '"id" is 9000 characters long; an id has at most 256.',
        extensions: {
          code: 'BAD_USER_INPUT',
          limit: 'MAX_ID_LENGTH',
          maximum: 256,
          found: 9000,
          field,
          argument: 'id',
          inputPath: 'id',
        },
      });
    },
  );

  test('an id of 256 characters is looked up (and not found)', async () => {
    const result = await t.execute('query($id: ID!) { person(id: $id) { id } }', {
      id: `person/${'a'.repeat(249)}`,
    });
    expect(result).toEqual({ data: { person: null }, errors: undefined });
  });

  test('ids in mutation arguments and import documents are measured too, before auth or Neo4j', async () => {
    const long = `org/${'a'.repeat(9000)}`;
    const merge = await refusal(
      'mutation($id: ID!) { mergeEntities(keep: $id, merge: "org/bgi") { mergedId } }',
      {
        id: long,
      },
    );
    expect(merge.extensions).toMatchObject({ limit: 'MAX_ID_LENGTH', inputPath: 'keep' });
    const upsert = await refusal(
      'mutation($input: UpsertOrganizationInput!) { upsertOrganization(input: $input) { node { id } } }',
      {
        input: {
          sourceId: 'source/ahmu-bgi-2018-04-20',
          organization: { id: long, name: 'X', kind: 'OTHER', evidence: [{ quote: 'BGI' }] },
        },
      },
    );
    expect(upsert.extensions).toMatchObject({
      limit: 'MAX_ID_LENGTH',
      inputPath: 'input.organization.id',
    });
  });
});

describe('the arguments and filters issues 15 and 17 added are measured like the others', () => {
  const longId = (prefix: string) => `${prefix}/${'a'.repeat(9000)}`;
  const sixty = <T>(value: T) => Array.from({ length: 60 }, () => value);

  test.each<[string, string, Record<string, unknown>, string, string]>([
    [
      'neighbours(types)',
      'query($v: [EntityType!]) { neighbours(id: "org/bgi", types: $v) { totalCount } }',
      { v: sixty('PROGRAM') },
      'MAX_INPUT_LIST_ITEMS',
      'types',
    ],
    [
      'neighbours(source)',
      'query($v: ID) { neighbours(id: "org/bgi", source: $v) { totalCount } }',
      { v: longId('source') },
      'MAX_ID_LENGTH',
      'source',
    ],
    [
      'connection(via)',
      'query($v: [ConnectionVia!]) { connection(from: "org/bgi", to: "org/ahmu", via: $v) { hops } }',
      { v: sixty('PLACE') },
      'MAX_INPUT_LIST_ITEMS',
      'via',
    ],
    [
      'Program.parties(roleTerms)',
      'query($v: [ID!]) { program(id: "program/ahmu-bgi-memorandum-2018") { parties(roleTerms: $v) { role } } }',
      { v: sixty('term/party-role/sponsor') },
      'MAX_INPUT_LIST_ITEMS',
      'roleTerms',
    ],
    [
      'Program.people(roleTerms) ids',
      'query($v: [ID!]) { program(id: "program/ahmu-bgi-memorandum-2018") { people(roleTerms: $v) { role } } }',
      { v: [longId('term/person-role')] },
      'MAX_ID_LENGTH',
      'roleTerms[0]',
    ],
    [
      'Event.participants(roleTerms)',
      'query($v: [ID!]) { event(id: "event/ahmu-delegation-visit-bgi-2018-04-20") { participants(roleTerms: $v) { role } } }',
      { v: sixty('term/event-role/chair') },
      'MAX_INPUT_LIST_ITEMS',
      'roleTerms',
    ],
    [
      'Person.statements(kinds)',
      'query($v: [StatementKind!]) { person(id: "person/li-jun") { statements(kinds: $v) { id } } }',
      { v: sixty('SAID') },
      'MAX_INPUT_LIST_ITEMS',
      'kinds',
    ],
    [
      'programs(filter: {source})',
      'query($v: ID) { programs(filter: { source: $v }) { totalCount } }',
      { v: longId('source') },
      'MAX_ID_LENGTH',
      'filter.source',
    ],
    [
      'people(filter: {title, exactTitle})',
      'query($v: String) { people(filter: { title: $v, exactTitle: true }) { totalCount } }',
      { v: 'x'.repeat(10_000) },
      'MAX_INPUT_STRING_LENGTH',
      'filter.title',
    ],
    [
      'organizations(filter: {kindTerm})',
      'query($v: ID) { organizations(filter: { kindTerm: $v }) { totalCount } }',
      { v: longId('term/organization-kind') },
      'MAX_ID_LENGTH',
      'filter.kindTerm',
    ],
    [
      'events(filter: {program})',
      'query($v: ID) { events(filter: { program: $v }) { totalCount } }',
      { v: longId('program') },
      'MAX_ID_LENGTH',
      'filter.program',
    ],
    [
      'statements(filter: {about})',
      'query($v: ID) { statements(filter: { about: $v }) { totalCount } }',
      { v: longId('program') },
      'MAX_ID_LENGTH',
      'filter.about',
    ],
    [
      'statements(filter: {kind})',
      'query($v: [StatementKind!]) { statements(filter: { kind: $v }) { totalCount } }',
      { v: sixty('HOPED') },
      'MAX_INPUT_LIST_ITEMS',
      'filter.kind',
    ],
    [
      'sources(filter: {states})',
      'query($v: ID) { sources(filter: { states: $v }) { totalCount } }',
      { v: longId('org') },
      'MAX_ID_LENGTH',
      'filter.states',
    ],
    [
      'collaborations(source)',
      'query($v: ID) { collaborations(organization: "org/bgi", source: $v) { totalCount } }',
      { v: longId('source') },
      'MAX_ID_LENGTH',
      'source',
    ],
    [
      'stats(filter) or-list',
      'query($f: ProgramFilter) { stats(filter: $f) { programs } }',
      { f: orOfNames(51) },
      'MAX_INPUT_LIST_ITEMS',
      'filter.or',
    ],
    [
      'stats(filter: {activeOn}) in an or-list item',
      'query($f: ProgramFilter) { stats(filter: $f) { programs } }',
      { f: { or: [{ source: longId('source') }, { activeOn: '2018-01-01' }] } },
      'MAX_ID_LENGTH',
      'filter.or[0].source',
    ],
  ])('%s', async (_name, query, variables, limit, inputPath) => {
    const error = await refusal(query, variables);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit, inputPath });
  });

  test('a stats filter nested 7 levels is MAX_FILTER_DEPTH', async () => {
    let f: Record<string, unknown> = { activeOn: '2018-01-01' };
    for (let i = 1; i < 7; i += 1) f = { not: f };
    const error = await refusal('query($f: ProgramFilter) { stats(filter: $f) { programs } }', {
      f,
    });
    expect(error.extensions).toMatchObject({ limit: 'MAX_FILTER_DEPTH', maximum: 6, found: 7 });
  });

  test('a stats filter past MAX_FILTER_CONDITIONS is one error before any Cypher', async () => {
    const f = {
      or: Array.from({ length: 11 }, (_, i) => ({
        and: [{ activeOn: `20${10 + i}-01-01` }, { source: `source/x${i}` }],
      })),
    };
    t.resetQueryCount();
    const result = await t.execute(
      'query($f: ProgramFilter) { stats(filter: $f) { programs programsByYear { year } organizationsByPartners { partners } } }',
      { f },
    );
    expect(t.queries).toEqual([]);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'MAX_FILTER_CONDITIONS',
      maximum: 20,
    });
  });
});

describe('merged `or` lists give the same answer as their conditions one by one', () => {
  type Page = { programs: { totalCount: number; nodes: { id: string }[] } };
  const ids = async (f: Record<string, unknown>) => {
    const result = await t.execute<Page>(PROGRAMS, { f });
    expect(result.errors).toBeUndefined();
    return (result.data?.programs.nodes ?? []).map((n) => n.id).sort();
  };
  const union = async (items: Record<string, unknown>[]) =>
    [...new Set((await Promise.all(items.map((f) => ids(f)))).flat())].sort();

  test.each<[string, Record<string, unknown>[]]>([
    ['name contains', [{ name: { contains: 'memorandum' } }, { name: { contains: 'EDUCATION' } }]],
    ['name startsWith', [{ name: { startsWith: 'anhui' } }, { name: { startsWith: 'no such' } }]],
    ['name equals', [{ name: { equals: 'no such program' } }, { name: { contains: 'gene bank' } }]],
    ['status', [{ status: ['ACTIVE'] }, { status: ['PLANNED'] }]],
    ['organization', [{ organization: 'org/bgi' }, { organization: 'org/no-such-org' }]],
    ['person', [{ person: 'person/li-jun' }, { person: 'person/wang-jian' }]],
    ['place and area', [{ place: 'place/hefei' }, { diseaseArea: 'area/birth-defects' }]],
    // Issue 17's source filter and statuses (UNKNOWN: stored without one), merged the same way.
    ['source', [{ source: 'source/ahmu-bgi-2018-04-20' }, { source: 'source/no-such-source' }]],
    ['status with UNKNOWN', [{ status: ['UNKNOWN'] }, { status: ['ACTIVE'] }]],
    [
      'mixed kinds and a compound item',
      [
        { name: { contains: 'center' } },
        { name: { contains: 'joint' } },
        { organization: 'org/ahmu' },
        { and: [{ status: ['ACTIVE'] }, { name: { contains: 'bank' } }] },
      ],
    ],
  ])('%s', async (_name, items) => {
    const expected = await union(items);
    expect(await ids({ or: items })).toEqual(expected);
  });

  test('the union is not empty for the cases that name existing facts', async () => {
    expect(
      await ids({ or: [{ person: 'person/li-jun' }, { person: 'person/wang-jian' }] }),
    ).not.toEqual([]);
  });
});

describe('the statement a filter compiles to is bounded', () => {
  test('21 conditions that cannot merge are MAX_FILTER_CONDITIONS, before any Cypher', async () => {
    const f = {
      or: Array.from({ length: 11 }, (_, i) => ({
        and: [{ name: { contains: `x${i}` } }, { organization: `org/x${i}` }],
      })),
    };
    const error = await refusal(PROGRAMS, { f });
    expect(error).toMatchObject({
      message:
        'The filter has more than 20 conditions (MAX_FILTER_CONDITIONS), counting each `or` list of one kind of condition (names, ids, kinds) as one; use fewer.',
      extensions: { code: 'BAD_USER_INPUT', limit: 'MAX_FILTER_CONDITIONS', maximum: 20 },
    });
  });

  test('50 name conditions merge into one: one parameter list, one condition', async () => {
    t.resetQueryCount();
    const result = await t.execute(PROGRAMS, { f: orOfNames(50) });
    expect(result.errors).toBeUndefined();
    const [count] = t.queries;
    expect(count).toBeDefined();
    expect(count?.match(/CONTAINS/g)).toHaveLength(1);
    expect(count?.length).toBeLessThan(400);
  });
});

describe('over HTTP', () => {
  let baseUrl: string;

  beforeAll(async () => {
    baseUrl = await listen(t.server);
  });

  test('a refused flood is HTTP 400 at once, and nothing of it runs in Neo4j', async () => {
    const floods = await Promise.all(
      Array.from({ length: 8 }, () => postWithToken(baseUrl, PROGRAMS, { f: orOfNames(5000) })),
    );
    for (const flood of floods) {
      expect(flood.status).toBe(400);
      expect(flood.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    const running = await t.db.read(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN currentQuery',
    );
    expect(running).toEqual([]);
    const normal = await postWithToken(baseUrl, '{ programs { totalCount } }');
    expect(normal).toMatchObject({ status: 200, data: { programs: { totalCount: 5 } } });
  });
});
