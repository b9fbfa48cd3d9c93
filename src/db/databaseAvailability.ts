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
}
