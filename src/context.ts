import type { Logger } from 'pino';

import type { Config } from './config';
import type { Database } from './db/database';
import { createLoaders } from './loaders/createLoaders';
import type { Loaders } from './loaders/createLoaders';

/** What every resolver receives: the database, this request's loaders, the config, a logger. */
export interface Context {
  db: Database;
  loaders: Loaders;
  config: Config;
  logger: Logger;
}

/** Builds the context of one request (fresh loaders each time). */
export function createContext(deps: { db: Database; config: Config; logger: Logger }): Context {
  return { ...deps, loaders: createLoaders(deps.db) };
}
