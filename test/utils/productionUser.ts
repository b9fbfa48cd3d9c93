import { createDatabaseUser, dropDatabaseUser } from '../../neo4j/databaseUser';
import { LOCAL_NEO4J_DEFAULT_PASSWORD } from '../../src/config';
import { TEST_BOLT_PORT } from './testPorts';

const USER = 'cooperation-kg-production-test';

const admin = () => ({
  uri: process.env.NEO4J_URI ?? `bolt://127.0.0.1:${TEST_BOLT_PORT}`,
  adminUser: process.env.NEO4J_USER,
  adminPassword: process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD,
});

/**
 * Server overrides for a production server on the suite's Neo4j: production refuses the
 * development password, so a database user of its own is created (the configured credentials
 * are used as they are when they are not the development ones).
 */
export async function productionOverrides(): Promise<Record<string, string>> {
  const { adminPassword } = admin();
  if (adminPassword !== LOCAL_NEO4J_DEFAULT_PASSWORD) return { NODE_ENV: 'production' };
  const { user, password } = await createDatabaseUser({ ...admin(), user: USER });
  return { NODE_ENV: 'production', NEO4J_USER: user, NEO4J_PASSWORD: password };
}

/** Drops the user `productionOverrides` created, if it did. */
export async function dropProductionUser(): Promise<void> {
  if (admin().adminPassword === LOCAL_NEO4J_DEFAULT_PASSWORD) {
    await dropDatabaseUser({ ...admin(), user: USER });
  }
}
