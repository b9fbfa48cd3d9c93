import { raceFixture, raceIds } from '../../reliability/races';
import { importDocument } from '../../src/import/importDocument';
import { AUTH_OVERRIDES, KEYS } from '../utils/authHeaders';
import { listen } from '../utils/listen';
import { postWithToken } from '../utils/postWithToken';
import type { TestServer } from '../utils/testServer';
import { startReferencePath, startTestServer } from '../utils/testServer';

/**
 * After a merge, the merged id stands for the entity kept everywhere: in every id argument
 * and filter of the API, and in imports and entity mutations, which update the kept entity
 * and say so instead of creating a shadow of the merged one.
 */
let t: TestServer;
let baseUrl: string;

const P = 'merged';
const id = raceIds(P);
const DUP = {
  org: 'org/merged-uni-two-dup',
  person: 'person/merged-bob-b',
  program: 'program/merged-duo-lab',
  event: 'event/merged-duo-day',
};
const DUP_TEXT =
  'Uni Two Dup and Uni One run the Duo Lab. Bob B. leads the Duo Lab for Uni Two Dup. ' +
  'Bob B. spoke at the Duo Day, hosted by Uni Two Dup.';

const curator = (query: string, variables: Record<string, unknown> = {}) =>
  postWithToken(baseUrl, query, variables, KEYS.curator);

beforeAll(async () => {
  t = await startTestServer(AUTH_OVERRIDES);
  baseUrl = await listen(t.server);
  await importDocument(t.db, raceFixture(P), { file: 'fixture.yaml' });
  await importDocument(
    t.db,
    {
      source: { id: 'source/merged-dup', title: 'Duplicates', text: DUP_TEXT },
      organizations: [
        { id: DUP.org, name: 'Uni Two Dup', kind: 'UNIVERSITY', evidence: ['Uni Two Dup'] },
      ],
      people: [{ id: DUP.person, name: 'Bob B.', evidence: ['Bob B. leads'] }],
      programs: [
        {
          id: DUP.program,
          name: 'Duo Lab',
          kind: 'CENTER',
          status: 'ACTIVE',
          parties: [
            { organization: DUP.org, role: 'PARTNER', evidence: ['Uni Two Dup and Uni One'] },
            { organization: id.uniOne, role: 'PARTNER', evidence: ['Uni Two Dup and Uni One'] },
          ],
          people: [
            {
              person: DUP.person,
              role: 'LEADS',
              onBehalfOf: DUP.org,
              evidence: ['Bob B. leads the Duo Lab for Uni Two Dup'],
            },
          ],
          evidence: ['the Duo Lab'],
        },
      ],
      events: [
        {
          id: DUP.event,
          name: 'Duo Day',
          kind: 'MEETING',
          hosts: [{ organization: DUP.org, evidence: ['the Duo Day, hosted by Uni Two Dup'] }],
          participants: [
            { person: DUP.person, role: 'PARTICIPANT', evidence: ['Bob B. spoke at the Duo Day'] },
          ],
          evidence: ['the Duo Day'],
        },
      ],
    },
    { file: 'duplicates.yaml' },
  );
  for (const [keep, merge] of [
    [id.uniTwo, DUP.org],
    [id.bob, DUP.person],
  ]) {
    const merged = await curator(
      'mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { mergedId } }',
      { keep, merge },
    );
    expect(merged.errors).toBeUndefined();
  }
});

afterAll(() => t.stop());

/** Every root field that takes entity ids, asked about one organization and one person. */
const EVERY_ID_ARGUMENT = `query($org: ID!, $person: ID!, $other: ID!) {
  neighbours(id: $org) { totalCount nodes { node { id } relationship qualifier } }
  personNeighbours: neighbours(id: $person) { totalCount }
  connection(from: $person, to: $other) { hops from { id } to { id } }
  byOrganization: programs(filter: { organization: $org }) { totalCount nodes { id } }
  byPerson: programs(filter: { person: $person }) { totalCount }
  byParty: programs(filter: { hasParty: { hasProgram: { person: $person } } }) { totalCount }
  people(filter: { organization: $org }) { totalCount nodes { id } }
  hosts: events(filter: { organization: $org }) { totalCount }
  participations: events(filter: { participant: $person }) { totalCount }
  organizations(filter: { or: [{ hasProgram: { person: $person } }, { unitOf: $org }] }) { totalCount }
  collaborations(organization: $org) {
    totalCount
    nodes { organization { id } partner { id } programCount }
  }
  partner: collaborations(organization: $other, partner: $org) { totalCount }
}`;

describe('reads', () => {
  test('every id argument and filter treats a merged id as the entity kept', async () => {
    const kept = await curator(EVERY_ID_ARGUMENT, {
      org: id.uniTwo,
      person: id.bob,
      other: id.uniOne,
    });
    expect(kept.errors).toBeUndefined();
    const merged = await curator(EVERY_ID_ARGUMENT, {
      org: DUP.org,
      person: DUP.person,
      other: id.uniOne,
    });
    expect(merged.errors).toBeUndefined();
    expect(merged.data).toEqual(kept.data);
    // Not vacuous: the kept entities hold what the duplicates brought.
    expect(kept.data).toMatchObject({
      byOrganization: { totalCount: 2 },
      byPerson: { totalCount: 2 },
      hosts: { totalCount: 2 },
      participations: { totalCount: 1 },
      connection: { hops: 2 },
      collaborations: {
        totalCount: 1,
        nodes: [{ organization: { id: id.uniTwo }, partner: { id: id.uniOne }, programCount: 2 }],
      },
      partner: { totalCount: 1 },
    });
  });

  test("a request's ids are read through their redirects in its statements, or in one batched read", async () => {
    const variables = { org: DUP.org, person: DUP.person, other: id.uniOne };
    // The planner: one statement per root field, each reading its ids' redirects itself.
    t.resetQueryCount();
    const merged = await curator(EVERY_ID_ARGUMENT, variables);
    expect(merged.errors).toBeUndefined();
    expect(t.queries).toHaveLength(12);
    expect(t.queries.filter((cypher) => cypher.includes('(r:Redirect {id: id})'))).toHaveLength(0);
    // The reference path: every id of the request in one batched read.
    const reference = await startReferencePath(t);
    try {
      t.resetQueryCount();
      const answer = await reference.execute(EVERY_ID_ARGUMENT, variables);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(merged.data);
      const batches = t.queries.filter((cypher) => cypher.includes('(r:Redirect {id: id})'));
      expect(batches).toHaveLength(1);
    } finally {
      await reference.stop();
    }
  });
});

const UPSERT = `mutation($input: UpsertPersonInput!) {
  upsertPerson(input: $input) {
    node { id ... on Person { name honorific alternativeNames { value } } }
    diff { entities { id change fields } }
    resolvedReferences { path reference id }
    change { target summary }
  }
}`;

async function shadows(): Promise<number> {
  const [row] = await t.db.read(
    `MATCH (r:Redirect) WHERE r.id STARTS WITH 'person/merged' OR r.id STARTS WITH 'org/merged'
     RETURN COUNT { MATCH (p:Person) WHERE p.id = r.id } + COUNT { MATCH (o:Organization) WHERE o.id = r.id } AS n`,
  );
  return Number(row?.n ?? 0);
}

describe('writes', () => {
  test('upsertPerson naming a merged id updates the entity kept, and says so', async () => {
    const result = await curator(UPSERT, {
      input: {
        sourceId: 'source/merged-dup',
        person: {
          id: DUP.person,
          name: 'Bob B.',
          honorific: 'Dr.',
          aliases: [{ value: 'B. Bo' }],
          evidence: [{ quote: 'Bob B. spoke' }],
        },
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.upsertPerson).toEqual({
      node: {
        id: id.bob,
        name: 'Bob Bo',
        honorific: 'Dr.',
        alternativeNames: [{ value: 'Bob B.' }, { value: 'B. Bo' }],
      },
      diff: {
        entities: [
          { id: 'source/merged-dup', change: 'UNCHANGED', fields: [] },
          {
            id: id.bob,
            change: 'UPDATED',
            fields: ['honorific', 'names', 'aliases', 'matchKeys', 'evidence'],
          },
        ],
      },
      resolvedReferences: [{ path: 'people[0].id', reference: DUP.person, id: id.bob }],
      change: {
        target: id.bob,
        summary: expect.stringMatching(
          new RegExp(`; merged ids followed: ${DUP.person} -> ${id.bob}$`),
        ) as unknown,
      },
    });
    expect(await shadows()).toBe(0);
  });

  test('an import defining and linking a merged id writes onto the entity kept', async () => {
    const result = await curator(
      `mutation($document: DocumentInput!) { importDocument(document: $document) {
        diff { entities { id change } relationships { type from to change } }
        resolvedReferences { path reference id }
      } }`,
      {
        document: {
          source: {
            id: 'source/merged-later',
            title: 'Later',
            text: 'Uni Two Dup hosts the Trio Fair.',
          },
          organizations: [
            {
              id: DUP.org,
              name: 'Uni Two Dup',
              kind: 'UNIVERSITY',
              evidence: [{ quote: 'Uni Two Dup' }],
            },
          ],
          events: [
            {
              id: 'event/merged-trio-fair',
              name: 'Trio Fair',
              kind: 'OTHER',
              hosts: [{ organization: DUP.org, evidence: [{ quote: 'Uni Two Dup hosts' }] }],
              evidence: [{ quote: 'the Trio Fair' }],
            },
          ],
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importDocument).toEqual({
      diff: {
        entities: [
          { id: 'source/merged-later', change: 'CREATED' },
          { id: id.uniTwo, change: 'UPDATED' },
          { id: 'event/merged-trio-fair', change: 'CREATED' },
        ],
        relationships: [
          { type: 'HOSTED_BY', from: 'event/merged-trio-fair', to: id.uniTwo, change: 'CREATED' },
        ],
      },
      resolvedReferences: [
        { path: 'organizations[0].id', reference: DUP.org, id: id.uniTwo },
        { path: 'events[0].hosts[0].organization', reference: DUP.org, id: id.uniTwo },
      ],
    });
    expect(await shadows()).toBe(0);
    const [kept] = await t.db.read(
      `MATCH (o:Organization {id: $id}) RETURN o.name AS name, o.aliases AS aliases`,
      { id: id.uniTwo },
    );
    expect(kept).toEqual({ name: 'Uni Two', aliases: ['Uni Two Dup'] });
  });

  test('addAlias on a merged id adds the name to the entity kept', async () => {
    const result = await curator(
      `mutation($input: AddAliasInput!) { addAlias(input: $input) {
        node { id } resolvedReferences { reference id } } }`,
      {
        input: {
          sourceId: 'source/merged-dup',
          entityId: DUP.person,
          alias: { value: 'Bobby' },
          evidence: [{ quote: 'Bob B.' }],
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.addAlias).toEqual({
      node: { id: id.bob },
      resolvedReferences: [{ reference: DUP.person, id: id.bob }],
    });
    expect(await shadows()).toBe(0);
  });

  test('merging a merged id again is a CONFLICT that names where it went', async () => {
    const MERGE = `mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { mergedId } }`;
    const again = await curator(MERGE, { keep: id.bob, merge: DUP.person });
    expect(again.errors?.[0]).toMatchObject({
      message: `"${DUP.person}" is already merged into "${id.bob}".`,
      extensions: { code: 'CONFLICT', argument: 'merge', mergedInto: id.bob },
    });
    const keepMerged = await curator(MERGE, { keep: DUP.person, merge: id.alice });
    expect(keepMerged.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      argument: 'keep',
      mergedInto: id.bob,
    });
    const unknown = await curator(MERGE, { keep: id.bob, merge: 'person/merged-nobody' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe("issue 17's arguments and sections", () => {
  const STATED = {
    source: 'source/merged-stated',
    org: 'org/merged-uni-one-dup',
    person: 'person/merged-cai-c',
    program: 'program/merged-tri-dup',
  };
  const STATED_TEXT = 'Cai C., for Uni One Dup, hoped that the Tri Dup Program would grow.';

  beforeAll(async () => {
    await importDocument(
      t.db,
      {
        source: { id: STATED.source, title: 'Stated', text: STATED_TEXT },
        organizations: [
          { id: STATED.org, name: 'Uni One Dup', kind: 'UNIVERSITY', evidence: ['Uni One Dup'] },
        ],
        people: [{ id: STATED.person, name: 'Cai C.', evidence: ['Cai C.'] }],
        programs: [
          {
            id: STATED.program,
            name: 'Tri Dup Program',
            kind: 'COLLABORATION',
            parties: [{ organization: STATED.org, role: 'PARTNER', evidence: ['Uni One Dup'] }],
            evidence: ['the Tri Dup Program'],
          },
        ],
        statements: [
          {
            speaker: STATED.person,
            onBehalfOf: STATED.org,
            kind: 'HOPED',
            quote: 'the Tri Dup Program would grow',
            about: [{ program: STATED.program }],
            evidence: ['Cai C., for Uni One Dup, hoped'],
          },
        ],
      },
      { file: 'stated.yaml' },
    );
    for (const [keep, merge] of [
      [id.uniOne, STATED.org],
      [id.cai, STATED.person],
      [id.program, STATED.program],
    ]) {
      const merged = await curator(
        'mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { mergedId } }',
        { keep, merge },
      );
      expect(merged.errors).toBeUndefined();
    }
  });

  /** The id arguments issue 17 added: statement filters, source filters, `via`. */
  const NEW_ID_ARGUMENTS = `query($org: ID!, $person: ID!, $program: ID!, $source: ID!) {
    bySpeaker: statements(filter: { speaker: $person }) {
      totalCount nodes { speaker { id } organization { id } programs { id } }
    }
    byOrganization: statements(filter: { organization: $org }) { totalCount }
    byAbout: statements(filter: { about: $program }) { totalCount }
    sources(filter: { states: $program }) { totalCount nodes { id } }
    stated: neighbours(id: $program, source: $source) { totalCount }
    programs(filter: { organization: $org, source: $source }) { totalCount nodes { id } }
    collaborations(organization: $org, source: $source) { totalCount }
    connection(from: $person, to: $program, via: [TERM]) { hops }
  }`;

  test('statement and source filters, and via, treat a merged id as the entity kept', async () => {
    const kept = await curator(NEW_ID_ARGUMENTS, {
      org: id.uniOne,
      person: id.cai,
      program: id.program,
      source: STATED.source,
    });
    expect(kept.errors).toBeUndefined();
    const merged = await curator(NEW_ID_ARGUMENTS, {
      org: STATED.org,
      person: STATED.person,
      program: STATED.program,
      source: STATED.source,
    });
    expect(merged.errors).toBeUndefined();
    expect(merged.data).toEqual(kept.data);
    // Not vacuous: the statement's speaker, organization (its onBehalfOf, repointed by the
    // merge) and subject are the kept entities.
    expect(kept.data).toMatchObject({
      bySpeaker: {
        totalCount: 1,
        nodes: [
          {
            speaker: { id: id.cai },
            organization: { id: id.uniOne },
            programs: [{ id: id.program }],
          },
        ],
      },
      byOrganization: { totalCount: 1 },
      byAbout: { totalCount: 1 },
      programs: { totalCount: 1, nodes: [{ id: id.program }] },
      connection: { hops: 1 },
    });
    const sources = (kept.data as { sources: { nodes: { id: string }[] } }).sources.nodes;
    expect(sources.map((source) => source.id)).toContain(STATED.source);
  });

  test('an amend section and a statement naming merged ids write onto the entities kept', async () => {
    const result = await curator(
      `mutation($document: DocumentInput!) { importDocument(document: $document) {
        diff { entities { id change } }
        resolvedReferences { path reference id }
      } }`,
      {
        document: {
          source: {
            id: 'source/merged-amend',
            title: 'Amend',
            text: 'Cai C. said UOD would host.',
          },
          amend: [
            { organization: STATED.org, aliases: [{ value: 'UOD' }], evidence: [{ quote: 'UOD' }] },
          ],
          statements: [
            {
              speaker: STATED.person,
              kind: 'SAID',
              quote: { quote: 'UOD would host' },
              about: [{ organization: STATED.org }],
              evidence: [{ quote: 'Cai C. said' }],
            },
          ],
        },
      },
    );
    expect(result.errors).toBeUndefined();
    const answer = result.data?.importDocument as {
      diff: { entities: { id: string; change: string }[] };
      resolvedReferences: { path: string; reference: string; id: string }[];
    };
    expect(answer.resolvedReferences).toEqual(
      expect.arrayContaining([
        { path: 'amend[0].organization', reference: STATED.org, id: id.uniOne },
        { path: 'statements[0].speaker', reference: STATED.person, id: id.cai },
        { path: 'statements[0].about[0].organization', reference: STATED.org, id: id.uniOne },
      ]),
    );
    expect(answer.diff.entities).toEqual(
      expect.arrayContaining([
        { id: id.uniOne, change: 'UPDATED' },
        { id: id.cai, change: 'UPDATED' },
      ]),
    );
    const [uniOne] = await t.db.read(
      `MATCH (o:Organization {id: $id}) RETURN o.aliases AS aliases`,
      { id: id.uniOne },
    );
    expect(uniOne?.aliases).toContain('UOD');
    const shadowsOf17 = await t.db.read(
      `MATCH (n) WHERE n.id IN $ids AND NOT n:Redirect RETURN n.id AS id`,
      { ids: Object.values(STATED).filter((value) => value !== STATED.source) },
    );
    expect(shadowsOf17).toEqual([]);
  });
});
