import { GraphQLError } from 'graphql';
import type { Driver, Session, Transaction as DriverTransaction } from 'neo4j-driver';
import neo4j, { Neo4jError } from 'neo4j-driver';

import { ErrorCode } from '../errors';
import type { DatabaseAvailability } from './databaseAvailability';
import { mapDatabaseError } from './mapDatabaseError';
import type { StatementObserver } from './transaction';
import { Transaction, withoutStackCapture } from './transaction';

/** Past its timeout, how long an unclosed transaction keeps its connection before it is closed. */
const RELEASE_MARGIN_MS = 10_000;

/**
 * One GraphQL request's scope in the database: the one read transaction its reads share, the
 * request's time budget for reads and the bookmarks they wait for. A request resolves its
 * selection in a few waves of batches; each batch in a transaction of its own costs a session,
 * a BEGIN and a COMMIT around every statement (several milliseconds each on a busy machine),
 * where one transaction for the whole request sends its statements back to back on one
 * connection. Opened on the first read, closed when the request
 * has answered (`close`); its Neo4j timeout is what is left of the budget, so Neo4j cancels it
 * when the budget runs out. A write of the request starts the reads over (`renew`).
 */
export class RequestScope {
  private session: Session | null = null;
  private transaction: DriverTransaction | null = null;
  private ended = false;
  private safetyNet: NodeJS.Timeout | null = null;
  private dueAt: number;
  private afterWrite: string[];
  private begunAt = 0;
  private failed = false;

  constructor(
    private readonly driver: Driver,
    private readonly budgetMs: number,
    private readonly observer: StatementObserver,
    private readonly availability: DatabaseAvailability,
    bookmarks: readonly string[] = [],
  ) {
    this.dueAt = Date.now() + budgetMs;
    // A client's bookmarks (of a write through another replica): every read waits to see it.
    this.afterWrite = [...bookmarks];
  }

  /** When the request's reads must have answered (epoch ms). */
  get readsDueAt(): number {
    return this.dueAt;
  }

  /** Bookmarks of the request's last write (or the client's): reads wait until they see it. */
  get bookmarks(): string[] {
    return this.afterWrite;
  }

  /**
   * Runs `work` in the request's shared read transaction. Undefined when there is none (the
   * request has answered) or it failed for a reason other than the timeout: the transaction is
   * then unusable, and this work and the request's later reads go to transactions of their own,
   * which the driver retries.
   */
  async read<T>(work: (tx: Transaction) => Promise<T>): Promise<{ value: T } | undefined> {
    const tx = this.current();
    if (!tx) return undefined;
    try {
      const remaining = Math.max(0, this.dueAt - Date.now());
      const value = await this.availability.guard(
        work(new Transaction(tx, this.observer)),
        remaining,
        () => {
          this.failed = true;
          void this.close();
        },
      );
      return { value };
    } catch (error) {
      // The work's own errors (a bad cursor, a bug) leave the transaction as it was.
      if (!(error instanceof Neo4jError)) throw error;
      this.failed = true;
      void this.close();
      const mapped = mapDatabaseError(error, this.budgetMs);
      if (mapped instanceof GraphQLError && mapped.extensions.code === ErrorCode.QUERY_TIMEOUT) {
        throw mapped;
      }
      return undefined;
    }
  }

  /**
   * The open transaction, begun on first use; null once the request has ended or the
   * transaction has failed, and the caller should read in a transaction of its own.
   */
  private current(): DriverTransaction | null {
    if (this.ended) return null;
    if (this.transaction) return this.transaction;
    const timeout = Math.max(1, this.dueAt - Date.now());
    this.session = this.driver.session({
      database: this.observer.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarks: this.afterWrite,
    });
    // Statements run on it wait for BEGIN themselves: no round trip is spent waiting here.
    this.transaction = this.session.beginTransaction({ timeout });
    this.begunAt = performance.now();
    this.failed = false;
    // Should a request never report its end, its connection still goes back to the pool.
    this.safetyNet = setTimeout(() => void this.close(), timeout + RELEASE_MARGIN_MS);
    this.safetyNet.unref();
    return this.transaction;
  }

  /**
   * After a write of the request (a mutation, however long it took): the reads that follow get
   * a full budget again and a new transaction that sees the write, on a cluster too.
   */
  renew(bookmarks: string[]): void {
    void this.release();
    this.dueAt = Date.now() + this.budgetMs;
    this.afterWrite = bookmarks;
  }

  /**
   * Ends the transaction for good and returns its connection to the pool. Safe to call more
   * than once; never throws.
   */
  async close(): Promise<void> {
    this.ended = true;
    await this.release();
  }

  /** Nothing was written in it: rolling back releases it as well as a commit. */
  private async release(): Promise<void> {
    if (this.safetyNet) clearTimeout(this.safetyNet);
    const { session, transaction } = this;
    this.session = null;
    this.transaction = null;
    if (!transaction) return;
    this.observer.instruments.transaction({
      kind: 'shared',
      seconds: (performance.now() - this.begunAt) / 1000,
      outcome: this.failed ? 'failed' : 'ok',
    });
    if (transaction.isOpen())
      await withoutStackCapture(() => transaction.rollback()).catch(() => undefined);
    await session?.close().catch(() => undefined);
  }
}
