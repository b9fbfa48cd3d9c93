import { createHash, createPublicKey, createSecretKey, timingSafeEqual } from 'node:crypto';

import { GraphQLError } from 'graphql';
import { errors as joseErrors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';

import type { Config, Role } from '../config';
import { ErrorCode } from '../errors';

/** Who is making a request, and with which role. */
export interface Viewer {
  /** For the audit trail: `key:<name>`, `jwt:<subject>` or `cli:<user>`. */
  actor: string;
  role: Role;
}

/** The sha256 hex digest of an API key, as configured in AUTH_API_KEYS. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}.`, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

/** The strongest role a token's `role`/`roles` claim grants; a token without one only reads. */
function roleOf(value: unknown): Role {
  const roles: unknown[] = Array.isArray(value) ? value : [value];
  if (roles.includes('admin')) return 'admin';
  if (roles.includes('curator')) return 'curator';
  return 'reader';
}

/** Characters of a token's subject: it becomes the audit trail's actor. */
const MAX_SUBJECT_LENGTH = 256;

/**
 * The claims jose leaves to us: a subject that names someone, an `iat` that is not in the
 * future and a lifetime no longer than configured. A signing service that issues a token
 * valid for ever (`exp: 1e20`) or dated ahead would otherwise outlive every key rotation.
 */
function checkClaims(payload: JWTPayload, jwt: Config['auth']['jwt']): void {
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.sub !== 'string' || payload.sub.trim() === '') {
    throw unauthenticated('the token\'s "sub" claim is empty');
  }
  if (payload.sub.length > MAX_SUBJECT_LENGTH) {
    throw unauthenticated(
      `the token's "sub" claim is longer than ${MAX_SUBJECT_LENGTH} characters`,
    );
  }
  if (payload.iat !== undefined && payload.iat > now + jwt.clockToleranceSeconds) {
    throw unauthenticated('the token\'s "iat" claim is in the future');
  }
  const lifetime = (payload.exp ?? Infinity) - Math.min(payload.iat ?? now, now);
  if (lifetime > jwt.maxLifetimeSeconds + jwt.clockToleranceSeconds) {
    throw unauthenticated(
      `the token's "exp" claim is more than ${jwt.maxLifetimeSeconds} s after its issue (AUTH_JWT_MAX_LIFETIME_S)`,
    );
  }
}

async function verifyJwt(token: string, jwt: Config['auth']['jwt']): Promise<Viewer> {
  const key = jwt.publicKey
    ? { key: createPublicKey(jwt.publicKey), algorithms: ['RS256'] }
    : jwt.secret
      ? { key: createSecretKey(Buffer.from(jwt.secret, 'utf8')), algorithms: ['HS256'] }
      : null;
  if (!key) throw unauthenticated('this server accepts API keys, not JWTs');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key.key, {
      algorithms: key.algorithms,
      issuer: jwt.issuer ?? undefined,
      audience: jwt.audience ?? undefined,
      requiredClaims: ['sub', 'exp'],
      clockTolerance: jwt.clockToleranceSeconds,
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('the token has expired');
    if (error instanceof joseErrors.JWTClaimValidationFailed) {
      throw unauthenticated(`the token's "${error.claim}" claim is not accepted`);
    }
    if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
      throw unauthenticated('the token signature is invalid');
    }
    throw unauthenticated('the token is not a valid JWT for this server');
  }
  checkClaims(payload, jwt);
  return { actor: `jwt:${payload.sub ?? ''}`, role: roleOf(payload.role ?? payload.roles) };
}

/**
 * The viewer a request's `Authorization` header proves: null without a header, otherwise a
 * matching API key or a valid JWT (signature, expiry, issuer, audience, a non-empty subject, an
 * issue date not in the future and a lifetime of at most AUTH_JWT_MAX_LIFETIME_S checked). A header that
 * proves nothing is refused with UNAUTHENTICATED rather than treated as anonymous.
 */
export async function authenticate(
  header: string | undefined,
  auth: Config['auth'],
): Promise<Viewer | null> {
  if (header === undefined || header === '') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('the Authorization header must be "Bearer <token>"');
  const token = match[1];
  if (token.split('.').length === 3) return verifyJwt(token, auth.jwt);
  const digest = Buffer.from(hashApiKey(token), 'hex');
  const key = auth.apiKeys.find((candidate) =>
    timingSafeEqual(Buffer.from(candidate.sha256, 'hex'), digest),
  );
  if (!key) throw unauthenticated('unknown API key');
  return { actor: `key:${key.name}`, role: key.role };
}
