import { ConfigError, loadConfig } from '../../src/config';

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
  expect(config.admission).toEqual({ maxConcurrent: 8, maxQueued: 1_000, maxWaitMs: 30_000 });
});

test('admission limits come from the environment', () => {
  const config = loadConfig({
    MAX_CONCURRENT_REQUESTS: '32',
    MAX_QUEUED_REQUESTS: '0',
    REQUEST_QUEUE_TIMEOUT_MS: '5000',
  });
  expect(config.admission).toEqual({ maxConcurrent: 32, maxQueued: 0, maxWaitMs: 5_000 });
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
  expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({
    graphiql: false,
    introspection: false,
  });
  expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
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
