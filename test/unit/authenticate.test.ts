import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import type { KeyLike } from 'jose';

import { authenticate } from '../../src/auth/authenticate';
import { loadConfig } from '../../src/config';
import type { Config } from '../../src/config';

const ISSUER = 'https://issuer.test/';
const AUDIENCE = 'cooperation-kg-test';

let auth: Config['auth'];
let privateKey: KeyLike;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  auth = loadConfig({
    AUTH_JWT_PUBLIC_KEY: await exportSPKI(pair.publicKey),
    AUTH_JWT_ISSUER: ISSUER,
    AUTH_JWT_AUDIENCE: AUDIENCE,
  }).auth;
});

function rs256(claims: Record<string, unknown>, issuer = ISSUER): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256' })
    .setSubject('carol@example.org')
    .setIssuer(issuer)
    .setAudience(AUDIENCE)
    .setExpirationTime('5m')
    .sign(privateKey);
}

test('an RS256 token signed by the configured key proves its subject and role', async () => {
  expect(await authenticate(`Bearer ${await rs256({ role: 'curator' })}`, auth)).toEqual({
    actor: 'jwt:carol@example.org',
    role: 'curator',
  });
  expect(await authenticate(`Bearer ${await rs256({ roles: ['reader', 'admin'] })}`, auth)).toEqual(
    { actor: 'jwt:carol@example.org', role: 'admin' },
  );
});

test('an RS256 token from another issuer is UNAUTHENTICATED', async () => {
  await expect(
    authenticate(`Bearer ${await rs256({ role: 'admin' }, 'https://elsewhere.test/')}`, auth),
  ).rejects.toMatchObject({
    message: 'Not authenticated: the token\'s "iss" claim is not accepted.',
    extensions: { code: 'UNAUTHENTICATED' },
  });
});

test('an HS256 token is refused by a server that checks RS256 signatures', async () => {
  const hs256 = await new SignJWT({ role: 'admin' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('mallory')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode('a-secret-that-is-long-enough-0123456789'));
  await expect(authenticate(`Bearer ${hs256}`, auth)).rejects.toMatchObject({
    extensions: { code: 'UNAUTHENTICATED' },
  });
});
