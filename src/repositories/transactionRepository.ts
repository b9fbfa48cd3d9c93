import type { Database } from '../db/database';

/**
 * How many transactions Neo4j is running whose current query contains `fragment` (this query
 * excluded): lets reliability checks see that a cancelled or orphaned query really ended in the
 * database, not only in Node.
 */
export async function countRunningTransactions(db: Database, fragment: string): Promise<number> {
  const rows = await db.read(
    `SHOW TRANSACTIONS YIELD currentQuery
     WHERE currentQuery CONTAINS $fragment AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
     RETURN count(*) AS running`,
    { fragment },
  );
  return Number(rows[0]?.running ?? 0);
}

/**
 * How many transactions are open in Neo4j that started at or after `since` (this query
 * excluded), whatever they run: a transaction that was cancelled while Neo4j still planned it
 * stays open as "Terminated", without a query, until the planning ends.
 */
export async function countTransactionsSince(db: Database, since: Date): Promise<number> {
  const rows = await db.read(
    `SHOW TRANSACTIONS YIELD currentQuery, startTime
     WHERE datetime(startTime) >= datetime($since) AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
     RETURN count(*) AS open`,
    { since: since.toISOString() },
  );
  return Number(rows[0]?.open ?? 0);
}
