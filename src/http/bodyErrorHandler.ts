import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

import { ErrorCode } from '../errors';

/** The fields of a body-parser error that matter here. */
interface BodyError {
  type?: unknown;
  status?: unknown;
  expose?: unknown;
}

/**
 * body-parser's own errors carry a `type`; a body that does not decode as its Content-Encoding
 * says (gzip, deflate, br) reaches here as zlib's error with only `status` 400 and `expose`.
 */
const isBodyError = (error: unknown): error is BodyError =>
  typeof error === 'object' &&
  error !== null &&
  'status' in error &&
  ('type' in error || ('expose' in error && error.expose === true));

/**
 * Answers errors raised before GraphQL runs (a body that is not JSON, too large, in a wrong
 * encoding) as GraphQL-shaped JSON with a code, and anything else as a bare internal error:
 * Express's own handler would send an HTML page with the stack trace outside production.
 */
export function bodyErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
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
            : error.type === undefined && req.headers['content-encoding']
              ? 'The request body does not decode as its Content-Encoding (gzip, deflate or br) says.'
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
