import { databaseUnavailable } from '../errors';
import { DeadlineExceededError, withDeadline } from './withDeadline';

/**
 * Past its timeout, Neo4j's own cancellation gets this long to answer before the session is
 * abandoned: Neo4j checks transaction timeouts every 2 s (db.transaction.monitor.check.interval).
 */
const DEADLINE_MARGIN_MS = 3_000;

/**
 * Whether Neo4j answered the last time it was asked, as the process's transactions saw it: set
 * by a transaction that found the database unreachable or unanswering, cleared by the next one
 * that succeeded. Lets requests that would wait in line fail at once while the database is away,
 * instead of each waiting its turn only to fail.
 */
export class DatabaseAvailability {
  private unavailable = false;
  private readonly listeners = new Set<() => void>();

  /** True from a failure to reach the database until the next transaction that succeeds. */
  isUnavailable(): boolean {
    return this.unavailable;
  }

  reportUnavailable(): void {
    if (this.unavailable) return;
    this.unavailable = true;
    for (const listener of this.listeners) listener();
  }

  reportAvailable(): void {
    this.unavailable = false;
  }

  /** Calls `listener` each time the database turns unavailable. */
  onUnavailable(listener: () => void): void {
    this.listeners.add(listener);
  }

  /**
   * Settles like `work`, which tells that the database answers; or, when Neo4j has not answered
   * `deadlineMs` plus a margin for its own cancellation, calls `abandon` and rejects with
   * DATABASE_UNAVAILABLE, the database marked unavailable.
   */
  async guard<T>(work: Promise<T>, deadlineMs: number, abandon: () => void): Promise<T> {
    try {
      const value = await withDeadline(work, deadlineMs + DEADLINE_MARGIN_MS);
      this.reportAvailable();
      return value;
    } catch (error) {
      if (!(error instanceof DeadlineExceededError)) throw error;
      abandon();
      this.reportUnavailable();
      throw databaseUnavailable();
    }
  }
}
