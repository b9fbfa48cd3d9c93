import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

import { ErrorCode } from '../errors';

/** The fields of a body-parser error that matter here. */
interface BodyError {
  type?: unknown;
  status?: unknown;
}

const isBodyError = (error: unknown): error is BodyError =>
  typeof error === 'object' && error !== null && 'type' in error && 'status' in error;

/**
 * Answers errors raised before GraphQL runs (a body that is not JSON, too large, in a wrong
 * encoding) as GraphQL-shaped JSON with a code, and anything else as a bare internal error:
 * Express's own handler would send an HTML page with the stack trace outside production.
 */
export function bodyErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (isBodyError(error) && typeof error.status === 'number' && error.status < 500) {
      const message =
        error.type === 'entity.too.large'
          ? 'The request body is too large.'
          : error.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON.'
            : 'The request body cannot be read.';
      res.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    logger.error({ err: error }, 'unexpected error before GraphQL');
    res.status(500).json({
      errors: [
        { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
      ],
    });
  };
}
