import neo4j from 'neo4j-driver';
import type { Driver, Session, Transaction } from 'neo4j-driver';

import type { DatabaseInstruments } from './databaseInstruments';

/** Past its timeout, how long an unclosed transaction keeps its connection before it is closed. */
const RELEASE_MARGIN_MS = 10_000;

/**
 * The one read transaction a GraphQL request's reads share, and the request's time budget for
 * reads. A request resolves its selection in a few waves of DataLoader batches; each batch in a
 * transaction of its own costs a session, a BEGIN and a COMMIT around every statement (several
 * milliseconds each on a busy machine), where one transaction for the whole request sends its
 * statements back to back on one connection. Opened on the first read, closed when the request
 * has answered (`close`); its Neo4j timeout is what is left of the budget, so Neo4j cancels it
 * when the budget runs out. A write of the request starts the reads over (`renew`).
 */
export class RequestTransaction {
  private session: Session | null = null;
  private transaction: Transaction | null = null;
  private ended = false;
  private safetyNet: NodeJS.Timeout | null = null;
  private dueAt: number;
  private afterWrite: string[];
  private begunAt = 0;
  private failed = false;
  private readonly instruments: DatabaseInstruments | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly budgetMs: number,
    options: { bookmarks?: readonly string[]; instruments?: DatabaseInstruments } = {},
  ) {
    this.dueAt = Date.now() + budgetMs;
    // A client's bookmarks (of a write through another replica): every read waits to see it.
    this.afterWrite = [...(options.bookmarks ?? [])];
    this.instruments = options.instruments;
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
   * The open transaction, begun on first use; null once the request has ended or the
   * transaction has failed, and the caller should read in a transaction of its own.
   */
  current(): Transaction | null {
    if (this.ended) return null;
    if (this.transaction) return this.transaction;
    const timeout = Math.max(1, this.dueAt - Date.now());
    this.session = this.driver.session({
      database: this.database,
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

  /** Marks the open transaction as failed (its timings count it so); the caller closes it. */
  markFailed(): void {
    this.failed = true;
  }

  /** Nothing was written in it: rolling back releases it as well as a commit. */
  private async release(): Promise<void> {
    if (this.safetyNet) clearTimeout(this.safetyNet);
    const { session, transaction } = this;
    this.session = null;
    this.transaction = null;
    if (!transaction) return;
    this.instruments?.transaction({
      kind: 'shared',
      seconds: (performance.now() - this.begunAt) / 1000,
      outcome: this.failed ? 'failed' : 'ok',
    });
    if (transaction.isOpen()) await transaction.rollback().catch(() => undefined);
    await session?.close().catch(() => undefined);
  }
}
