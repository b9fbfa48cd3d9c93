import { randomBytes } from 'node:crypto';

import { SignJWT, UnsecuredJWT } from 'jose';

import { createDatabaseUser, dropDatabaseUser } from '../../neo4j/databaseUser';
import { syntheticDocument } from '../../src/synthetic/syntheticDocument';
import { toMutationDocument } from '../documents';
import type { ScenarioReport } from '../report';
import { check } from '../report';
import type { GraphQLResponse } from '../serverProcess';
import {
  boltUri,
  errorCodes,
  neo4jPassword,
  parseBody,
  postOperation,
  runServerToExit,
  startServerProcess,
} from '../serverProcess';
import { graphHash, openTarget } from '../target';
import { LEAK } from './hostile';
import { IMPORT_MUTATION } from './load';

const ISSUER = 'https://issuer.reliability.test/';
const AUDIENCE = 'cooperation-kg-reliability';

/**
 * A production server (NODE_ENV=production) with API keys and HS256 JWTs: writes without a
 * valid curator token are refused and change nothing; introspection, GraphiQL and field
 * suggestions are off; no error carries a stack trace, Cypher or a path; CSRF prevention and the
 * body size cap hold; every answer carries the security headers. A production start with the
 * local Neo4j's development password is refused; the server under test gets a database user of
 * its own.
 */
export async function runAccess(options: { boltPort: number }): Promise<ScenarioReport> {
  const secret = randomBytes(24).toString('hex');
  const readerKey = randomBytes(18).toString('hex');
  const target = await openTarget(options.boltPort);
  const admin = {
    uri: boltUri(options.boltPort),
    adminPassword: neo4jPassword(),
    user: 'cooperation-kg-reliability',
  };
  const user = await createDatabaseUser(admin);
  const server = await startServerProcess({
    boltPort: options.boltPort,
    readerKey,
    env: {
      NODE_ENV: 'production',
      NEO4J_USER: user.user,
      NEO4J_PASSWORD: user.password,
      AUTH_JWT_SECRET: secret,
      AUTH_JWT_ISSUER: ISSUER,
      AUTH_JWT_AUDIENCE: AUDIENCE,
    },
  });
  const jwt = (
    claims: Record<string, unknown>,
    o: {
      key?: string;
      audience?: string;
      issuer?: string;
      expires?: string | number;
      subject?: string;
      issuedAt?: number;
    } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(o.subject ?? 'reliability@example.org')
      .setIssuer(o.issuer ?? ISSUER)
      .setAudience(o.audience ?? AUDIENCE)
      .setIssuedAt(o.issuedAt)
      .setExpirationTime(o.expires ?? '5m')
      .sign(new TextEncoder().encode(o.key ?? secret));
  const now = () => Math.floor(Date.now() / 1000);
  try {
    const before = await graphHash(target.db);
    const document = toMutationDocument(syntheticDocument({ key: 'access', organizations: 2 }));
    const write = (token?: string) =>
      postOperation(server.baseUrl, IMPORT_MUTATION, { document }, { token });
    const refusals: [string, () => Promise<GraphQLResponse>, string][] = [
      ['no token', () => write(), 'UNAUTHENTICATED'],
      ['unknown API key', () => write('not-a-key'), 'UNAUTHENTICATED'],
      ['reader API key', () => write(readerKey), 'FORBIDDEN'],
      [
        'expired JWT',
        async () => write(await jwt({ role: 'curator' }, { expires: '-1m' })),
        'UNAUTHENTICATED',
      ],
      [
        'JWT signed with another key',
        async () => write(await jwt({ role: 'curator' }, { key: 'x'.repeat(40) })),
        'UNAUTHENTICATED',
      ],
      [
        'JWT for another audience',
        async () => write(await jwt({ role: 'curator' }, { audience: 'someone-else' })),
        'UNAUTHENTICATED',
      ],
      [
        'JWT from another issuer',
        async () => write(await jwt({ role: 'curator' }, { issuer: 'https://evil.test/' })),
        'UNAUTHENTICATED',
      ],
      [
        'unsigned JWT (alg none)',
        () =>
          write(
            new UnsecuredJWT({ role: 'curator' })
              .setSubject('mallory')
              .setIssuer(ISSUER)
              .setAudience(AUDIENCE)
              .setExpirationTime('5m')
              .encode(),
          ),
        'UNAUTHENTICATED',
      ],
      ['reader JWT', async () => write(await jwt({})), 'FORBIDDEN'],
      [
        'curator JWT with an empty subject',
        async () => write(await jwt({ role: 'curator' }, { subject: '' })),
        'UNAUTHENTICATED',
      ],
      [
        'curator JWT issued an hour from now',
        async () =>
          write(await jwt({ role: 'curator' }, { issuedAt: now() + 3600, expires: now() + 7200 })),
        'UNAUTHENTICATED',
      ],
      [
        'curator JWT expiring at 1e20',
        async () => write(await jwt({ role: 'curator' }, { expires: 1e20 })),
        'UNAUTHENTICATED',
      ],
    ];
    const refusalProblems: string[] = [];
    const bodies: string[] = [];
    for (const [name, send, code] of refusals) {
      const response = await send();
      bodies.push(response.text);
      const codes = errorCodes(response).join(',');
      if (codes !== code) refusalProblems.push(`${name}: ${codes || 'written'}`);
    }
    const afterRefusals = await graphHash(target.db);

    const dryRun = (token: string) =>
      postOperation(server.baseUrl, IMPORT_MUTATION, { document, dryRun: true }, { token });
    const curatorKey = await dryRun(server.curatorKey);
    const curatorJwt = await dryRun(await jwt({ role: 'curator' }));

    const introspection = await postOperation(server.baseUrl, '{ __schema { types { name } } }');
    const typeProbe = await postOperation(server.baseUrl, '{ __type(name: "Query") { name } }');
    const graphiql = (await fetch(`${server.baseUrl}/graphiql`)).status;
    const suggestion = await postOperation(server.baseUrl, '{ progam(id: "x") { id } }');

    const errorProbes = await Promise.all([
      postOperation(server.baseUrl, '{ person(id: '),
      postOperation(server.baseUrl, '{ programs(first: 1000) { totalCount } }'),
      postOperation(server.baseUrl, '{ collaborations(organization: "org/none") { totalCount } }'),
      postOperation(server.baseUrl, '{ search(query: "") { name } }'),
      postOperation(server.baseUrl, '{ programs(after: "bad") { totalCount } }'),
      fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      }).then(async (r) => ({ status: r.status, text: await r.text() })),
    ]);
    bodies.push(
      introspection.text,
      typeProbe.text,
      suggestion.text,
      ...errorProbes.map((p) => p.text),
    );
    const leaks = bodies.filter((body) => LEAK.test(body) || body.includes('"exception"'));

    const csrfGet = await fetch(
      `${server.baseUrl}/graphql?query=${encodeURIComponent('{ stats { counts { people } } }')}`,
    );
    const csrfPlain = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ stats { counts { people } } }' }),
    });
    const big = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ person(id: "${'x'.repeat(1_100_000)}") { id } }` }),
    });
    const bigBody = parseBody(await big.text());

    const headerProblems: string[] = [];
    for (const path of ['/graphql?query=%7B__typename%7D', '/health', '/explore']) {
      const headers = (await fetch(`${server.baseUrl}${path}`)).headers;
      const csp = headers.get('content-security-policy') ?? '';
      if (
        headers.get('x-content-type-options') !== 'nosniff' ||
        headers.get('x-frame-options') !== 'DENY' ||
        !csp.includes("frame-ancestors 'none'") ||
        !csp.includes("script-src 'self';")
      ) {
        headerProblems.push(path);
      }
    }

    // The local Neo4j's development password is public: production must not run on it.
    const devPassword = await runServerToExit({
      NODE_ENV: 'production',
      NEO4J_URI: boltUri(options.boltPort),
      NEO4J_PASSWORD: neo4jPassword(),
    });
    const devLines = devPassword.output.trim().split('\n');

    return {
      scenario: 'access',
      figures: [
        ['refused writes', `${refusals.length - refusalProblems.length} of ${refusals.length}`],
        ['responses checked for leaks', bodies.length],
        ['introspection', errorCodes(introspection).join(',') || 'answered'],
        ['GraphiQL', `HTTP ${graphiql}`],
        ['CSRF: GET / text/plain POST', `HTTP ${csrfGet.status} / HTTP ${csrfPlain.status}`],
        ['1.1 MB body', `HTTP ${big.status}`],
        [
          'production on the development password',
          `exit ${devPassword.code}: ${devLines[0] ?? ''}`,
        ],
      ],
      checks: [
        check(
          'writes without a valid curator token are refused with the right code',
          refusalProblems.length === 0,
          refusalProblems.join('; '),
        ),
        check('refused writes changed nothing (export hash)', afterRefusals === before, ''),
        check(
          'a curator key and a curator JWT may write (dry run)',
          !curatorKey.body.errors && !curatorJwt.body.errors,
          [...errorCodes(curatorKey), ...errorCodes(curatorJwt)].join(','),
        ),
        check(
          'introspection is off in production',
          errorCodes(introspection).join() === 'GRAPHQL_VALIDATION_FAILED' &&
            errorCodes(typeProbe).join() === 'GRAPHQL_VALIDATION_FAILED',
          '',
        ),
        check('GraphiQL is off in production', graphiql === 404, `HTTP ${graphiql}`),
        check(
          'no field suggestions in production',
          !/did you mean/i.test(suggestion.text),
          suggestion.body.errors?.[0]?.message ?? '',
        ),
        check(
          'no error carries a stack trace, Cypher or an internal path',
          leaks.length === 0,
          leaks[0]?.slice(0, 120) ?? `${bodies.length} bodies`,
        ),
        check(
          'CSRF prevention refuses simple cross-site requests',
          csrfGet.status === 400 && csrfPlain.status === 400,
          '',
        ),
        check(
          'request bodies are capped at 1 MB',
          big.status === 413 && bigBody.errors?.[0]?.extensions?.code === 'BAD_REQUEST',
          `HTTP ${big.status}`,
        ),
        check(
          'security headers (nosniff, no framing, Content-Security-Policy) on API and pages',
          headerProblems.length === 0,
          headerProblems.join(', '),
        ),
        check(
          'a production start on the development password refuses, in one line',
          devPassword.code === 1 &&
            devLines.length === 1 &&
            /production refuses the development password.*set NEO4J_PASSWORD/.test(
              devLines[0] ?? '',
            ),
          devLines.slice(0, 2).join(' / '),
        ),
      ],
    };
  } finally {
    await server.stop();
    await dropDatabaseUser(admin);
    await target.close();
  }
}
