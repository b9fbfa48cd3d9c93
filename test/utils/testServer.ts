import { join } from 'node:path';

import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import pino from 'pino';

import type { Config } from '../../src/config';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { connectDatabase } from '../../src/db/connectDatabase';
import type { Database } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrations';
import { importFiles, seedFiles } from '../../src/import/importFiles';
import { PROJECT_ROOT } from '../../src/projectRoot';
import type { BuiltServer } from '../../src/server';
import { buildServer } from '../../src/server';

/** The result of one operation: data and errors as a client sees them. */
export interface OperationResult<T = Record<string, unknown>> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/** A real server on the suite's Neo4j, with a counter of the statements sent. */
export interface TestServer {
  config: Config;
  db: Database;
  server: BuiltServer;
  /** Statements sent to Neo4j since the last `resetQueryCount()`. */
  queries: string[];
  resetQueryCount(): void;
  execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<OperationResult<T>>;
  /** Imports the curated seed documents. */
  seed(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The test configuration: the suite's Neo4j, silent logs, overrides applied. The transaction
 * timeout is a minute unless set: a first query plans on a cold cache, and on a busy machine
 * that alone can pass the 10 s default (the timeout tests set their own).
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NEO4J_TX_TIMEOUT_MS: '60000',
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

/** Deletes every node and relationship (the one database is shared by all test files). */
export async function cleanDatabase(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
}

/**
 * Builds the real server against a cleaned, migrated database (logging to `options.logger`,
 * silent by default). Each test file calls it in `beforeAll` and `stop()` in `afterAll`.
 */
export async function startTestServer(
  overrides: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<TestServer> {
  const config = testConfig(overrides);
  const queries: string[] = [];
  const db = await connectDatabase(config, (cypher) => queries.push(cypher));
  await cleanDatabase(db);
  await applyMigrations(db);
  const logger = options.logger ?? pino({ level: 'silent' });
  const server = await buildServer({ config, db, logger });
  return {
    config,
    db,
    server,
    queries,
    resetQueryCount: () => {
      queries.length = 0;
    },
    async execute<T>(query: string, variables?: Record<string, unknown>) {
      const response = await server.apollo.executeOperation(
        { query, variables },
        { contextValue: createContext({ db, config, logger }) },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return {
        data: response.body.singleResult.data as T | null | undefined,
        errors: response.body.singleResult.errors,
      };
    },
    async seed() {
      await importFiles(db, seedFiles(join(PROJECT_ROOT, 'seed', 'documents')));
    },
    async stop() {
      await cleanDatabase(db);
      await server.apollo.stop();
      await db.driver.close();
    },
  };
}

/** The same graph read through the reference path (`READ_PATH=loaders`, level by level). */
export interface ReferencePath {
  execute(query: string, variables?: Record<string, unknown>): Promise<OperationResult>;
  stop(): Promise<void>;
}

/**
 * A second server on `t`'s database that answers through the DataLoaders instead of the planner:
 * what the planner is compared with, and what statement counts of the loaders are measured on.
 */
export async function startReferencePath(t: TestServer): Promise<ReferencePath> {
  const config = testConfig({ READ_PATH: 'loaders' });
  const logger = pino({ level: 'silent' });
  const server = await buildServer({ config, db: t.db, logger });
  return {
    async execute(query, variables) {
      const response = await server.apollo.executeOperation(
        { query, variables },
        { contextValue: createContext({ db: t.db, config, logger }) },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
    },
    stop: () => server.apollo.stop(),
  };
}

/** Node and relationship counts of the knowledge graph (the audit trail left out). */
export async function graphCounts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read(
    'RETURN COUNT { (n) WHERE NOT n:AuditEntry } AS nodes, COUNT { ()-[r]->() } AS relationships',
  );
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
}

/** A digest of the knowledge graph's content (ids, labels, properties, relationships; no audit trail). */
export async function graphFingerprint(db: Database): Promise<string> {
  const rows = await db.read(
    `MATCH (n) WHERE NOT n:AuditEntry WITH n ORDER BY n.id
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m ORDER BY type(r), m.id, r.role
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
            collect([type(r), m.id, properties(r)]) AS rels`,
  );
  return JSON.stringify(rows);
}

/**
 * The knowledge graph's content (the audit trail left out) with every list sorted: writers
 * running at once may append to a list in another order than one after another would.
 */
export async function normalizedGraph(db: Database): Promise<string> {
  const rows = await db.read(
    `MATCH (n) WHERE NOT n:AuditEntry
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m ORDER BY type(r), m.id, r.role
     RETURN labels(n) AS labels, properties(n) AS props, collect([type(r), m.id, properties(r)]) AS rels
     ORDER BY props.id`,
  );
  const sortLists = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sortLists).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort()
              .map(([k, v]) => [k, sortLists(v)]),
          )
        : value;
  return JSON.stringify(sortLists(rows));
}
