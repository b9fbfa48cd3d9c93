import { GraphQLError } from 'graphql';

import type { Role } from '../config';
import type { Context } from '../context';
import { ErrorCode } from '../errors';
import type { Viewer } from './authenticate';

/** Refusal of an anonymous request when READS_REQUIRE_AUTH is on. */
export function readsNeedAToken(): GraphQLError {
  return new GraphQLError(
    'Not authenticated: this server requires a bearer token for every request.',
    {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    },
  );
}

/** The viewer, if it has one of `roles`; UNAUTHENTICATED without a token, FORBIDDEN with another role. */
export function requireRole(ctx: Context, roles: readonly Role[]): Viewer {
  if (!ctx.viewer) {
    throw new GraphQLError(
      'Not authenticated: this operation needs a bearer token (API key or JWT).',
      {
        extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
      },
    );
  }
  if (!roles.includes(ctx.viewer.role)) {
    throw new GraphQLError(
      `Forbidden: this operation needs the role ${roles.join(' or ')}; your token has ${ctx.viewer.role}.`,
      { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } },
    );
  }
  return ctx.viewer;
}
