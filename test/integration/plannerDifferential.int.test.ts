/**
 * The planner answers exactly as the reference read path (the DataLoaders, level by level):
 * every example operation and a set of hand-picked selections, on the seed plus a synthetic
 * graph, compared as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import pino from 'pino';

import { createContext } from '../../src/context';
import { importDocument } from '../../src/import/importDocument';
import type { BuiltServer } from '../../src/server';
import { buildServer, PROJECT_ROOT } from '../../src/server';
import { syntheticDocument } from '../utils/syntheticDocument';
import type { TestServer } from '../utils/testServer';
import { startTestServer, testConfig } from '../utils/testServer';

let t: TestServer;
let reference: BuiltServer;
const referenceConfig = testConfig({ READ_PATH: 'loaders' });
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
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
  reference = await buildServer({ config: referenceConfig, db: t.db, logger });
});

afterAll(async () => {
  await reference.apollo.stop();
  await t.stop();
});

async function referenceAnswer(query: string, variables?: Record<string, unknown>) {
  const response = await reference.apollo.executeOperation(
    { query, variables },
    { contextValue: createContext({ db: t.db, config: referenceConfig, logger }) },
  );
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
}

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
