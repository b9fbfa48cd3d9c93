import { GraphQLError } from 'graphql';
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

import { ErrorCode, queryTimeout } from '../errors';
import { DatabaseAvailability } from './databaseAvailability';
import { DatabaseInstruments } from './databaseInstruments';
import { mapDatabaseError } from './mapDatabaseError';
import { RequestScope } from './requestScope';
import type { Params, Row, StatementObserver } from './transaction';
import { Transaction } from './transaction';

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
  /** When set, the request these reads belong to (see `forRequest`). */
  request?: RequestScope;
  /** Shared by the process's databases; a new one when not given. */
  availability?: DatabaseAvailability;
  /** Statement and transaction timings for observers; shared like `availability`. */
  instruments?: DatabaseInstruments;
}

/**
 * The one place that talks to Neo4j: a session per unit of work, read or write transactions,
 * parameters only, a server-side timeout, and driver errors turned into typed GraphQL errors.
 */
export class Database {
  /** Whether Neo4j answered the last transaction (shared with `forRequest`'s databases). */
  readonly availability: DatabaseAvailability;
  /** Timings of every statement and transaction (shared with `forRequest`'s databases). */
  readonly instruments: DatabaseInstruments;

  private readonly observer: StatementObserver;

  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {
    this.availability = options.availability ?? new DatabaseAvailability();
    this.instruments = options.instruments ?? new DatabaseInstruments();
    this.observer = {
      database: options.database,
      onQuery: options.onQuery,
      instruments: this.instruments,
    };
  }

  /**
   * The same database for one request: its reads share one read transaction and one time budget
   * of the transaction timeout, so a request of several sequential reads cannot take a multiple
   * of it (as it would against a Neo4j that accepts connections but holds transactions back
   * while it starts). A write of the request gives the reads after it a new transaction that
   * sees the write, and a new budget (see `RequestScope`). `bookmarks` (a client's, from a write
   * it made through any replica) make every read of the request wait until it sees them.
   */
  forRequest(options: { bookmarks?: readonly string[] } = {}): Database {
    const request = new RequestScope(
      this.driver,
      this.options.transactionTimeoutMs,
      this.observer,
      this.availability,
      options.bookmarks,
    );
    return new Database(this.driver, {
      ...this.options,
      availability: this.availability,
      instruments: this.instruments,
      request,
    });
  }

  /**
   * The bookmarks a request's reads wait for: those of its last write, else those the client
   * sent; empty outside a request.
   */
  requestBookmarks(): string[] {
    return this.options.request?.bookmarks ?? [];
  }

  /** Ends the read transaction a request's reads shared (see `forRequest`); safe to repeat. */
  async endRequest(): Promise<void> {
    await this.options.request?.close();
  }

  /** Runs one read statement in a read transaction and returns its rows as plain values. */
  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.readTransaction(async (tx) => tx.rows(cypher, params));
  }

  /** Runs one read statement and returns its records as the driver gives them (a plan reads them). */
  async readRecords(cypher: string, params: Params = {}): Promise<Neo4jRecord[]> {
    return this.readTransaction(async (tx) => (await tx.run(cypher, params)).records);
  }

  /** Runs one write statement in a write transaction and returns its rows as plain values. */
  async write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction(async (tx) => tx.rows(cypher, params));
  }

  /** Runs `work` in a read transaction (routed to readers on a cluster); `work` may run twice. */
  async readTransaction<T>(work: (tx: Transaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const timeout = timeoutMs ?? this.options.transactionTimeoutMs;
    // An explicit timeout (curation's long reads) is its own budget; API reads share the request's.
    const shared = timeoutMs === undefined ? this.options.request : undefined;
    if (shared) {
      const answered = await shared.read(work);
      if (answered) return answered.value;
    }
    // A request whose budget is spent gets no new transaction: it ran out of time, and the
    // database is not to blame (nor marked unavailable) for it.
    const remaining = shared ? Math.min(timeout, shared.readsDueAt - Date.now()) : timeout;
    if (remaining <= 0) throw queryTimeout(this.options.transactionTimeoutMs);
    return this.withSession('READ', remaining, (session) =>
      session.executeRead((tx) => work(new Transaction(tx, this.observer)), { timeout: remaining }),
    );
  }

  /** Runs `work` in one write transaction; `work` may run twice, so it must be idempotent. */
  async writeTransaction<T>(
    work: (tx: Transaction) => Promise<T>,
    timeoutMs: number = this.options.transactionTimeoutMs,
  ): Promise<T> {
    const request = this.options.request;
    return this.withSession('WRITE', timeoutMs, async (session) => {
      const written = await session.executeWrite((tx) => work(new Transaction(tx, this.observer)), {
        timeout: timeoutMs,
      });
      request?.renew(session.lastBookmarks());
      return written;
    });
  }

  /**
   * Runs `work` in a new session. Neo4j cancels a running transaction at its timeout, but cannot
   * cut short what happens before one starts (a database that accepts connections while it is
   * still starting holds new transactions back): past `deadlineMs` plus a margin the session is
   * abandoned and the caller gets DATABASE_UNAVAILABLE, so no request hangs.
   */
  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    deadlineMs: number,
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // After a write of the request, its reads see that write (on a cluster too).
      bookmarks: this.options.request?.bookmarks,
    });
    let abandoned = false;
    const started = performance.now();
    let outcome: 'ok' | 'failed' = 'failed';
    try {
      const value = await this.availability.guard(work(session), deadlineMs, () => {
        abandoned = true;
      });
      outcome = 'ok';
      return value;
    } catch (error) {
      const mapped = mapDatabaseError(error, this.options.transactionTimeoutMs);
      if (hasCode(mapped, ErrorCode.DATABASE_UNAVAILABLE)) this.availability.reportUnavailable();
      throw mapped;
    } finally {
      // An abandoned session closes in the background: closing waits for its transaction.
      if (abandoned) session.close().catch(() => undefined);
      else await session.close();
      this.instruments.transaction({
        kind: mode === 'READ' ? 'read' : 'write',
        seconds: (performance.now() - started) / 1000,
        outcome,
      });
    }
  }
}

function hasCode(error: unknown, code: ErrorCode): boolean {
  return error instanceof GraphQLError && error.extensions.code === code;
}
