/**
 * Ids and names have documented maximum lengths (seed/README.md, "Limits"), refused with the
 * path in the document, in a dry run as in a real import, from a file as over the API: an id
 * longer than Neo4j can index (about 8 KB) never reaches it.
 */
import { DocumentInvalidError } from '../../src/import/documentInvalidError';
import type { DocumentProblem } from '../../src/import/documentInvalidError';
import type { DocumentInput } from '../../src/import/documentSchema';
import { importDocument } from '../../src/import/importDocument';
import { AUTH_OVERRIDES, KEYS } from '../utils/authHeaders';
import { listen } from '../utils/listen';
import { postWithToken } from '../utils/postWithToken';
import type { TestServer } from '../utils/testServer';
import { graphFingerprint, startTestServer } from '../utils/testServer';

let t: TestServer;
let baseUrl: string;

beforeAll(async () => {
  t = await startTestServer(AUTH_OVERRIDES);
  await t.seed();
  baseUrl = await listen(t.server);
});

afterAll(() => t.stop());

const TEXT = 'The Example Institute opened in Hefei. Dr. Example leads the Example Institute.';

function document(org: Record<string, unknown> = {}, person: Record<string, unknown> = {}) {
  return {
    source: { id: 'source/length-limits', title: 'Lengths', kind: 'OTHER', text: TEXT },
    organizations: [
      {
        id: 'org/example-institute',
        name: 'Example Institute',
        kind: 'RESEARCH_INSTITUTE',
        evidence: ['The Example Institute'],
        ...org,
      },
    ],
    people: [
      {
        id: 'person/example',
        name: 'Example',
        honorific: 'Dr.',
        evidence: ['Dr. Example'],
        ...person,
      },
    ],
    positions: [
      {
        person: 'person/example',
        title: 'leader',
        organization: 'org/example-institute',
        evidence: ['Dr. Example leads the Example Institute'],
      },
    ],
  } as DocumentInput;
}

/** The problems of an import of `input`, in a dry run and a real one; the graph unchanged. */
async function problems(input: DocumentInput): Promise<DocumentProblem[]> {
  const before = await graphFingerprint(t.db);
  const found: DocumentProblem[][] = [];
  for (const dryRun of [true, false]) {
    t.resetQueryCount();
    try {
      await importDocument(t.db, input, { file: 'lengths.yaml', dryRun });
      throw new Error('imported');
    } catch (error) {
      if (!(error instanceof DocumentInvalidError)) throw error;
      found.push(error.problems);
    }
  }
  expect(found[0]).toEqual(found[1]);
  expect(await graphFingerprint(t.db)).toBe(before);
  return found[0] ?? [];
}

const slug = (n: number) => 'a'.repeat(n);

test('an id of 9000 characters is refused with its path, in a dry run as in an import', async () => {
  expect(await problems(document({ id: `org/${slug(8996)}` }))).toEqual([
    {
      path: 'organizations[0].id',
      message: 'must be at most 256 characters long (this one has 9000)',
    },
  ]);
});

test.each([
  ['a name', { name: 'N'.repeat(501) }, 'organizations[0].name', 501],
  ['an acronym', { acronym: 'A'.repeat(600) }, 'organizations[0].acronym', 600],
  ['an alias', { aliases: ['x'.repeat(10_000)] }, 'organizations[0].aliases[0]', 10_000],
  [
    'an alias object',
    { aliases: [{ value: 'x'.repeat(700), kind: 'ACRONYM' }] },
    'organizations[0].aliases[0].value',
    700,
  ],
])('%s past 500 characters is refused with its path', async (_name, org, path, length) => {
  const found = await problems(document(org));
  expect(found).toContainEqual({
    path,
    message: `must be at most 500 characters long (this one has ${length})`,
  });
});

test('a computed position id past 256 characters asks for an id of its own', async () => {
  const long = document({ id: `org/${slug(200)}` }, { id: `person/${slug(200)}` });
  long.positions = [
    {
      ...long.positions?.[0],
      person: `person/${slug(200)}`,
      organization: `org/${slug(200)}`,
    } as never,
  ];
  const found = await problems(long);
  expect(found).toEqual([
    {
      path: 'positions[0]',
      message: `its computed id "position/${slug(51)}…" has 417 characters, more than the 256 an id may have: give the position a shorter "id"`,
    },
  ]);
});

test('ids of 256 characters and names of 500 are imported', async () => {
  const id = `org/${slug(252)}`;
  const input = document({ id, name: 'N'.repeat(500) });
  input.positions = [
    { ...input.positions?.[0], organization: id, id: 'position/example/leader' } as never,
  ];
  const result = await importDocument(t.db, input, { file: 'lengths.yaml' });
  expect(result.sourceId).toBe('source/length-limits');
  const [row] = await t.db.read('MATCH (o:Organization {id: $id}) RETURN size(o.name) AS n', {
    id,
  });
  expect(Number(row?.n)).toBe(500);
});

describe('over the API', () => {
  const IMPORT = `mutation($document: DocumentInput!, $dryRun: Boolean) {
    importDocument(document: $document, dryRun: $dryRun) { dryRun diff { entityCounts { created } } }
  }`;
  /** The mutation's form of a document: excerpts as `{ quote }`. */
  const asInput = (input: DocumentInput) =>
    JSON.parse(JSON.stringify(input), (key, value: unknown) =>
      key === 'evidence' && Array.isArray(value)
        ? value.map((quote: unknown) => (typeof quote === 'string' ? { quote } : quote))
        : value,
    ) as unknown;

  test('an 8 KB id in a dry run is BAD_USER_INPUT naming the limit and the path', async () => {
    t.resetQueryCount();
    const answer = await postWithToken(
      baseUrl,
      IMPORT,
      { document: asInput(document({ id: `org/${slug(8996)}` })), dryRun: true },
      KEYS.curator,
    );
    expect(answer.status).toBe(400);
    expect(answer.errors).toEqual([
      {
        message: '"document.organizations[0].id" is 9000 characters long; an id has at most 256.',
        extensions: {
          code: 'BAD_USER_INPUT',
          limit: 'MAX_ID_LENGTH',
          maximum: 256,
          found: 9000,
          field: 'importDocument',
          argument: 'document',
          inputPath: 'document.organizations[0].id',
        },
      },
    ]);
    expect(t.queries).toEqual([]);
  });

  test('a name past 500 characters is BAD_USER_INPUT with the problem at its path', async () => {
    const answer = await postWithToken(
      baseUrl,
      IMPORT,
      { document: asInput(document({}, { name: 'N'.repeat(501) })), dryRun: true },
      KEYS.curator,
    );
    expect(answer.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [
        {
          path: 'people[0].name',
          message: 'must be at most 500 characters long (this one has 501)',
        },
      ],
    });
  });

  test('upsertPerson with a name past 500 characters is refused too', async () => {
    const answer = await postWithToken(
      baseUrl,
      `mutation($input: UpsertPersonInput!) { upsertPerson(input: $input) { node { id } } }`,
      {
        input: {
          sourceId: 'source/ahmu-bgi-2018-04-20',
          person: { id: 'person/li-jun', name: 'L'.repeat(2000), evidence: [{ quote: 'Li Jun' }] },
        },
      },
      KEYS.curator,
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        expect.objectContaining({
          message: 'must be at most 500 characters long (this one has 2000)',
        }),
      ],
    });
  });
});

describe("the second cut's sections (issue 17) have maximum lengths too", () => {
  const LONG_SOURCE = `source/${slug(249)}`;
  /** A document of the knowledge model's second cut: a term, an event with a group, a statement. */
  function secondCut(
    change: (doc: Record<string, unknown[]> & { source: Record<string, unknown> }) => void = () =>
      undefined,
  ): DocumentInput {
    const doc = {
      source: {
        id: 'source/length-limits-second-cut',
        title: 'Lengths, second cut',
        kind: 'OTHER',
        text: `${TEXT} Twelve experts attended the meeting, chaired by Dr. Example, who said the institute would grow.`,
      },
      terms: [
        {
          id: 'term/event-role/chair',
          name: 'Chair',
          broader: 'LEADER',
          description: 'Who chairs a meeting.',
          evidence: ['chaired by Dr. Example'],
        },
      ],
      people: [{ id: 'person/example', name: 'Example', evidence: ['Dr. Example'] }],
      organizations: [
        {
          id: 'org/example-institute',
          name: 'Example Institute',
          kind: 'RESEARCH_INSTITUTE',
          evidence: ['The Example Institute'],
        },
      ],
      events: [
        {
          id: 'event/example-meeting',
          name: 'Example meeting',
          kind: 'MEETING',
          date: '2020-01',
          participants: [
            { person: 'person/example', role: 'Chair', evidence: ['chaired by Dr. Example'] },
          ],
          groups: [
            {
              description: 'experts',
              count: 12,
              evidence: ['Twelve experts attended the meeting'],
            },
          ],
          evidence: ['Twelve experts attended the meeting'],
        },
      ],
      statements: [
        {
          speaker: 'person/example',
          kind: 'SAID',
          quote: 'the institute would grow',
          event: 'event/example-meeting',
          about: [{ organization: 'org/example-institute', wording: 'the institute' }],
          evidence: ['Dr. Example, who said'],
        },
      ],
      amend: [
        {
          organization: 'org/example-institute',
          aliases: ['EI'],
          evidence: ['The Example Institute'],
        },
      ],
    };
    change(doc as never);
    return doc as DocumentInput;
  }
  /** The first item of a section, to change one field. */
  const first = (doc: Record<string, unknown[]>, section: string) =>
    (doc[section]?.[0] ?? {}) as Record<string, unknown>;
  const group = (doc: Record<string, unknown[]>) =>
    (first(doc, 'events').groups as Record<string, unknown>[] | undefined)?.[0] ?? {};
  const subject = (doc: Record<string, unknown[]>) =>
    (first(doc, 'statements').about as Record<string, unknown>[] | undefined)?.[0] ?? {};

  test('the document imports as it stands', async () => {
    const result = await importDocument(t.db, secondCut(), { file: 'lengths.yaml', dryRun: true });
    expect(result.sourceId).toBe('source/length-limits-second-cut');
  });

  test.each<[string, (doc: Record<string, unknown[]>) => void, string, number, number]>([
    [
      'a term id',
      (doc) => (first(doc, 'terms').id = `term/event-role/${slug(300)}`),
      'terms[0].id',
      256,
      316,
    ],
    [
      'a term name',
      (doc) => (first(doc, 'terms').name = 'N'.repeat(501)),
      'terms[0].name',
      500,
      501,
    ],
    [
      "a term's broader",
      (doc) => (first(doc, 'terms').broader = 'B'.repeat(600)),
      'terms[0].broader',
      500,
      600,
    ],
    [
      "a term's description",
      (doc) => (first(doc, 'terms').description = 'd'.repeat(5001)),
      'terms[0].description',
      5000,
      5001,
    ],
    [
      'a role named by a term',
      (doc) => {
        const participant = (first(doc, 'events').participants as Record<string, unknown>[])[0];
        if (participant) participant.role = 'r'.repeat(700);
      },
      'events[0].participants[0].role',
      500,
      700,
    ],
    [
      "a group's description",
      (doc) => (group(doc).description = 'e'.repeat(501)),
      'events[0].groups[0].description',
      500,
      501,
    ],
    [
      "a statement's quote",
      (doc) => (first(doc, 'statements').quote = 'q'.repeat(10_001)),
      'statements[0].quote',
      10_000,
      10_001,
    ],
    [
      "a statement subject's wording",
      (doc) => (subject(doc).wording = 'w'.repeat(501)),
      'statements[0].about[0].wording',
      500,
      501,
    ],
    [
      'an alias added by amend',
      (doc) => (first(doc, 'amend').aliases = ['a'.repeat(800)]),
      'amend[0].aliases[0]',
      500,
      800,
    ],
    [
      'an EDTF date',
      (doc) => (first(doc, 'events').date = `2020-01-01/${'2'.repeat(40)}`),
      'events[0].date',
      32,
      51,
    ],
  ])('%s past its maximum is refused with its path', async (_name, change, path, max, length) => {
    const found = await problems(secondCut(change));
    expect(found).toContainEqual({
      path,
      message: `must be at most ${max} characters long (this one has ${length})`,
    });
  });

  test("a group's count is bounded", async () => {
    const found = await problems(secondCut((doc) => (group(doc).count = 1e12)));
    expect(found.map((p) => p.path)).toContain('events[0].groups[0].count');
  });

  test('computed ids of a group and a statement past 256 characters ask for ids of their own', async () => {
    const found = await problems(
      secondCut((doc) => {
        const source = doc.source;
        source.id = LONG_SOURCE;
        first(doc, 'events').id = `event/${slug(250)}`;
        group(doc).description = 'x'.repeat(60);
      }),
    );
    const groupId = `group/${slug(250)}/${'x'.repeat(60)}`;
    expect(found).toContainEqual({
      path: 'events[0].groups[0]',
      message: `its computed id "${groupId.slice(0, 60)}…" has ${groupId.length} characters, more than the 256 an id may have: give the group a shorter "id"`,
    });
    const statement = found.find((p) => p.path === 'statements[0]');
    expect(statement?.message).toMatch(
      /^its computed id "statement\/a{50}…" has 2\d\d characters, more than the 256 an id may have: give the statement a shorter "id"$/,
    );
  });
});
