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
  return { actor: `jwt:${payload.sub ?? ''}`, role: roleOf(payload.role ?? payload.roles) };
}

/**
 * The viewer a request's `Authorization` header proves: null without a header, otherwise a
 * matching API key or a valid JWT (signature, expiry, issuer, audience checked). A header that
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
