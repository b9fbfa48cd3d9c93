import neo4j from 'neo4j-driver';
import type { Driver, Session, Transaction } from 'neo4j-driver';

/** Past its timeout, how long an unclosed transaction keeps its connection before it is closed. */
const RELEASE_MARGIN_MS = 10_000;

/**
 * The one read transaction a GraphQL request's reads share. A request resolves its selection in
 * a few waves of DataLoader batches; each batch in a transaction of its own costs a session, a
 * BEGIN and a COMMIT around every statement (several milliseconds each on a busy machine), where
 * one transaction for the whole request sends its statements back to back on one connection.
 * Opened on the first read, closed when the request has answered (`close`); its Neo4j timeout is
 * what is left of the request's time budget, so Neo4j cancels it when the budget runs out.
 */
export class RequestTransaction {
  private session: Session | null = null;
  private transaction: Transaction | null = null;
  private ended = false;
  private safetyNet: NodeJS.Timeout | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly dueAt: number,
  ) {}

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
    });
    // Statements run on it wait for BEGIN themselves: no round trip is spent waiting here.
    this.transaction = this.session.beginTransaction({ timeout });
    // Should a request never report its end, its connection still goes back to the pool.
    this.safetyNet = setTimeout(() => void this.close(), timeout + RELEASE_MARGIN_MS);
    this.safetyNet.unref();
    return this.transaction;
  }

  /**
   * Ends the transaction (nothing was written: rolling back releases it as well as a commit)
   * and returns its connection to the pool. Safe to call more than once; never throws.
   */
  async close(): Promise<void> {
    this.ended = true;
    if (this.safetyNet) clearTimeout(this.safetyNet);
    const { session, transaction } = this;
    this.session = null;
    this.transaction = null;
    if (transaction?.isOpen()) await transaction.rollback().catch(() => undefined);
    await session?.close().catch(() => undefined);
  }
}
