import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describeImport } from '../../src/cli/import';
import { Label } from '../../src/db/labelsAndTypes';
import type { ImportResult } from '../../src/import/importDocument';
import { importDocument } from '../../src/import/importDocument';
import { seedFiles } from '../../src/import/importFiles';
import { loadDocumentFile } from '../../src/import/loadDocumentFile';
import { PROJECT_ROOT } from '../../src/projectRoot';
import type { TestServer } from '../utils/testServer';
import { graphCounts, graphFingerprint, startTestServer } from '../utils/testServer';

/** The worked example of seed/examples builds on the seed: it reuses nodes, never copies them. */

const EXAMPLE = join(PROJECT_ROOT, 'seed', 'examples', '03-worked-example-follow-up-meeting.yaml');
const EXAMPLE_TEXT = join(PROJECT_ROOT, 'seed', 'examples', 'worked-example-follow-up-meeting.txt');
const SOURCE_ID = 'source/worked-example-follow-up-meeting';
const MEETING_ID = 'event/ahmu-precision-medicine-follow-up-meeting-2018-06';
const WORKING_GROUP_ID = 'program/ahmu-bgi-birth-defects-testing-working-group';

let t: TestServer;
let first: ImportResult;
/** Stored properties of seed nodes the example refers to, before the example was imported. */
let seedNodesBefore: Record<string, unknown>[];
let countsBefore: { nodes: number; relationships: number };

/** Properties of the seed nodes the example names by alias or id. */
async function seedNodes(): Promise<Record<string, unknown>[]> {
  return t.db.read(
    `MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS props ORDER BY id`,
    {
      ids: [
        'person/li-jun',
        'org/ahmu',
        'org/bgi',
        'place/hefei',
        'program/ahmu-bgi-precision-medicine-center',
        'area/birth-defects',
        'aspect/clinical-medicine',
      ],
    },
  );
}

async function importExample(): Promise<ImportResult> {
  const loaded = loadDocumentFile(EXAMPLE);
  return importDocument(t.db, loaded.content, loaded);
}

/** Runs an operation that must succeed and returns its data. */
async function query<T>(text: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await t.execute<T>(text, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
  seedNodesBefore = await seedNodes();
  countsBefore = await graphCounts(t.db);
  first = await importExample();
});

afterAll(() => t.stop());

test('the example is marked as a worked example and is not part of the seed', async () => {
  const data = await query<{ source: { title: string; text: string } }>(
    `query ($id: ID!) { source(id: $id) { title text } }`,
    { id: SOURCE_ID },
  );
  expect(data.source.title).toMatch(/^Worked example: /);
  expect(data.source.text).toBe(readFileSync(EXAMPLE_TEXT, 'utf8'));
  expect(data.source.text).toMatch(/^WORKED EXAMPLE FOR CURATORS\. .* It is not a real article/);
  const [row] = await t.db.read(`MATCH (s:${Label.Source} {id: $id}) RETURN s.kind AS kind`, {
    id: SOURCE_ID,
  });
  expect(row?.kind).toBe('OTHER');
  expect(
    seedFiles(join(PROJECT_ROOT, 'seed', 'documents')).map((f) => f.slice(PROJECT_ROOT.length)),
  ).toEqual([
    '/seed/documents/01-ahmu-bgi-2018-04-20.yaml',
    '/seed/documents/02-reference-places.yaml',
  ]);
});

test('the first import reports what it held, what it created and every alias it resolved', () => {
  const { file, sourceId, entities, relationships, excerpts, changes } = first;
  expect({ file, sourceId, entities, relationships, excerpts }).toEqual({
    file: EXAMPLE,
    sourceId: SOURCE_ID,
    entities: 5,
    relationships: 13,
    excerpts: 13,
  });
  // the source, 13 excerpts, office, person, position, program, event; 13 QUOTES + 13 facts
  expect([changes.nodesCreated, changes.relationshipsCreated]).toEqual([19, 26]);
  expect([...first.resolvedAliases].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
    {
      path: 'events[0].participants[0].onBehalfOf',
      reference: 'AHMU',
      id: 'org/ahmu',
    },
    {
      path: 'events[0].participants[0].person',
      reference: 'Prof. Li jun',
      id: 'person/li-jun',
    },
    { path: 'events[0].places[0].place', reference: 'Hefei', id: 'place/hefei' },
    { path: 'organizations[0].unitOf.organization', reference: 'AHMU', id: 'org/ahmu' },
    {
      path: 'programs[0].aspects[0].aspect',
      reference: 'clinical medicine',
      id: 'aspect/clinical-medicine',
    },
    {
      path: 'programs[0].diseaseAreas[0].area',
      reference: 'birth defects',
      id: 'area/birth-defects',
    },
    { path: 'programs[0].parties[0].organization', reference: 'AHMU', id: 'org/ahmu' },
    { path: 'programs[0].parties[1].organization', reference: 'BGI', id: 'org/bgi' },
    {
      path: 'programs[0].partOf.program',
      reference: 'Precision Medicine Center',
      id: 'program/ahmu-bgi-precision-medicine-center',
    },
    { path: 'programs[0].people[0].onBehalfOf', reference: 'AHMU', id: 'org/ahmu' },
    { path: 'programs[0].people[0].person', reference: 'Zhang San', id: 'person/zhang-san' },
  ]);
  expect(describeImport(first)).toBe(
    `${EXAMPLE}: ${SOURCE_ID}: 5 entities, 13 relationships, 13 excerpts; ` +
      'created 19 nodes and 26 relationships; resolved 11 references by alias',
  );
});

test('it created exactly its own nodes and relationships, and copied no seed entity', async () => {
  expect(await graphCounts(t.db)).toEqual({
    nodes: countsBefore.nodes + 19,
    relationships: countsBefore.relationships + 26,
  });
  const rows = await t.db.read(
    `MATCH (p:${Label.Person}) WHERE 'li jun' IN p.matchKeys OR toLower(p.name) = 'li jun'
     RETURN p.id AS id`,
  );
  expect(rows).toEqual([{ id: 'person/li-jun' }]);
  const [counts] = await t.db.read(
    `RETURN COUNT { (:${Label.Person}) } AS people, COUNT { (:${Label.Organization}) } AS organizations,
            COUNT { (:${Label.Program}) } AS programs, COUNT { (:${Label.Place}) } AS places,
            COUNT { (:${Label.DiseaseArea}) } AS areas, COUNT { (:${Label.CooperationAspect}) } AS aspects`,
  );
  expect(counts).toEqual({
    people: 9,
    organizations: 15,
    programs: 6,
    places: 5,
    areas: 4,
    aspects: 4,
  });
});

test('the seed nodes it names keep their ids and properties; their evidence gains the example', async () => {
  // Every source that states an entity is in its evidence (issue 17, point 9): each seed entity
  // the example names gains one excerpt of the example, the first fact that names it.
  const withoutExample = (rows: Record<string, unknown>[]) =>
    rows.map((row) => {
      const props = row.props as { evidence: string[] };
      return {
        ...row,
        props: {
          ...props,
          evidence: props.evidence.filter((id) => !id.startsWith(`${SOURCE_ID}#`)),
        },
      };
    });
  const after = await seedNodes();
  expect(withoutExample(after)).toEqual(seedNodesBefore);
  expect(seedNodesBefore).toHaveLength(7);
  expect(
    after.map((row) => [
      row.id,
      (row.props as { evidence: string[] }).evidence.filter((id) => id.startsWith(`${SOURCE_ID}#`)),
    ]),
  ).toEqual([
    ['area/birth-defects', [`${SOURCE_ID}#437-489`]],
    ['aspect/clinical-medicine', [`${SOURCE_ID}#491-534`]],
    ['org/ahmu', [`${SOURCE_ID}#310-347`]],
    ['org/bgi', [`${SOURCE_ID}#536-565`]],
    ['person/li-jun', [`${SOURCE_ID}#153-201`]],
    ['place/hefei', [`${SOURCE_ID}#182-210`]],
    ['program/ahmu-bgi-precision-medicine-center', [`${SOURCE_ID}#379-489`]],
  ]);
});

test('Li Jun, named "Prof. Li jun", led the new meeting for AHMU', async () => {
  const data = await query<{
    person: {
      events: { event: { id: string }; role: string; organization: { id: string } | null }[];
    };
  }>('{ person(id: "person/li-jun") { events { event { id } role organization { id } } } }');
  expect(
    data.person.events.map((e) => `${e.event.id} ${e.role} ${e.organization?.id ?? '-'}`).sort(),
  ).toEqual([
    'event/ahmu-bgi-memorandum-signing-2018-04-20 SIGNATORY org/ahmu',
    'event/ahmu-delegation-visit-bgi-2018-04-20 LEADER org/ahmu',
    `${MEETING_ID} LEADER org/ahmu`,
  ]);
});

test('the meeting took place in the seed Hefei and produced the working group', async () => {
  const data = await query<{
    event: {
      kind: string;
      date: { text: string; precision: string; earliest: string; latest: string };
      places: { place: { id: string; name: string } }[];
      participants: { person: { id: string }; role: string; organization: { id: string } }[];
      produced: { id: string }[];
    };
  }>(
    `query ($id: ID!) {
      event(id: $id) {
        kind date { text precision earliest latest } places { place { id name } }
        participants { person { id } role organization { id } } produced { id }
      }
    }`,
    { id: MEETING_ID },
  );
  expect(data.event).toEqual({
    kind: 'MEETING',
    date: { text: '2018-06', precision: 'MONTH', earliest: '2018-06-01', latest: '2018-06-30' },
    places: [{ place: { id: 'place/hefei', name: 'Hefei' } }],
    participants: expect.arrayContaining([
      {
        person: { id: 'person/li-jun' },
        role: 'LEADER',
        organization: { id: 'org/ahmu' },
      },
      {
        person: { id: 'person/zhang-san' },
        role: 'PARTICIPANT',
        organization: { id: 'org/ahmu-precision-medicine-office' },
      },
    ]) as unknown,
    produced: [{ id: WORKING_GROUP_ID }],
  });
  expect(data.event.participants).toHaveLength(2);
});

test('the working group hangs under the seed Precision Medicine Center, with AHMU and BGI', async () => {
  const data = await query<{
    program: {
      parent: { id: string };
      start: { text: string; precision: string };
      parties: { organization: { id: string }; role: string }[];
      people: { person: { id: string }; role: string; organization: { id: string } }[];
      diseaseAreas: { area: { id: string }; wording: string }[];
      aspects: { aspect: { id: string }; wording: string }[];
    };
    center: { subPrograms: { id: string }[] };
    area: { programs: { id: string }[] };
  }>(
    `query ($id: ID!) {
      program(id: $id) {
        parent { id } start { text precision }
        parties { organization { id } role }
        people { person { id } role organization { id } }
        diseaseAreas { area { id } wording }
        aspects { aspect { id } wording }
      }
      center: program(id: "program/ahmu-bgi-precision-medicine-center") { subPrograms { id } }
      area: node(id: "area/birth-defects") { ... on DiseaseArea { programs { id } } }
    }`,
    { id: WORKING_GROUP_ID },
  );
  expect(data.program.parent).toEqual({ id: 'program/ahmu-bgi-precision-medicine-center' });
  expect(data.program.start).toEqual({ text: '2018-06', precision: 'MONTH' });
  expect(data.program.parties.map((p) => `${p.organization.id} ${p.role}`).sort()).toEqual([
    'org/ahmu PARTNER',
    'org/bgi PARTNER',
  ]);
  expect(data.program.people).toEqual([
    { person: { id: 'person/zhang-san' }, role: 'LEADS', organization: { id: 'org/ahmu' } },
  ]);
  expect(data.program.diseaseAreas).toEqual([
    { area: { id: 'area/birth-defects' }, wording: 'genetic testing for birth defects' },
  ]);
  expect(data.program.aspects).toEqual([
    {
      aspect: { id: 'aspect/clinical-medicine' },
      wording: 'bring the testing into clinical medicine',
    },
  ]);
  expect(data.center.subPrograms).toEqual([{ id: WORKING_GROUP_ID }]);
  expect(data.area.programs.map((p) => p.id).sort()).toEqual([
    'program/ahmu-bgi-birth-defects-testing-working-group',
    'program/ahmu-bgi-memorandum-2018',
    'program/ahmu-bgi-precision-medicine-center',
  ]);
});

test('the new office is a unit of the seed AHMU, and Zhang San its director', async () => {
  const data = await query<{
    organization: { units: { organization: { id: string }; relation: string }[] };
    person: {
      positions: {
        id: string;
        title: string;
        organization: { id: string };
        attestedOn: { text: string };
      }[];
    };
  }>(`{
    organization(id: "org/ahmu") { units(kinds: [DEPARTMENT]) { organization { id } relation } }
    person(id: "person/zhang-san") { positions { id title organization { id } attestedOn { text } } }
  }`);
  expect(data.organization.units.map((u) => `${u.organization.id} ${u.relation}`).sort()).toEqual([
    'org/ahmu-precision-medicine-office office',
    'org/ahmu-scientific-research-department department',
  ]);
  expect(data.person.positions).toEqual([
    {
      id: 'position/zhang-san/ahmu-precision-medicine-office/director',
      title: 'Director',
      organization: { id: 'org/ahmu-precision-medicine-office' },
      attestedOn: { text: '2018-06' },
    },
  ]);
});

test('every excerpt of the example is the text at its offsets', async () => {
  const rows = await t.db.read(
    `MATCH (x:${Label.Excerpt} {sourceId: $id})-[:QUOTES]->(s:${Label.Source} {id: $id})
     RETURN x.text AS text, x.start AS start, x.end AS end, s.text AS source`,
    { id: SOURCE_ID },
  );
  expect(rows).toHaveLength(13);
  for (const row of rows) {
    expect(String(row.source).slice(Number(row.start), Number(row.end))).toBe(row.text);
  }
});

test('importing it a second time creates nothing and changes nothing', async () => {
  const before = await graphFingerprint(t.db);
  const counts = await graphCounts(t.db);
  const second = await importExample();
  expect([second.changes.nodesCreated, second.changes.relationshipsCreated]).toEqual([0, 0]);
  expect(second.resolvedAliases).toEqual(first.resolvedAliases);
  expect(describeImport(second)).toContain('created 0 nodes and 0 relationships');
  expect(await graphCounts(t.db)).toEqual(counts);
  expect(await graphFingerprint(t.db)).toBe(before);
});
