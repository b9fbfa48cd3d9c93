/** One Cypher statement as it went: how long until its result arrived, and whether it failed. */
export interface StatementEvent {
  seconds: number;
  failed: boolean;
}

/** One transaction, from its session's start (or BEGIN) to its end. */
export interface TransactionEvent {
  /** `read`/`write`: a transaction of its own; `shared`: a request's shared read transaction. */
  kind: 'read' | 'write' | 'shared';
  seconds: number;
  /** `failed` when it ended in an error (a timeout, an unavailable database, a conflict). */
  outcome: 'ok' | 'failed';
}

type Listener<T> = (event: T) => void;

/**
 * What the database layer tells observers (the server's metrics): every statement and every
 * transaction with its duration. One instance per process, shared by a database and the
 * per-request databases made from it; listeners must not throw.
 */
export class DatabaseInstruments {
  private readonly statementListeners: Listener<StatementEvent>[] = [];
  private readonly transactionListeners: Listener<TransactionEvent>[] = [];

  /** Calls `listener` after every statement. */
  onStatement(listener: Listener<StatementEvent>): void {
    this.statementListeners.push(listener);
  }

  /** Calls `listener` after every transaction. */
  onTransaction(listener: Listener<TransactionEvent>): void {
    this.transactionListeners.push(listener);
  }

  statement(event: StatementEvent): void {
    for (const listener of this.statementListeners) listener(event);
  }

  transaction(event: TransactionEvent): void {
    for (const listener of this.transactionListeners) listener(event);
  }
}
