import type { RequestHandler } from 'express';
import onHeaders from 'on-headers';

/**
 * Closes the connection of a client that has not taken its whole answer `timeoutMs` after the
 * answer started: a client that never reads would otherwise keep the answer buffered in the
 * server for as long as it keeps the connection open.
 */
export function responseWriteDeadline(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    onHeaders(res, () => {
      const timer = setTimeout(() => res.destroy(), timeoutMs);
      timer.unref();
      const clear = () => clearTimeout(timer);
      res.once('finish', clear);
      res.once('close', clear);
    });
    next();
  };
}
