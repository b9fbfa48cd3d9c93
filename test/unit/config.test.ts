import {
  ConfigError,
  loadConfig,
  loadLocalNeo4jMemorySettings,
  loadLocalNeo4jSettings,
} from '../../src/config';

test('defaults run the local Neo4j on 7687 and serve on 127.0.0.1:4000', () => {
  const config = loadConfig({});
  expect(config.port).toBe(4000);
  expect(config.host).toBe('127.0.0.1');
  expect(config.neo4j).toMatchObject({
    externalUri: null,
    uri: 'bolt://127.0.0.1:7687',
    user: 'neo4j',
    password: 'cooperation-kg-dev',
    transactionTimeoutMs: 10_000,
  });
  expect(config.graphiql).toBe(true);
  expect(config.limits.maxPageSize).toBe(100);
  expect(config.admission).toEqual({
    maxConcurrent: 8,
    maxConcurrentWrites: 2,
    maxQueued: 1_000,
    maxWaitMs: 30_000,
  });
});

test('admission limits come from the environment', () => {
  const config = loadConfig({
    MAX_CONCURRENT_REQUESTS: '32',
    MAX_CONCURRENT_WRITES: '4',
    MAX_QUEUED_REQUESTS: '0',
    REQUEST_QUEUE_TIMEOUT_MS: '5000',
  });
  expect(config.admission).toEqual({
    maxConcurrent: 32,
    maxConcurrentWrites: 4,
    maxQueued: 0,
    maxWaitMs: 5_000,
  });
});

test('NEO4J_URI selects an external database and NEO4J_BOLT_PORT moves the local one', () => {
  expect(loadConfig({ NEO4J_BOLT_PORT: '7688' }).neo4j.uri).toBe('bolt://127.0.0.1:7688');
  const external = loadConfig({
    NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
    NEO4J_PASSWORD: 's3cret',
  });
  expect(external.neo4j).toMatchObject({
    externalUri: 'neo4j+s://abc.databases.neo4j.io',
    password: 's3cret',
  });
});

test('production turns GraphiQL and introspection off unless asked', () => {
  const production = { NODE_ENV: 'production', NEO4J_PASSWORD: 'a-password-of-our-own' };
  expect(loadConfig(production)).toMatchObject({
    graphiql: false,
    introspection: false,
  });
  expect(loadConfig({ ...production, GRAPHIQL: 'true' }).graphiql).toBe(true);
});

test.each([
  ['without NEO4J_PASSWORD', { NODE_ENV: 'production' }],
  [
    'with the development password given explicitly',
    { NODE_ENV: 'production', NEO4J_PASSWORD: 'cooperation-kg-dev' },
  ],
  [
    'with the development password for a NEO4J_URI database',
    {
      NODE_ENV: 'production',
      NEO4J_URI: 'bolt://127.0.0.1:7687',
      NEO4J_PASSWORD: 'cooperation-kg-dev',
    },
  ],
])('production refuses to start %s, in one line saying how to set one', (_name, env) => {
  expect(() => loadConfig(env)).toThrow(
    /^Invalid configuration: NEO4J_PASSWORD="(cooperation-kg-dev)?": production refuses the development password "cooperation-kg-dev": set NEO4J_PASSWORD to a password of your own \(the local Neo4j takes it when it starts\) \(see \.env\.example\)$/,
  );
});

test('development and tests keep the development password', () => {
  expect(loadConfig({ NODE_ENV: 'test' }).neo4j.password).toBe('cooperation-kg-dev');
  expect(loadConfig({}).neo4j.password).toBe('cooperation-kg-dev');
});

test('input, response and HTTP limits have their defaults and come from the environment', () => {
  expect(loadConfig({}).limits).toMatchObject({
    maxListItems: 50,
    maxInputValues: 500,
    maxStringLength: 500,
    maxFilterDepth: 6,
    maxOrderBy: 4,
    maxFilterConditions: 20,
    maxResponseBytes: 5_000_000,
  });
  expect(loadConfig({}).http).toEqual({
    bodyReadTimeoutMs: 10_000,
    responseWriteTimeoutMs: 30_000,
  });
  const set = loadConfig({
    MAX_INPUT_LIST_ITEMS: '10',
    MAX_FILTER_DEPTH: '3',
    MAX_RESPONSE_BYTES: '100000',
    BODY_READ_TIMEOUT_MS: '2000',
  });
  expect(set.limits).toMatchObject({
    maxListItems: 10,
    maxFilterDepth: 3,
    maxResponseBytes: 100_000,
  });
  expect(set.http.bodyReadTimeoutMs).toBe(2_000);
  // The filter compiler never nests deeper than its ceiling, whatever is configured.
  expect(() => loadConfig({ MAX_FILTER_DEPTH: '11' })).toThrow(/MAX_FILTER_DEPTH="11"/);
});

test.each([
  [{ PORT: 'eighty' }, /^Invalid configuration: PORT="eighty": .*\(see \.env\.example\)$/],
  [
    { NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' },
    /NEO4J_URI="http:\/\/localhost:7474": must look like bolt:\/\/host:7687/,
  ],
  [
    { NEO4J_URI: 'neo4j://db:7687' },
    /NEO4J_PASSWORD="": NEO4J_PASSWORD is required when NEO4J_URI/,
  ],
  [{ MAX_PAGE_SIZE: '0' }, /MAX_PAGE_SIZE="0"/],
  [{ GRAPHIQL: 'maybe' }, /GRAPHIQL="maybe"/],
  [{ MAX_CONCURRENT_REQUESTS: '0' }, /MAX_CONCURRENT_REQUESTS="0"/],
])('a wrong value stops start-up with one clear line: %j', (env, message) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  try {
    loadConfig(env);
  } catch (error) {
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  }
});

test('the local Neo4j settings have their defaults and say which variable is wrong', () => {
  expect(loadLocalNeo4jSettings({})).toEqual({
    boltPort: 7687,
    password: 'cooperation-kg-dev',
    startTimeoutMs: undefined,
  });
  expect(
    loadLocalNeo4jSettings({
      NEO4J_BOLT_PORT: ' 7731 ',
      NEO4J_PASSWORD: 's3cret',
      NEO4J_START_TIMEOUT_MS: '5000',
    }),
  ).toEqual({ boltPort: 7731, password: 's3cret', startTimeoutMs: 5000 });
  expect(() => loadLocalNeo4jSettings({ NEO4J_BOLT_PORT: '70000' })).toThrow(
    new ConfigError('NEO4J_BOLT_PORT must be a port number (1-65535), got "70000"'),
  );
  expect(() => loadLocalNeo4jSettings({ NEO4J_START_TIMEOUT_MS: '0' })).toThrow(
    'NEO4J_START_TIMEOUT_MS must be a number of milliseconds, got "0"',
  );
  expect(loadLocalNeo4jMemorySettings({ NEO4J_HEAP_MAX: ' 2g ', NEO4J_WARMUP: 'false' })).toEqual({
    heapMax: '2g',
    pageCache: undefined,
    budget: undefined,
    warmup: false,
  });
});
