import type { Logger } from 'pino';

import type { Viewer } from './auth/authenticate';
import { AggregateCache } from './cache/aggregateCache';
import type { Config } from './config';
import type { Database } from './db/database';
import type { Loaders } from './loaders/createLoaders';
import { createLoaders } from './loaders/createLoaders';
import { QueryPlanner } from './planner/queryPlanner';
import { ROOT_PLANNERS } from './planner/rootPlanners';
import { readGraphVersion } from './repositories/graphStateRepository';

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
  /** Compiles root fields into one statement each; shared across requests (its plan cache). */
  planner: QueryPlanner;
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
  /** The server's planner; without one, plans are not shared beyond this request. */
  planner?: QueryPlanner;
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
    planner: deps.planner ?? new QueryPlanner(ROOT_PLANNERS),
    graphVersion: () => (version ??= readGraphVersion(db)),
  };
}
