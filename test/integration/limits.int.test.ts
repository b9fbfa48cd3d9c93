/**
 * Every limit that protects the server, one test each: the request is refused with its own
 * `extensions.code` and a message that says what the limit is and what was asked.
 */
import type { GraphQLFormattedError } from 'graphql';

import { syntheticDocument } from '../../src/synthetic/syntheticDocument';
import { importDocument } from '../../src/import/importDocument';
import { listen, postGraphQL } from '../utils/listen';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

let t: TestServer;
/** The same server code with a 100 ms transaction timeout, on the same database. */
let impatient: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  // Started before any data exists: startTestServer cleans and migrates under its own timeout.
  impatient = await startTestServer({ NEO4J_TX_TIMEOUT_MS: '100' });
  await t.seed();
});

afterAll(async () => {
  // Not impatient.stop(): cleaning a large graph within 100 ms could itself time out.
  await impatient.server.apollo.stop();
  await impatient.db.driver.close();
  await t.stop();
});

/** The single error an operation fails with; it must carry no stack trace. */
async function errorOf(
  server: TestServer,
  source: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLFormattedError> {
  const result = await server.execute(source, variables);
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors ?? [];
  if (!error) throw new Error('no error');
  expect(error.extensions).not.toHaveProperty('stacktrace');
  return error;
}

describe('page sizes', () => {
  test.each([
    ['people(first: 101) { totalCount }', 101],
    ['programs(last: 250) { totalCount }', 250],
    ['collaborations(organization: "org/ahmu", first: 101) { totalCount }', 101],
    ['search(query: "ahmu", first: 101) { name }', 101],
    ['stats { organizationsByPartners(first: 1000) { partners } }', 1000],
  ])('%s is PAGE_SIZE_EXCEEDED', async (field, requested) => {
    const error = await errorOf(t, `{ ${field} }`);
    expect(error).toMatchObject({
      message: `A page holds at most 100 items; ${requested} were requested. Page with first/after.`,
      extensions: { code: 'PAGE_SIZE_EXCEEDED', requested, maximum: 100 },
    });
  });

  test('100 is allowed', async () => {
    const result = await t.execute('{ people(first: 100) { totalCount } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ people: { totalCount: 8 } });
  });

  test.each([
    ['people(first: -1) { totalCount }', 'first', -1],
    ['organizations(last: -5) { totalCount }', 'last', -5],
    ['search(query: "ahmu", first: -1) { name }', 'first', -1],
    ['stats { peopleByOrganization(first: -2) { people } }', 'first', -2],
  ])('%s is BAD_USER_INPUT', async (field, argument, size) => {
    const error = await errorOf(t, `{ ${field} }`);
    expect(error).toMatchObject({
      message: `"${argument}" cannot be negative (got ${size}).`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('connection hops', () => {
  test.each([7, 0, 100])('maxHops %i is MAX_HOPS_EXCEEDED', async (maxHops) => {
    const error = await errorOf(
      t,
      `{ connection(from: "person/lu-chao", to: "person/wang-jian", maxHops: ${maxHops}) { hops } }`,
    );
    expect(error).toMatchObject({
      message: `"maxHops" must be between 1 and 6 (got ${maxHops}).`,
      extensions: { code: 'MAX_HOPS_EXCEEDED', argument: 'maxHops', maximum: 6 },
    });
  });

  test('maxHops 6 is allowed', async () => {
    const result = await t.execute(
      '{ connection(from: "person/lu-chao", to: "person/wang-jian", maxHops: 6) { hops } }',
    );
    expect(result).toEqual({ data: { connection: { hops: 2 } }, errors: undefined });
  });
});

describe('the shape of the operation (graphql-armor)', () => {
  /**
   * `organization { units { organization { ... leaf } } }` with `levels` units: armor counts
   * every field on the way down, so the depth is 1 + 2 * levels + the leaf's depth.
   */
  const nestedUnits = (levels: number, leaf = 'id') => {
    let selection = leaf;
    for (let i = 0; i < levels; i += 1) selection = `units { organization { ${selection} } }`;
    return `{ organization(id: "org/ahmu") { ${selection} } }`;
  };

  test('depth 13 is QUERY_TOO_DEEP', async () => {
    const error = await errorOf(t, nestedUnits(5, 'units { relation }'));
    expect(error).toEqual({
      message: 'Query depth limit of 12 exceeded, found 13.',
      extensions: { code: 'QUERY_TOO_DEEP' },
    });
  });

  test('depth 12 is allowed', async () => {
    const result = await t.execute(nestedUnits(5));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ organization: { units: expect.any(Array) as unknown } });
  });

  test('depth 14 is QUERY_TOO_DEEP too, and the message says how deep', async () => {
    const error = await errorOf(t, nestedUnits(6));
    expect(error).toMatchObject({
      message: 'Query depth limit of 12 exceeded, found 14.',
      extensions: { code: 'QUERY_TOO_DEEP' },
    });
  });

  test('a cost above 20000 is QUERY_TOO_COMPLEX', async () => {
    // Shallow enough (depth 10) and without aliases, but every level multiplies the cost.
    const error = await errorOf(
      t,
      `{ programs(first: 100) { nodes { parties { organization { units { organization {
          positions { person { positions { organization { name } } } } } } } } } } }`,
    );
    expect(error.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    expect(error.message).toMatch(/^Query Cost limit of 20000 exceeded, found \d+(\.\d+)?\.$/);
  });

  test('31 aliases are TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: node(id: "org/ahmu") { id }`);
    const error = await errorOf(t, `{ ${aliases.join(' ')} }`);
    expect(error).toEqual({
      message: 'Aliases limit of 30 exceeded, found 31.',
      extensions: { code: 'TOO_MANY_ALIASES' },
    });
    const allowed = await t.execute(`{ ${aliases.slice(0, 30).join(' ')} }`);
    expect(allowed.errors).toBeUndefined();
  });

  test('21 directives are TOO_MANY_DIRECTIVES', async () => {
    const fields = Array.from({ length: 21 }, () => '__typename @include(if: true)');
    const error = await errorOf(t, `{ ${fields.join(' ')} }`);
    expect(error).toEqual({
      message: 'Directives limit of 20 exceeded, found 21.',
      extensions: { code: 'TOO_MANY_DIRECTIVES' },
    });
  });

  describe('over HTTP', () => {
    let baseUrl: string;

    // t.stop() drains and closes the listening HTTP server.
    beforeAll(async () => {
      baseUrl = await listen(t.server);
    });

    const tooManyTokens = `{ ${Array.from({ length: 5001 }, () => '__typename').join(' ')} }`;

    test('more than 5000 tokens is QUERY_TOO_LARGE', async () => {
      const { body } = await postGraphQL(baseUrl, tooManyTokens);
      expect(body).toEqual({
        errors: [
          { message: 'Token limit of 5000 exceeded.', extensions: { code: 'QUERY_TOO_LARGE' } },
        ],
      });
    });

    test('more than 5000 tokens is a client error (HTTP 400), not a 500', async () => {
      const { status } = await postGraphQL(baseUrl, tooManyTokens);
      expect(status).toBe(400);
    });

    test('the other limits are HTTP 400 with their codes', async () => {
      const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: node(id: "org/bgi") { id }`);
      const { status, body } = await postGraphQL(baseUrl, `{ ${aliases.join(' ')} }`);
      expect(status).toBe(400);
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['TOO_MANY_ALIASES']);
      const deep = await postGraphQL(baseUrl, nestedUnits(6));
      expect(deep.status).toBe(400);
      expect(deep.body.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_DEEP']);
    });
  });
});

describe('filters', () => {
  /** `{ not: { not: ... { name: ... } } }` with `nots` levels of `not` under the top level. */
  const nestedNot = (nots: number) => {
    let filter = '{ name: { contains: "a" } }';
    for (let i = 0; i < nots; i += 1) filter = `{ not: ${filter} }`;
    return filter;
  };

  test('filters nested deeper than 6 levels are BAD_USER_INPUT', async () => {
    const error = await errorOf(t, `{ organizations(filter: ${nestedNot(6)}) { totalCount } }`);
    expect(error).toMatchObject({
      message:
        'Filters can nest at most 6 levels deep (MAX_FILTER_DEPTH); "filter.not.not.not.not.not.not" is level 7.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter', limit: 'MAX_FILTER_DEPTH' },
    });
  });

  test('6 levels are allowed', async () => {
    // Five nots around a name condition: the organizations with no "a" in any name pass.
    const result = await t.execute(`{ organizations(filter: ${nestedNot(5)}) { nodes { id } } }`);
    expect(result).toEqual({
      data: { organizations: { nodes: [{ id: 'org/bgi' }, { id: 'org/bgi-center' }] } },
      errors: undefined,
    });
  });

  test('hasProgram and hasParty count as levels too', async () => {
    const seven = `{ organizations(filter: { hasProgram: { hasParty: { hasProgram: { hasParty: {
      hasProgram: { hasParty: { name: { contains: "a" } } } } } } } }) { totalCount } }`;
    const error = await errorOf(t, seven);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter' });
    const sixOnPrograms = `{ programs(filter: { and: [{ or: [{ hasParty: { hasProgram: {
      not: { status: [ENDED] } } } }] }] }) { totalCount } }`;
    const result = await t.execute(sixOnPrograms);
    expect(result.errors).toBeUndefined();
  });
});

describe('search text', () => {
  test.each(['', '   ', '\t\n'])('an empty query (%p) is BAD_USER_INPUT', async (text) => {
    const error = await errorOf(t, 'query($q: String!) { search(query: $q) { name } }', {
      q: text,
    });
    expect(error).toMatchObject({
      message: '"query" cannot be empty.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'query' },
    });
  });

  test('a query longer than 200 characters is BAD_USER_INPUT', async () => {
    const error = await errorOf(t, 'query($q: String!) { search(query: $q) { name } }', {
      q: 'a'.repeat(201),
    });
    expect(error).toMatchObject({
      message: '"query" can be at most 200 characters.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'query' },
    });
  });

  test('a query of only Lucene operators finds nothing instead of failing', async () => {
    const result = await t.execute('{ search(query: "*:* OR ~ (") { name } }');
    expect(result).toEqual({ data: { search: [] }, errors: undefined });
  });
});

describe('the transaction timeout', () => {
  /**
   * Every organization that is party to a program that has a party that is party to a program
   * ... (five hops), ending in a condition no program meets: the database has to enumerate all
   * the chains. On 80 programs that each have the hub and 3 partners (20 organizations) that
   * is seconds of work, far beyond 100 ms.
   */
  const SLOW = `{ organizations(filter: { hasProgram: { hasParty: { hasProgram: { hasParty: {
    hasProgram: { name: { equals: "no such program" } } } } } } }) { totalCount } }`;

  beforeAll(async () => {
    await importDocument(
      t.db,
      syntheticDocument({ key: 'dense', organizations: 20, programs: 80, partnersPerProgram: 3 }),
      { file: 'dense.yaml' },
    );
  });

  test('a query running past NEO4J_TX_TIMEOUT_MS is cancelled with QUERY_TIMEOUT', async () => {
    // QUERY_TIMEOUT comes only from Neo4j's own TransactionTimedOut: the database cancelled it.
    const error = await errorOf(impatient, SLOW);
    expect(error).toMatchObject({
      message:
        'The query took longer than 100 ms and was cancelled; narrow it (fewer hops, a filter, a smaller page).',
      path: ['organizations'],
      extensions: { code: 'QUERY_TIMEOUT', timeoutMs: 100 },
    });
  });

  test('the same server answers quick queries within the timeout', async () => {
    const result = await impatient.execute('{ organization(id: "org/ahmu") { name } }');
    expect(result).toEqual({
      data: { organization: { name: 'Anhui Medical University' } },
      errors: undefined,
    });
  });
});
