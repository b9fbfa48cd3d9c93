import { SignJWT } from 'jose';

import { AUTH_OVERRIDES, JWT_AUDIENCE, JWT_ISSUER, JWT_SECRET, KEYS } from '../utils/authHeaders';
import { listen } from '../utils/listen';
import { postWithToken } from '../utils/postWithToken';
import type { TestServer } from '../utils/testServer';
import { graphCounts, graphFingerprint, startTestServer } from '../utils/testServer';

let t: TestServer;
let baseUrl: string;

const TEXT_A =
  'On May 10, 2019, Prof. Li jun of AHMU met Dr. Zhang Wei, chief scientist of Example Biotech, in Hefei. ' +
  'AHMU and Example Biotech agreed to build the Example Joint Lab for cancer research, led by Prof. Li jun.';

const q = (quote: string) => [{ quote }];

/** A second article, written for these tests: it names Li Jun by an alias and AHMU by its acronym. */
function articleA(extraPrograms: unknown[] = []) {
  return {
    source: {
      id: 'source/test-article-a',
      title: 'Example Biotech and AHMU build a joint lab',
      date: '2019-05-10',
      text: TEXT_A,
    },
    organizations: [
      {
        id: 'org/example-biotech',
        name: 'Example Biotech',
        kind: 'COMPANY',
        evidence: q('chief scientist of Example Biotech'),
      },
    ],
    people: [
      {
        id: 'person/zhang-wei',
        name: 'Zhang Wei',
        honorific: 'Dr.',
        evidence: q('Dr. Zhang Wei, chief scientist of Example Biotech'),
      },
    ],
    positions: [
      {
        person: 'person/zhang-wei',
        title: 'Chief Scientist',
        organization: 'Example Biotech',
        attestedOn: '2019-05-10',
        evidence: q('Dr. Zhang Wei, chief scientist of Example Biotech'),
      },
    ],
    programs: [
      {
        id: 'program/example-joint-lab',
        name: 'Example Joint Lab',
        kind: 'CENTER',
        status: 'PLANNED',
        start: '2019-05-10',
        parties: [
          {
            organization: 'AHMU',
            role: 'PARTNER',
            evidence: q('AHMU and Example Biotech agreed to build the Example Joint Lab'),
          },
          {
            organization: 'org/example-biotech',
            role: 'PARTNER',
            evidence: q('AHMU and Example Biotech agreed to build the Example Joint Lab'),
          },
        ],
        people: [
          {
            person: 'Prof. Li jun',
            role: 'LEADS',
            onBehalfOf: 'AHMU',
            evidence: q('led by Prof. Li jun'),
          },
        ],
        diseaseAreas: [
          { area: 'cancer', wording: 'cancer research', evidence: q('for cancer research') },
        ],
        evidence: q(
          'AHMU and Example Biotech agreed to build the Example Joint Lab for cancer research',
        ),
      },
      ...extraPrograms,
    ],
  };
}

const IMPORT = `mutation Import($document: DocumentInput!, $dryRun: Boolean) {
  importDocument(document: $document, dryRun: $dryRun) {
    sourceId dryRun
    diff {
      entityCounts { created updated unchanged deleted }
      relationshipCounts { created updated unchanged deleted }
      entities { id type change fields }
    }
    resolvedReferences { path reference id }
    change { actor role operation target }
  }
}`;

beforeAll(async () => {
  t = await startTestServer(AUTH_OVERRIDES);
  await t.seed();
  baseUrl = await listen(t.server);
});

afterAll(() => t.stop());

async function token(
  claims: Record<string, unknown>,
  options: { secret?: string; audience?: string; expiresIn?: string } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('alice@example.org')
    .setIssuer(JWT_ISSUER)
    .setAudience(options.audience ?? JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(new TextEncoder().encode(options.secret ?? JWT_SECRET));
}

async function auditEntries(): Promise<number> {
  const [row] = await t.db.read('MATCH (a:AuditEntry) RETURN count(a) AS n');
  return Number(row?.n);
}

describe('authentication of writes', () => {
  test.each([
    ['no token', undefined, 'UNAUTHENTICATED', 401],
    ['an unknown API key', 'not-a-key', 'UNAUTHENTICATED', 401],
    ['a reader key', KEYS.reader, 'FORBIDDEN', 403],
  ])('%s: refused, nothing written', async (_name, key, code, status) => {
    const before = await graphFingerprint(t.db);
    const result = await postWithToken(baseUrl, IMPORT, { document: articleA() }, key);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(result.status).toBe(status);
    expect(await graphFingerprint(t.db)).toBe(before);
  });

  test('JWTs: expired, badly signed and wrong-audience tokens are refused; a curator token may write', async () => {
    const before = await graphFingerprint(t.db);
    const cases: [string, RegExp][] = [
      [await token({ role: 'curator' }, { expiresIn: '-1m' }), /the token has expired/],
      [
        await token({ role: 'curator' }, { secret: 'another-secret-0123456789abcdefghij' }),
        /signature is invalid/,
      ],
      [
        await token({ role: 'curator' }, { audience: 'someone-else' }),
        /"aud" claim is not accepted/,
      ],
    ];
    for (const [jwt, message] of cases) {
      const result = await postWithToken(
        baseUrl,
        IMPORT,
        { document: articleA(), dryRun: true },
        jwt,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    const reader = await postWithToken(baseUrl, IMPORT, { document: articleA() }, await token({}));
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graphFingerprint(t.db)).toBe(before);
    const curator = await postWithToken(
      baseUrl,
      IMPORT,
      { document: articleA(), dryRun: true },
      await token({ role: 'curator' }),
    );
    expect(curator.errors).toBeUndefined();
  });

  /** Every mutation with input an admin could run on the seed: only the token decides here. */
  const EVERY_MUTATION: [string, string][] = [
    [
      'importDocument',
      `importDocument(document: { source: { id: "source/ahmu-bgi-2018-04-20" } }) { sourceId }`,
    ],
    [
      'mergeEntities',
      `mergeEntities(keep: "person/wang-kai", merge: "person/wang-yu") { mergedId }`,
    ],
    ['retractSource', `retractSource(id: "source/curator-reference-places") { sourceId }`],
    [
      'upsertPerson',
      `upsertPerson(input: { sourceId: "source/ahmu-bgi-2018-04-20", person: { id: "person/wang-jian", name: "Wang Jian", honorific: "Dr.", evidence: [{ quote: "Mr. Wang Jian" }] } }) { node { id } }`,
    ],
    [
      'upsertOrganization',
      `upsertOrganization(input: { sourceId: "source/ahmu-bgi-2018-04-20", organization: { id: "org/bgi", name: "BGI Group", kind: COMPANY, evidence: [{ quote: "BGI" }] } }) { node { id } }`,
    ],
    [
      'upsertProgram',
      `upsertProgram(input: { sourceId: "source/ahmu-bgi-2018-04-20", program: { id: "program/ahmu-bgi-joint-education", name: "Joint education", kind: EDUCATION, status: ACTIVE, evidence: [{ quote: "joint educational project" }] } }) { node { id } }`,
    ],
    [
      'upsertTerm',
      `upsertTerm(input: { sourceId: "source/ahmu-bgi-2018-04-20", vocabulary: DISEASE_AREA, term: { id: "area/cancer", name: "Cancers", evidence: [{ quote: "cancer screening" }] } }) { node { id } }`,
    ],
    [
      'addPosition',
      `addPosition(input: { sourceId: "source/ahmu-bgi-2018-04-20", position: { person: "person/wang-jian", title: "Host", organization: "org/bgi", evidence: [{ quote: "Mr. Wang Jian, president of BGI" }] } }) { node { id } }`,
    ],
    [
      'endPosition',
      `endPosition(input: { sourceId: "source/ahmu-bgi-2018-04-20", positionId: "position/wang-jian/bgi/president", end: "2018-12", evidence: [{ quote: "Mr. Wang Jian, president of BGI" }] }) { node { id } }`,
    ],
    [
      'addAlias',
      `addAlias(input: { sourceId: "source/ahmu-bgi-2018-04-20", entityId: "org/bgi", alias: { value: "BGI Shenzhen" }, evidence: [{ quote: "BGI Shenzhen headquarters" }] }) { node { id } }`,
    ],
  ];

  test.each(EVERY_MUTATION)(
    '%s: refused without a token and with a reader key, nothing written',
    async (_name, selection) => {
      const before = await graphFingerprint(t.db);
      const countsBefore = await graphCounts(t.db);
      const auditBefore = await auditEntries();
      const anonymous = await postWithToken(baseUrl, `mutation { ${selection} }`);
      expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(anonymous.data).toBeNull();
      const reader = await postWithToken(baseUrl, `mutation { ${selection} }`, {}, KEYS.reader);
      expect(reader.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(reader.data).toBeNull();
      expect(await graphCounts(t.db)).toEqual(countsBefore);
      expect(await graphFingerprint(t.db)).toBe(before);
      expect(await auditEntries()).toBe(auditBefore);
    },
  );

  test('the position the refusals name exists, so only the token stopped endPosition', async () => {
    const result = await t.execute<{ node: { id: string } | null }>(
      '{ node(id: "position/wang-jian/bgi/president") { id } }',
    );
    expect(result.data?.node).toEqual({ id: 'position/wang-jian/bgi/president' });
  });

  test('reads stay open without a token', async () => {
    const result = await postWithToken(baseUrl, '{ person(id: "person/li-jun") { name } }');
    expect(result.data).toEqual({ person: { name: 'Li Jun' } });
  });
});

describe('importDocument', () => {
  test('a dry run returns the diff and writes nothing', async () => {
    const before = await graphFingerprint(t.db);
    const result = await postWithToken(
      baseUrl,
      IMPORT,
      { document: articleA(), dryRun: true },
      KEYS.curator,
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data?.importDocument as {
      dryRun: boolean;
      change: unknown;
      diff: { entityCounts: unknown; relationshipCounts: unknown };
    };
    expect(payload.dryRun).toBe(true);
    expect(payload.change).toBeNull();
    // Created: the source, Example Biotech, Zhang Wei, his position, the lab. Updated: AHMU, Li
    // Jun and the cancer area, which the article names, gain its excerpt (issue 17, point 9).
    expect(payload.diff.entityCounts).toEqual({ created: 5, updated: 3, unchanged: 0, deleted: 0 });
    // Created: holds/at of the position, 2 parties, Li Jun's role, the cancer focus.
    expect(payload.diff.relationshipCounts).toEqual({
      created: 6,
      updated: 0,
      unchanged: 0,
      deleted: 0,
    });
    expect(await graphFingerprint(t.db)).toBe(before);
  });

  test('a real import writes, resolves aliases onto existing nodes, and is recorded', async () => {
    const result = await postWithToken(baseUrl, IMPORT, { document: articleA() }, KEYS.curator);
    expect(result.errors).toBeUndefined();
    const payload = result.data?.importDocument as {
      resolvedReferences: { path: string; reference: string; id: string }[];
      change: unknown;
    };
    expect(payload.resolvedReferences).toEqual(
      expect.arrayContaining([
        { path: 'programs[0].parties[0].organization', reference: 'AHMU', id: 'org/ahmu' },
        { path: 'programs[0].people[0].person', reference: 'Prof. Li jun', id: 'person/li-jun' },
        { path: 'programs[0].diseaseAreas[0].area', reference: 'cancer', id: 'area/cancer' },
      ]),
    );
    expect(payload.change).toEqual({
      actor: 'key:curator-bot',
      role: 'curator',
      operation: 'importDocument',
      target: 'source/test-article-a',
    });
    const people = await t.db.read("MATCH (p:Person) WHERE p.name = 'Li Jun' RETURN p.id AS id");
    expect(people).toEqual([{ id: 'person/li-jun' }]);
    const roles = await t.execute<{
      person: { programRoles: { role: string; program: { id: string } }[] };
    }>('{ person(id: "person/li-jun") { programRoles { role program { id } } } }');
    expect(roles.data?.person.programRoles).toEqual([
      { role: 'LEADS', program: { id: 'program/example-joint-lab' } },
      { role: 'SIGNED', program: { id: 'program/ahmu-bgi-memorandum-2018' } },
    ]);
  });

  test('importing the same document again reports everything unchanged', async () => {
    const counts = await graphCounts(t.db);
    const result = await postWithToken(baseUrl, IMPORT, { document: articleA() }, KEYS.curator);
    const diff = (
      result.data?.importDocument as {
        diff: { entityCounts: unknown; relationshipCounts: unknown };
      }
    ).diff;
    // The five entities it defines and the three it names.
    expect(diff.entityCounts).toEqual({ created: 0, updated: 0, unchanged: 8, deleted: 0 });
    expect(diff.relationshipCounts).toEqual({ created: 0, updated: 0, unchanged: 6, deleted: 0 });
    expect(await graphCounts(t.db)).toEqual(counts);
  });

  test('a document that fails in its last statement leaves the database exactly as before', async () => {
    const before = await graphFingerprint(t.db);
    const broken = articleA([
      {
        id: 'program/example-second-lab',
        name: 'Example Second Lab',
        kind: 'CENTER',
        status: 'PLANNED',
        parties: [
          {
            organization: 'org/example-biotek',
            role: 'PARTNER',
            evidence: q('AHMU and Example Biotech agreed'),
          },
        ],
        evidence: q('AHMU and Example Biotech agreed'),
      },
    ]);
    broken.source.id = 'source/test-article-b';
    const result = await postWithToken(baseUrl, IMPORT, { document: broken }, KEYS.curator);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.problems).toEqual([
      {
        path: 'programs[1].parties[0].organization',
        message: expect.stringMatching(
          /^unknown reference "org\/example-biotek": .*closest known ids: org\/example-biotech/,
        ) as unknown,
      },
    ]);
    expect(await graphFingerprint(t.db)).toBe(before);
  });
});

describe('entity mutations', () => {
  test('upsertPerson, addPosition, endPosition and addAlias write with evidence and a diff', async () => {
    const person = await postWithToken(
      baseUrl,
      `mutation($input: UpsertPersonInput!) { upsertPerson(input: $input) { node { id ... on Person { name } } diff { entityCounts { created updated } } change { operation } } }`,
      {
        input: {
          sourceId: 'source/test-article-a',
          person: {
            id: 'person/zhang-wei',
            name: 'Zhang Wei',
            honorific: 'Dr.',
            aliases: [{ value: 'Wei Zhang' }],
            evidence: q('Dr. Zhang Wei'),
          },
        },
      },
      KEYS.curator,
    );
    expect(person.errors).toBeUndefined();
    expect(person.data?.upsertPerson).toEqual({
      node: { id: 'person/zhang-wei', name: 'Zhang Wei' },
      diff: { entityCounts: { created: 0, updated: 1 } },
      change: { operation: 'upsertPerson' },
    });

    const added = await postWithToken(
      baseUrl,
      `mutation($input: AddPositionInput!) { addPosition(input: $input) { node { id ... on Position { title organization { id } } } } }`,
      {
        input: {
          sourceId: 'source/test-article-a',
          position: {
            person: 'Zhang Wei',
            title: 'Visiting Scholar',
            organization: 'AHMU',
            start: '2019',
            evidence: q('Dr. Zhang Wei, chief scientist of Example Biotech, in Hefei'),
          },
        },
      },
      KEYS.curator,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addPosition).toEqual({
      node: {
        id: 'position/zhang-wei/ahmu/visiting-scholar',
        title: 'Visiting Scholar',
        organization: { id: 'org/ahmu' },
      },
    });

    const ended = await postWithToken(
      baseUrl,
      `mutation($input: EndPositionInput!) { endPosition(input: $input) { node { ... on Position { start { text } end { text precision } } } } }`,
      {
        input: {
          sourceId: 'source/test-article-a',
          positionId: 'position/zhang-wei/ahmu/visiting-scholar',
          end: '2019-12',
          evidence: q('On May 10, 2019'),
        },
      },
      KEYS.curator,
    );
    expect(ended.errors).toBeUndefined();
    expect(ended.data?.endPosition).toEqual({
      node: { start: { text: '2019' }, end: { text: '2019-12', precision: 'MONTH' } },
    });
    const asOf = await t.execute<{ person: { positions: { title: string }[] } }>(
      '{ person(id: "person/zhang-wei") { positions(asOf: "2020-06-01") { title } } }',
    );
    expect(asOf.data?.person.positions).toEqual([{ title: 'Chief Scientist' }]);

    const alias = await postWithToken(
      baseUrl,
      `mutation($input: AddAliasInput!) { addAlias(input: $input) { node { ... on Organization { alternativeNames { value kind } } } } }`,
      {
        input: {
          sourceId: 'source/test-article-a',
          entityId: 'org/example-biotech',
          alias: { value: 'EB', kind: 'ACRONYM' },
          evidence: q('Example Biotech'),
        },
      },
      KEYS.curator,
    );
    expect(alias.errors).toBeUndefined();
    expect(alias.data?.addAlias).toEqual({
      node: { alternativeNames: [{ value: 'EB', kind: 'ACRONYM' }] },
    });
  });
});

/** Every relationship except provenance carries evidence, and so does every entity. */
async function everythingHasEvidence(): Promise<{ relationships: number; entities: number }> {
  const [row] = await t.db.read(
    `RETURN COUNT { ()-[r]->() WHERE type(r) <> 'QUOTES' AND size(coalesce(r.evidence, [])) = 0 } AS relationships,
            COUNT { (n) WHERE NOT (n:Source OR n:Excerpt OR n:Redirect OR n:AuditEntry) AND size(coalesce(n.evidence, [])) = 0 } AS entities`,
  );
  return { relationships: Number(row?.relationships), entities: Number(row?.entities) };
}

describe('mergeEntities', () => {
  const MERGE = `mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { kept { id } mergedId relationshipsMoved change { operation } } }`;

  test('moves relationships, aliases and evidence onto the kept entity and leaves a redirect', async () => {
    await postWithToken(
      baseUrl,
      IMPORT,
      {
        document: {
          source: {
            id: 'source/test-article-c',
            title: 'Duplicate',
            text: 'Li J., party secretary, spoke at the Example Joint Lab.',
          },
          people: [{ id: 'person/li-j', name: 'Li J.', evidence: q('Li J., party secretary') }],
          programs: [
            {
              id: 'program/example-joint-lab',
              name: 'Example Joint Lab',
              kind: 'CENTER',
              status: 'PLANNED',
              people: [
                {
                  person: 'person/li-j',
                  role: 'REPRESENTS',
                  evidence: q('spoke at the Example Joint Lab'),
                },
              ],
              evidence: q('the Example Joint Lab'),
            },
          ],
        },
      },
      KEYS.curator,
    );
    const before = await graphCounts(t.db);
    const result = await postWithToken(
      baseUrl,
      MERGE,
      { keep: 'person/li-jun', merge: 'person/li-j' },
      KEYS.curator,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.mergeEntities).toEqual({
      kept: { id: 'person/li-jun' },
      mergedId: 'person/li-j',
      relationshipsMoved: 1,
      change: { operation: 'mergeEntities' },
    });
    // One Person less, one Redirect more; the moved relationship replaces the old one.
    expect(await graphCounts(t.db)).toEqual(before);
    const merged = await t.execute<{
      person: {
        id: string;
        alternativeNames: { value: string }[];
        programRoles: { role: string }[];
      };
    }>('{ person(id: "person/li-j") { id alternativeNames { value } programRoles { role } } }');
    expect(merged.data?.person.id).toBe('person/li-jun');
    expect(merged.data?.person.alternativeNames.map((n) => n.value)).toEqual([
      'Prof. Li',
      'Prof. Li jun',
      'Li J.',
    ]);
    expect(merged.data?.person.programRoles.map((r) => r.role).sort()).toEqual([
      'LEADS',
      'REPRESENTS',
      'SIGNED',
    ]);
    expect(await everythingHasEvidence()).toEqual({ relationships: 0, entities: 0 });
  });

  test('a later document naming the merged id is attached to the kept entity', async () => {
    const result = await postWithToken(
      baseUrl,
      IMPORT,
      {
        document: {
          source: { id: 'source/test-article-c' },
          positions: [
            {
              person: 'person/li-j',
              title: 'Party Secretary',
              organization: 'org/ahmu',
              evidence: q('Li J., party secretary'),
            },
          ],
        },
        dryRun: true,
      },
      KEYS.curator,
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data?.importDocument as {
      resolvedReferences: unknown[];
      diff: { entities: { id: string; change: string }[] };
    };
    expect(payload.resolvedReferences).toEqual([
      { path: 'positions[0].person', reference: 'person/li-j', id: 'person/li-jun' },
    ]);
    expect(payload.diff.entities).toContainEqual({
      id: 'position/li-jun/ahmu/party-secretary',
      type: 'Position',
      change: 'CREATED',
      fields: [],
    });
  });

  test('refuses entities of different types and unknown ids, changing nothing', async () => {
    const before = await graphFingerprint(t.db);
    const types = await postWithToken(
      baseUrl,
      MERGE,
      { keep: 'person/li-jun', merge: 'org/ahmu' },
      KEYS.curator,
    );
    expect(types.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(types.errors?.[0]?.message).toMatch(/^Cannot merge entities of different types/);
    const unknown = await postWithToken(
      baseUrl,
      MERGE,
      { keep: 'person/li-jun', merge: 'person/nobody' },
      KEYS.curator,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await graphFingerprint(t.db)).toBe(before);
  });
});

describe('retractSource', () => {
  const RETRACT = `mutation($id: ID!, $dryRun: Boolean) { retractSource(id: $id, dryRun: $dryRun) { dryRun diff { entityCounts { updated deleted } relationshipCounts { updated deleted } entities { id change } } } }`;

  test('removes facts only the source supports and strips its evidence from the rest', async () => {
    const fingerprint = await graphFingerprint(t.db);
    const dry = await postWithToken(
      baseUrl,
      RETRACT,
      { id: 'source/test-article-a', dryRun: true },
      KEYS.curator,
    );
    expect(dry.errors).toBeUndefined();
    expect(await graphFingerprint(t.db)).toBe(fingerprint);

    const people = async () =>
      (await t.db.read('MATCH (p:Person) RETURN p.id AS id ORDER BY id')).map((r) => r.id);
    const peopleBefore = await people();
    const result = await postWithToken(
      baseUrl,
      RETRACT,
      { id: 'source/test-article-a' },
      KEYS.curator,
    );
    expect(result.errors).toBeUndefined();
    const dryPayload = dry.data?.retractSource as Record<string, unknown>;
    expect(result.data?.retractSource).toEqual({ ...dryPayload, dryRun: false });
    const entities = (
      result.data?.retractSource as { diff: { entities: { id: string; change: string }[] } }
    ).diff.entities;
    // AHMU, Li Jun and the cancer area were named by this source (issue 17, point 9): they lose
    // its excerpt and keep the seed's.
    expect(entities).toEqual([
      { id: 'source/test-article-a', change: 'DELETED' },
      { id: 'area/cancer', change: 'UPDATED' },
      { id: 'org/ahmu', change: 'UPDATED' },
      { id: 'org/example-biotech', change: 'DELETED' },
      { id: 'person/li-jun', change: 'UPDATED' },
      { id: 'person/zhang-wei', change: 'DELETED' },
      { id: 'position/zhang-wei/ahmu/visiting-scholar', change: 'DELETED' },
      { id: 'position/zhang-wei/example-biotech/chief-scientist', change: 'DELETED' },
      { id: 'program/example-joint-lab', change: 'UPDATED' },
    ]);
    expect(await people()).toEqual(peopleBefore.filter((id) => id !== 'person/zhang-wei'));
    // The joint lab is still stated by the duplicate's article (test-article-c).
    const lab = await t.execute<{
      program: { parties: unknown[]; people: { person: { id: string }; role: string }[] };
    }>(
      '{ program(id: "program/example-joint-lab") { parties { role } people { role person { id } } } }',
    );
    expect(lab.data?.program).toEqual({
      parties: [],
      people: [{ role: 'REPRESENTS', person: { id: 'person/li-jun' } }],
    });
    const excerpts = await t.db.read(
      "MATCH (x:Excerpt) WHERE x.sourceId = 'source/test-article-a' RETURN count(x) AS n",
    );
    expect(excerpts).toEqual([{ n: 0 }]);
    expect(await everythingHasEvidence()).toEqual({ relationships: 0, entities: 0 });
  });
});

describe('the audit trail', () => {
  test('records who did what; only admins may read it', async () => {
    const AUDIT = '{ auditLog(first: 100) { totalCount nodes { actor role operation target } } }';
    const curator = await postWithToken(baseUrl, AUDIT, {}, KEYS.curator);
    expect(curator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await postWithToken(baseUrl, AUDIT, {}, KEYS.admin);
    expect(admin.errors).toBeUndefined();
    const log = admin.data?.auditLog as {
      nodes: { actor: string; operation: string; target: string }[];
    };
    expect(log.nodes.slice(0, 2)).toEqual([
      {
        actor: 'key:curator-bot',
        role: 'curator',
        operation: 'retractSource',
        target: 'source/test-article-a',
      },
      {
        actor: 'key:curator-bot',
        role: 'curator',
        operation: 'mergeEntities',
        target: 'person/li-jun',
      },
    ]);
    expect(log.nodes.map((n) => n.operation)).toEqual(
      expect.arrayContaining([
        'importDocument',
        'upsertPerson',
        'addPosition',
        'endPosition',
        'addAlias',
      ]),
    );
  });

  test('an entity mutation is recorded against the entity, with what it changed', async () => {
    const admin = await postWithToken(
      baseUrl,
      '{ auditLog(first: 100) { nodes { operation target summary } } }',
      {},
      KEYS.admin,
    );
    const entries = (
      admin.data?.auditLog as { nodes: { operation: string; target: string; summary: string }[] }
    ).nodes;
    const alias = entries.find((entry) => entry.operation === 'addAlias');
    expect(alias?.target).toBe('org/example-biotech');
    expect(alias?.summary).toMatch(
      /; entities changed: org\/example-biotech updated \([a-zA-Z, ]+\)$/,
    );
    const person = entries.find((entry) => entry.operation === 'upsertPerson');
    expect(person?.target).toBe('person/zhang-wei');
    expect(person?.summary).toMatch(/entities changed: person\/zhang-wei updated \(/);
  });
});

describe('the second cut of the format over the API (issue 17)', () => {
  const TEXT =
    'Worked example, not a real article. In the spring of 2020, Dr. Qian Hong chaired a seminar of Example Biotech with 30 students in Shenzhen. ' +
    'Example Biotech, a school-run company, hoped the seminar would become yearly.';
  const document = (organizationKind: Record<string, string>) => ({
    source: {
      id: 'source/test-second-cut',
      title: 'Second cut over the API',
      kind: 'OTHER',
      date: '2020-21',
      text: TEXT,
    },
    terms: [
      {
        id: 'term/event-role/seminar-chair',
        name: 'Seminar chair',
        broader: 'LEADER',
        evidence: q('chaired a seminar'),
      },
      {
        id: 'term/organization-kind/school-run-company',
        name: 'School-run company',
        broader: 'COMPANY',
        evidence: q('a school-run company'),
      },
    ],
    people: [{ id: 'person/test-qian-hong', name: 'Qian Hong', evidence: q('Dr. Qian Hong') }],
    organizations: [
      {
        id: 'org/example-biotech',
        name: 'Example Biotech',
        ...organizationKind,
        evidence: q('Example Biotech, a school-run company'),
      },
    ],
    events: [
      {
        id: 'event/test-second-cut-seminar',
        name: 'Seminar',
        kind: 'MEETING',
        date: '2020-21',
        participants: [
          {
            person: 'person/test-qian-hong',
            roleTerm: 'seminar chair',
            evidence: q('Dr. Qian Hong chaired a seminar'),
          },
        ],
        groups: [
          {
            description: 'students',
            count: 30,
            onBehalfOf: 'Example Biotech',
            evidence: q('with 30 students'),
          },
        ],
        aspects: [{ aspect: 'joint education', wording: 'seminar', evidence: q('a seminar') }],
        places: [{ place: 'Shenzhen', evidence: q('in Shenzhen') }],
        evidence: q('In the spring of 2020, Dr. Qian Hong chaired a seminar'),
      },
    ],
    statements: [
      {
        speaker: 'person/test-qian-hong',
        onBehalfOf: 'Example Biotech',
        kind: 'HOPED',
        quote: { quote: 'the seminar would become yearly' },
        about: [{ event: 'event/test-second-cut-seminar' }],
        evidence: q('hoped the seminar would become yearly'),
      },
    ],
    amend: [
      {
        organization: 'Example Biotech',
        aliases: [{ value: 'EB Ltd' }],
        evidence: q('Example Biotech, a school-run company'),
      },
    ],
  });
  const DRY = `mutation($document: DocumentInput!) {
    importDocument(document: $document, dryRun: true) {
      diff { entityCounts { created updated unchanged } entities { id change fields } }
      resolvedReferences { path reference id }
      warnings { path message }
    }
  }`;

  test('terms, kind and role terms, groups, statements, amendments and EDTF dates validate and diff', async () => {
    const before = await graphFingerprint(t.db);
    const result = await postWithToken(
      baseUrl,
      DRY,
      { document: document({ kindTerm: 'term/organization-kind/school-run-company' }) },
      KEYS.curator,
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data?.importDocument as {
      diff: { entityCounts: unknown; entities: { id: string; change: string }[] };
      resolvedReferences: { path: string; reference: string; id: string }[];
      warnings: unknown[];
    };
    expect(payload.diff.entities.filter((e) => e.change === 'CREATED').map((e) => e.id)).toEqual([
      'source/test-second-cut',
      'term/event-role/seminar-chair',
      'term/organization-kind/school-run-company',
      // Example Biotech's only source was retracted above.
      'org/example-biotech',
      'person/test-qian-hong',
      'event/test-second-cut-seminar',
      'group/test-second-cut-seminar/students',
      'statement/test-second-cut/185-216',
    ]);
    expect(payload.resolvedReferences).toContainEqual({
      path: 'events[0].participants[0].role',
      reference: 'seminar chair',
      id: 'term/event-role/seminar-chair',
    });
    expect(payload.warnings).toEqual([]);
    expect(await graphFingerprint(t.db)).toBe(before);
  });

  test('a kind and a kind term at once are refused with the path', async () => {
    const result = await postWithToken(
      baseUrl,
      DRY,
      { document: document({ kind: 'COMPANY', kindTerm: 'school-run company' }) },
      KEYS.curator,
    );
    expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.problems])).toEqual([
      [
        'BAD_USER_INPUT',
        [{ path: 'organizations[0]', message: 'give "kind" or "kindTerm", not both' }],
      ],
    ]);
  });
});
