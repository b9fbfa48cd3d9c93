import type { ManagedTransaction, QueryResult } from 'neo4j-driver';

import { inStatementSpan } from '../telemetry/statementSpan';
import type { DatabaseInstruments } from './databaseInstruments';
import { toPlain } from './toPlain';

/** A result row with plain JS values (see `toPlain`). */
export type Row = Record<string, unknown>;

/** Parameters of a Cypher statement; integers must be sent with `neo4j.int`. */
export type Params = Record<string, unknown>;

/** What every statement sent is reported to: the query counter, the timings and the trace. */
export interface StatementObserver {
  /** Database name, for the trace; the server's default when undefined. */
  database: string | undefined;
  /** Called once for each statement sent (tests count them to prove there is no N+1). */
  onQuery?: (cypher: string) => void;
  instruments: DatabaseInstruments;
}

/**
 * The driver's managed and explicit transactions both run statements through this one public
 * method; a request's shared (explicit) transaction and `executeRead`'s (managed) one are used
 * alike through it.
 */
export type DriverTransaction = Pick<ManagedTransaction, 'run'>;

/**
 * One transaction as the project's code holds it: the single handle a unit of work passes down
 * (no database beside it), whose statements are counted, timed and traced.
 */
export class Transaction {
  constructor(
    private readonly driverTransaction: DriverTransaction,
    private readonly observer: StatementObserver,
  ) {}

  /** Sends one statement and returns the driver's result (records as the driver gives them). */
  async run(cypher: string, params: Params = {}): Promise<QueryResult> {
    this.observer.onQuery?.(cypher);
    const started = performance.now();
    let failed = true;
    try {
      const result = await inStatementSpan(cypher, this.observer.database, async () =>
        withoutStackCapture(() => this.driverTransaction.run(cypher, params)),
      );
      failed = false;
      return result;
    } finally {
      this.observer.instruments.statement({
        seconds: (performance.now() - started) / 1000,
        failed,
      });
    }
  }

  /** Sends one statement and returns its rows as plain values. */
  async rows(cypher: string, params: Params = {}): Promise<Row[]> {
    return rowsOf(await this.run(cypher, params));
  }
}

/**
 * Calls `start` with stack traces switched off. The driver captures and formats one for every
 * result it creates (a statement's, a rollback's), to give a failure the caller's stack: under
 * load that was 4 % of the server's CPU (a CPU profile of the benchmark's operations). A failed
 * statement keeps its message and code, and its span and log line say which statement it was.
 * The driver creates the result synchronously, so nothing else runs while the limit is 0.
 */
export function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
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
