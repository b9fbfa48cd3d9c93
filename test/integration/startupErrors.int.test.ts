import { connectDatabase, StartupError } from '../../src/db/connectDatabase';
import { describeStartupFailure } from '../../src/startupFailure';
import { testConfig } from '../utils/testServer';

const maybe = process.env.NEO4J_URI ? test.skip : test;

test('Neo4j down: one line naming the URI and how to start it', async () => {
  const config = testConfig({ NEO4J_BOLT_PORT: '1' });
  const failure = await connectDatabase(config).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(StartupError);
  const line = describeStartupFailure(failure, config);
  expect(line).toMatch(
    /^cooperation-kg: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 \(.+\): start it with `npm run db:start` \(or set NEO4J_URI\)\.$/,
  );
  expect(line).not.toContain('\n');
});

maybe('wrong password: one line saying which credentials to set', async () => {
  const config = testConfig({ NEO4J_PASSWORD: 'not-the-password' });
  const failure = await connectDatabase(config).catch((error: unknown) => error);
  expect(describeStartupFailure(failure, config)).toMatch(
    /^cooperation-kg: Neo4j at bolt:\/\/127\.0\.0\.1:\d+ refused user "neo4j": set NEO4J_PASSWORD \(and NEO4J_USER\) to its credentials\.$/,
  );
});

test('a taken port: one line saying to set PORT', () => {
  const error = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
  expect(describeStartupFailure(error, testConfig({ PORT: '4321' }))).toBe(
    'cooperation-kg: port 4321 is already in use: stop what uses it or set PORT.',
  );
});
