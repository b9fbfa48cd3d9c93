import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';
import pretty from 'pino-pretty';

import type { Config } from '../config';

/**
 * The process's logger: one JSON object a line in production (LOG_FORMAT=json, the default
 * outside development) for log collectors, human-readable lines through pino-pretty in
 * development. `destination` (stdout when not given) is for tests.
 */
export function createLogger(
  config: Pick<Config, 'logLevel' | 'logFormat'>,
  destination?: DestinationStream,
): Logger {
  const options = { level: config.logLevel };
  if (config.logFormat === 'json') {
    return destination ? pino(options, destination) : pino(options);
  }
  const out = destination ?? process.stdout;
  return pino(
    options,
    pretty({
      destination: out,
      colorize: !destination && process.stdout.isTTY,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname',
      // Written as they come: a crash right after a line must not lose it.
      sync: true,
    }),
  );
}
