import type { Logger } from 'pino';

import type { Viewer } from './auth/authenticate';
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
}

/** Builds the context of one request (fresh loaders, and one time budget for its reads). */
export function createContext(deps: {
  db: Database;
  config: Config;
  logger: Logger;
  viewer?: Viewer | null;
}): Context {
  const db = deps.db.forRequest();
  return { ...deps, db, viewer: deps.viewer ?? null, loaders: createLoaders(db) };
}
