import { randomBytes } from 'node:crypto';

import { auth, driver as createDriver } from 'neo4j-driver';

/** A Neo4j user and its password. */
export interface DatabaseUser {
  user: string;
  password: string;
}

/** A driver on the system database with the admin's credentials, for one statement. */
async function asAdmin(
  options: { uri: string; adminUser?: string; adminPassword: string },
  statement: string,
  params: Record<string, unknown>,
): Promise<void> {
  const admin = createDriver(
    options.uri,
    auth.basic(options.adminUser ?? 'neo4j', options.adminPassword),
  );
  try {
    await admin.executeQuery(statement, params, { database: 'system' });
  } finally {
    await admin.close();
  }
}

/**
 * Creates the user `user` (or resets it) with a fresh random password, with the admin's
 * credentials. A production server refuses the local Neo4j's development password, so the
 * scenarios, tests and benchmark that run one against a local Neo4j give it a user of its own
 * (Community Edition users have every right).
 */
export async function createDatabaseUser(options: {
  uri: string;
  adminUser?: string;
  adminPassword: string;
  user: string;
}): Promise<DatabaseUser> {
  const password = randomBytes(18).toString('hex');
  await asAdmin(
    options,
    'CREATE OR REPLACE USER $user SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED',
    { user: options.user, password },
  );
  return { user: options.user, password };
}

/** Drops the user `user` if it exists. */
export async function dropDatabaseUser(options: {
  uri: string;
  adminUser?: string;
  adminPassword: string;
  user: string;
}): Promise<void> {
  await asAdmin(options, 'DROP USER $user IF EXISTS', { user: options.user });
}
