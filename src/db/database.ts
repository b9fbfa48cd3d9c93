import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';

import { mapDatabaseError } from './mapDatabaseError';
import { toPlain } from './toPlain';

/** A result row with plain JS values (see `toPlain`). */
export type Row = Record<string, unknown>;

/** Parameters of a Cypher statement; integers must be sent with `neo4j.int`. */
export type Params = Record<string, unknown>;

/**
 * Curation (imports, merges, retractions and their dry runs) may touch thousands of facts and
 * plans many statements on a cold cache: it gets this long instead of the API's read timeout.
 */
export const CURATION_TIMEOUT_MS = 300_000;

export interface DatabaseOptions {
  /** Database name; the server's default when undefined. */
  database: string | undefined;
  /** Every transaction is cancelled in Neo4j after this long. */
  transactionTimeoutMs: number;
  /** Called once for each statement sent (tests count them to prove there is no N+1). */
  onQuery?: (cypher: string) => void;
}

/**
 * The one place that talks to Neo4j: a session per unit of work, read or write transactions,
 * parameters only, a server-side timeout, and driver errors turned into typed GraphQL errors.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  /** Runs one read statement in a read transaction and returns its rows as plain values. */
  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.readTransaction(async (tx) => rowsOf(await this.run(tx, cypher, params)));
  }

  /** Runs one write statement in a write transaction and returns its rows as plain values. */
  async write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction(async (tx) => rowsOf(await this.run(tx, cypher, params)));
  }

  /** Runs `work` in a read transaction (routed to readers on a cluster); `work` may run twice. */
  async readTransaction<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs: number = this.options.transactionTimeoutMs,
  ): Promise<T> {
    return this.withSession('READ', (session) => session.executeRead(work, { timeout: timeoutMs }));
  }

  /** Runs `work` in one write transaction; `work` may run twice, so it must be idempotent. */
  async writeTransaction<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs: number = this.options.transactionTimeoutMs,
  ): Promise<T> {
    return this.withSession('WRITE', (session) =>
      session.executeWrite(work, { timeout: timeoutMs }),
    );
  }

  /** Sends one statement inside a transaction, counting it for observers. */
  async run(tx: ManagedTransaction, cypher: string, params: Params = {}): Promise<QueryResult> {
    this.options.onQuery?.(cypher);
    return tx.run(cypher, params);
  }

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (error) {
      throw mapDatabaseError(error, this.options.transactionTimeoutMs);
    } finally {
      await session.close();
    }
  }
}

/** The rows of a result as plain objects. */
export function rowsOf(result: QueryResult): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}
