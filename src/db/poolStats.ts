import type { Driver } from 'neo4j-driver';
import { z } from 'zod';

/** The driver's connection pool at one moment, summed over the servers it connects to. */
export interface PoolStats {
  /** Connections lent to sessions (running a transaction or about to). */
  inUse: number;
  /** Open connections waiting in the pool for the next session. */
  idle: number;
  /** Sessions waiting for a connection (the pool is at its maximum). */
  waiting: number;
}

/*
 * neo4j-driver has no public pool metrics, so its pool is read where the driver keeps it (the
 * connection provider's Pool, per server address: idle connections, active counts and pending
 * acquisitions). The shape is checked, not assumed: should a driver release move these, the
 * reader answers null and the pool gauges go missing (the metrics test fails) instead of lying.
 */
const poolShape = z.object({
  _connectionProvider: z.object({
    _connectionPool: z.object({
      _pools: z.record(z.string(), z.object({ length: z.number() })),
      _activeResourceCounts: z.record(z.string(), z.number()),
      _acquireRequests: z.record(z.string(), z.object({ length: z.number() })),
    }),
  }),
});

const sum = (values: { length: number }[] | number[]) =>
  values.reduce<number>((total, v) => total + (typeof v === 'number' ? v : v.length), 0);

/**
 * The pool of `driver` now; zeros before its first connection, null when this driver's
 * internals are not the ones this reader knows.
 */
export function readPoolStats(driver: Driver): PoolStats | null {
  const raw = driver as unknown as { _connectionProvider?: unknown };
  if (raw._connectionProvider === null || raw._connectionProvider === undefined) {
    return { inUse: 0, idle: 0, waiting: 0 };
  }
  const parsed = poolShape.safeParse(raw);
  if (!parsed.success) return null;
  const pool = parsed.data._connectionProvider._connectionPool;
  return {
    inUse: sum(Object.values(pool._activeResourceCounts)),
    idle: sum(Object.values(pool._pools)),
    waiting: sum(Object.values(pool._acquireRequests)),
  };
}
