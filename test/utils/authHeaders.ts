import { hashApiKey } from '../../src/auth/authenticate';

/** Test API keys, one per role; AUTH_API_KEYS holds only their hashes. */
export const KEYS = {
  reader: 'test-reader-key-000000000000',
  curator: 'test-curator-key-11111111111',
  admin: 'test-admin-key-2222222222222',
} as const;

/** The AUTH_API_KEYS value for the test keys. */
export const AUTH_API_KEYS = Object.entries(KEYS)
  .map(([role, key]) => `${role}-bot:${role}:${hashApiKey(key)}`)
  .join(',');

/** A JWT secret for HS256 tests (32+ characters). */
export const JWT_SECRET = 'test-jwt-secret-0123456789abcdef0123';
export const JWT_ISSUER = 'https://issuer.test/';
export const JWT_AUDIENCE = 'cooperation-kg-test';

/** Server overrides enabling the test keys and JWTs. */
export const AUTH_OVERRIDES = {
  AUTH_API_KEYS,
  AUTH_JWT_SECRET: JWT_SECRET,
  AUTH_JWT_ISSUER: JWT_ISSUER,
  AUTH_JWT_AUDIENCE: JWT_AUDIENCE,
};
