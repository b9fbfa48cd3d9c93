/** Entries kept at most (one per aggregate and argument set: a dashboard has a handful). */
const MAX_ENTRIES = 200;

/**
 * Memoises aggregate reads (the dashboard's `stats`) until the graph changes. Aggregates scan
 * large parts of the graph, so a dashboard polled by many people would otherwise recompute the
 * same numbers for every viewer. The graph's version (`readGraphVersion`) is cheap to read.
 * One instance per server process.
 */
export class AggregateCache {
  private version: string | null = null;
  private readonly entries = new Map<string, Promise<unknown>>();
  private counted = { hits: 0, misses: 0 };

  /** Lookups answered from memory and computed, since the server started (for /metrics). */
  get lookups(): { hits: number; misses: number } {
    return { ...this.counted };
  }

  /**
   * The value of `key` at `version`: computed once per version, shared by concurrent requests.
   * A failed computation is not kept.
   */
  async get<T>(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.version = version;
      this.entries.clear();
    }
    // A key is only ever computed by one call site, so it always holds that site's type.
    const cached = this.entries.get(key) as Promise<T> | undefined;
    if (cached) {
      this.counted.hits += 1;
      return cached;
    }
    this.counted.misses += 1;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const computed = compute();
    this.entries.set(key, computed);
    computed.catch(() => {
      if (this.entries.get(key) === computed) this.entries.delete(key);
    });
    return computed;
  }
}
