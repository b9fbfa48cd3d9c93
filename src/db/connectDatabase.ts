import neo4j, { Neo4jError } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

import type { Config } from '../config';
import { Database } from './database';

/** A start-up failure; its message is one line saying what is wrong and how to fix it. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Creates the process's one driver, tuned to fail fast when the database is away. */
export function createDriver(config: Config): Driver {
  const { uri, user, password, retryMs } = config.neo4j;
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxTransactionRetryTime: retryMs,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    // A request runs its loaders in parallel, each on a connection of its own: room for many.
    maxConnectionPoolSize: config.neo4j.maxConnectionPoolSize,
    userAgent: 'cooperation-kg',
  });
}

/**
 * Connects to Neo4j and checks that it answers, or throws a `StartupError` whose one line says
 * why (unreachable, wrong credentials, unknown database) and what to do.
 */
export async function connectDatabase(
  config: Config,
  onQuery?: (cypher: string) => void,
): Promise<Database> {
  const driver = createDriver(config);
  const { uri, user, database, externalUri } = config.neo4j;
  let resolved: string | undefined;
  const fix = externalUri
    ? 'check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD'
    : 'start it with `npm run db:start` (or set NEO4J_URI)';
  try {
    await driver.verifyAuthentication({ database });
    await driver.executeQuery('RETURN 1', {}, { database });
    resolved = database ?? (await homeDatabase(driver));
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized') {
      throw new StartupError(
        `Neo4j at ${uri} refused user "${user}": set NEO4J_PASSWORD (and NEO4J_USER) to its credentials.`,
      );
    }
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
      throw new StartupError(
        `Neo4j at ${uri} has no database "${database ?? ''}": fix NEO4J_DATABASE or leave it unset.`,
      );
    }
    throw new StartupError(`Cannot reach Neo4j at ${uri} (${reason}): ${fix}.`);
  }
  return new Database(driver, {
    database: resolved,
    transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
    onQuery,
  });
}

/**
 * The user's home database, asked once: a session without a database name makes the driver
 * resolve it again for every transaction (about a millisecond each, per statement). Undefined
 * (the driver resolves it) where the server does not say.
 */
async function homeDatabase(driver: Driver): Promise<string | undefined> {
  try {
    const { records } = await driver.executeQuery('SHOW HOME DATABASE YIELD name', {}, {});
    const name: unknown = records[0]?.get('name');
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}
