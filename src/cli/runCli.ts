import { GraphQLError } from 'graphql';

import { ExportInvalidError } from '../backup/graphExport';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connectDatabase';
import type { Database } from '../db/database';
import { applyMigrations } from '../db/migrations';
import { describeStartupFailure } from '../startupFailure';

/**
 * Runs a command-line task against the configured Neo4j (migrated first): prints its one-line
 * failure and exits 1 on error, closes the driver either way.
 */
export function runCli(task: (db: Database) => Promise<void>): void {
  const run = async () => {
    const config = loadConfig();
    const db = await connectDatabase(config);
    try {
      await applyMigrations(db);
      await task(db);
    } finally {
      await db.driver.close();
    }
  };
  run().catch((error: unknown) => {
    console.error(
      error instanceof GraphQLError || error instanceof ExportInvalidError
        ? `cooperation-kg: ${error.message}`
        : describeStartupFailure(error, null),
    );
    process.exit(1);
  });
}
