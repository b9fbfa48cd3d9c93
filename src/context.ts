import type { Logger } from 'pino';

import type { Viewer } from './auth/authenticate';
import { AggregateCache, readGraphVersion } from './cache/aggregateCache';
import type { Config } from './config';
import type { Database } from './db/database';
import { createLoaders } from './loaders/createLoaders';
import type { Loaders } from './loaders/createLoaders';

/**
 * What every resolver receives: the database, this request's loaders, the config, a logger and
 * the authenticated viewer (null for anonymous reads).
 */
export interface Context {
  db: Database;
  loaders: Loaders;
  config: Config;
  logger: Logger;
  viewer: Viewer | null;
  /** Aggregates shared across requests until the graph changes. */
  aggregates: AggregateCache;
  /** The graph's version, read once per request (see `AggregateCache`). */
  graphVersion: () => Promise<string>;
}

/** Builds the context of one request (fresh loaders, and one time budget for its reads). */
export function createContext(deps: {
  db: Database;
  config: Config;
  logger: Logger;
  viewer?: Viewer | null;
  /** The server's cache; without one, nothing is shared beyond this request. */
  aggregates?: AggregateCache;
  /** The client's Neo4j bookmarks (see `BOOKMARKS_HEADER`): its reads wait until they see them. */
  bookmarks?: readonly string[];
}): Context {
  const { bookmarks, ...shared } = deps;
  const db = deps.db.forRequest({ bookmarks });
  let version: Promise<string> | null = null;
  return {
    ...shared,
    db,
    viewer: deps.viewer ?? null,
    loaders: createLoaders(db),
    aggregates: deps.aggregates ?? new AggregateCache(),
    graphVersion: () => (version ??= readGraphVersion(db)),
  };
}
