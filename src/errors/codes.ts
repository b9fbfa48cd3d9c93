/** The `extensions.code` values clients can rely on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  PAGE_SIZE_EXCEEDED: 'PAGE_SIZE_EXCEEDED',
  INVALID_CURSOR: 'INVALID_CURSOR',
  MAX_HOPS_EXCEEDED: 'MAX_HOPS_EXCEEDED',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
