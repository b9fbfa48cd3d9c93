import { randomBytes } from 'node:crypto';

import type { Config } from '../config';
import { hashApiKey } from './authenticate';

/**
 * On a development server that accepts no token at all (a fresh clone: no AUTH_API_KEYS, no
 * JWT key), makes a random curator API key for this run only and returns it, so that
 * `npm start` then /curate works without set-up. Production and configured servers get none.
 */
export function developmentCuratorKey(config: Config): string | null {
  const auth = config.auth;
  if (
    config.env !== 'development' ||
    auth.apiKeys.length > 0 ||
    auth.jwt.secret ||
    auth.jwt.publicKey
  ) {
    return null;
  }
  const key = `dev-curator-${randomBytes(18).toString('base64url')}`;
  auth.apiKeys.push({ name: 'dev-curator', role: 'curator', sha256: hashApiKey(key) });
  return key;
}
