import type { Config } from './config';
import { ConfigError } from './config';
import { StartupError } from './db/connectDatabase';
import { LocalNeo4jError } from '../neo4j/localNeo4j';
import { DocumentInvalidError } from './import/documentInvalidError';

/** One line (or, for an invalid seed document, its problem list) saying why start-up failed. */
export function describeStartupFailure(error: unknown, config: Config | null): string {
  if (
    error instanceof ConfigError ||
    error instanceof StartupError ||
    error instanceof LocalNeo4jError ||
    error instanceof DocumentInvalidError
  ) {
    return `cooperation-kg: ${error.message}`;
  }
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    return `cooperation-kg: port ${config?.port ?? '?'} is already in use: stop what uses it or set PORT.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `cooperation-kg: start-up failed: ${message.split('\n')[0] ?? ''}`;
}
