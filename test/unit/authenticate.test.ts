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

describe('claims a signature does not vouch for', () => {
  const now = () => Math.floor(Date.now() / 1000);
  /** A token with exactly these registered claims (sub, iat, exp as given; none when undefined). */
  const token = (claims: { sub?: string; iat?: number; exp?: number }) => {
    const jwt = new SignJWT({ role: 'curator' })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE);
    if (claims.sub !== undefined) jwt.setSubject(claims.sub);
    if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
    if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
    return jwt.sign(privateKey);
  };
  const refusal = async (claims: Parameters<typeof token>[0]) => {
    try {
      await authenticate(`Bearer ${await token(claims)}`, auth);
    } catch (error) {
      return error as { message: string; extensions: Record<string, unknown> };
    }
    throw new Error('the token was accepted');
  };

  test.each(['', '   '])('an empty subject (%p) is UNAUTHENTICATED', async (sub) => {
    expect(await refusal({ sub, iat: now(), exp: now() + 300 })).toMatchObject({
      message: 'Not authenticated: the token\'s "sub" claim is empty.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  test('a subject of 257 characters is UNAUTHENTICATED (it would be the audit actor)', async () => {
    expect((await refusal({ sub: 'x'.repeat(257), exp: now() + 300 })).message).toBe(
      'Not authenticated: the token\'s "sub" claim is longer than 256 characters.',
    );
  });

  test('an issue date an hour ahead is UNAUTHENTICATED', async () => {
    expect(await refusal({ sub: 'carol', iat: now() + 3600, exp: now() + 7200 })).toMatchObject({
      message: 'Not authenticated: the token\'s "iat" claim is in the future.',
    });
  });

  test.each([
    ['exp: 1e20', 1e20],
    ['a lifetime of 25 hours', 25 * 3600],
  ])('%s is UNAUTHENTICATED', async (_name, exp) => {
    const at = now();
    const error = await refusal({ sub: 'carol', iat: at, exp: exp > 1e10 ? exp : at + exp });
    expect(error.message).toBe(
      'Not authenticated: the token\'s "exp" claim is more than 86400 s after its issue (AUTH_JWT_MAX_LIFETIME_S).',
    );
  });

  test('without iat, the lifetime counts from now', async () => {
    expect((await refusal({ sub: 'carol', exp: now() + 2 * 86_400 })).message).toMatch(/"exp"/);
  });

  test('clocks 30 s apart and a lifetime of 23 hours are accepted', async () => {
    const at = now() + 30;
    expect(
      await authenticate(
        `Bearer ${await token({ sub: 'carol', iat: at, exp: at + 23 * 3600 })}`,
        auth,
      ),
    ).toEqual({ actor: 'jwt:carol', role: 'curator' });
  });

  test('AUTH_JWT_MAX_LIFETIME_S sets the longest lifetime', async () => {
    const long = { ...auth, jwt: { ...auth.jwt, maxLifetimeSeconds: 7 * 86_400 } };
    const at = now();
    expect(
      await authenticate(
        `Bearer ${await token({ sub: 'carol', iat: at, exp: at + 6 * 86_400 })}`,
        long,
      ),
    ).toEqual({ actor: 'jwt:carol', role: 'curator' });
  });
});
