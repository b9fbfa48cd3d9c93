/**
 * Issue 17's compatibility promises: the order documents arrive in does not change the graph
 * (positions accumulate attestations instead of overwriting one date), documents in the format
 * of before import and read back as before, graphs stored before read correctly, and the
 * published JSON Schema is the one the format generates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { exportGraph } from '../../src/backup/graphExport';
import { applyMigrations, KEY_INDEX } from '../../src/db/migrations';
import { documentJsonSchemaText } from '../../src/import/documentJsonSchema';
import { importDocument } from '../../src/import/importDocument';
import { loadDocumentFile } from '../../src/import/loadDocumentFile';
import { PROJECT_ROOT } from '../../src/projectRoot';
import type { TestServer } from '../utils/testServer';
import { cleanDatabase, startTestServer } from '../utils/testServer';

const EXAMPLES = join(PROJECT_ROOT, 'seed', 'examples');
const A = '04-ahmu-new-year-meeting-2011.yaml';
const B = '05-erasmus-public-health-kick-off-2016.yaml';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(() => t.stop());

async function importExample(file: string) {
  const loaded = loadDocumentFile(join(EXAMPLES, file));
  return importDocument(t.db, loaded.content, loaded);
}

/** The export hash of the seed and then the given examples, in that order (audit trail left out). */
async function hashAfter(files: string[]): Promise<{ sha256: string; nodes: number }> {
  await cleanDatabase(t.db);
  await t.seed();
  for (const file of files) await importExample(file);
  // Audit entries name their time and a random id: they differ between any two runs.
  await t.db.write('MATCH (n:AuditEntry) DETACH DELETE n');
  const exported = await exportGraph(t.db);
  return { sha256: exported.sha256, nodes: exported.nodes };
}

describe('order independence', () => {
  test('the seed, 2011 then 2016 gives the same graph and export hash as 2016 then 2011', async () => {
    const forwards = await hashAfter([A, B]);
    const backwards = await hashAfter([B, A]);
    expect(backwards).toEqual(forwards);
    expect(forwards.nodes).toBeGreaterThan(100);
    const data = await t.execute<{ node: { attestations: { source: { id: string } }[] } }>(
      `{ node(id: "position/li-jun/ahmu-party-committee/secretary") {
          ... on Position { attestations { source { id } } } } }`,
    );
    expect(data.data?.node.attestations.map((a) => a.source.id)).toEqual([
      'source/ahmu-new-year-meeting-2011',
      'source/erasmus-public-health-kick-off-2016',
      'source/ahmu-bgi-2018-04-20',
    ]);
  });

  test('importing one of them twice, or the seed again after it, changes nothing', async () => {
    const once = await hashAfter([A, B]);
    await importExample(A);
    await t.seed();
    await importExample(B);
    await t.db.write('MATCH (n:AuditEntry) DETACH DELETE n');
    expect((await exportGraph(t.db)).sha256).toBe(once.sha256);
  });
});

describe('documents in the format of before', () => {
  const TEXT =
    'Worked example, not a real article. Prof. Sun Li, leader of the delegation of Example Lab, signed the agreement with Anhui Medical University in Hefei, Anhui Province.';

  test('every built-in role and kind reads back as the enum value it always was', async () => {
    await cleanDatabase(t.db);
    await t.seed();
    await importDocument(
      t.db,
      {
        source: {
          id: 'source/old-format',
          title: 'Old format',
          kind: 'OTHER',
          date: '2019-03',
          text: TEXT,
        },
        places: [
          { id: 'place/old-format-city', name: 'Old City', kind: 'CITY', evidence: ['Hefei'] },
        ],
        organizations: [
          {
            id: 'org/old-format-lab',
            name: 'Example Lab',
            kind: 'COMPANY',
            evidence: ['Example Lab'],
          },
        ],
        people: [{ id: 'person/sun-li', name: 'Sun Li', evidence: ['Prof. Sun Li'] }],
        positions: [
          {
            person: 'person/sun-li',
            title: 'Leader',
            organization: 'org/old-format-lab',
            attestedOn: '2019-03',
            evidence: ['Prof. Sun Li, leader of the delegation of Example Lab'],
          },
        ],
        programs: [
          {
            id: 'program/old-format-agreement',
            name: 'Old format agreement',
            kind: 'AGREEMENT',
            status: 'ACTIVE',
            start: '2019-03',
            parties: [
              {
                organization: 'org/old-format-lab',
                role: 'SIGNATORY',
                evidence: ['signed the agreement'],
              },
              { organization: 'AHMU', role: 'HOST', evidence: ['with Anhui Medical University'] },
            ],
            people: [
              {
                person: 'person/sun-li',
                role: 'SIGNED',
                onBehalfOf: 'org/old-format-lab',
                evidence: ['signed the agreement'],
              },
            ],
            evidence: ['signed the agreement with Anhui Medical University'],
          },
        ],
        events: [
          {
            id: 'event/old-format-signing',
            name: 'Old format signing',
            kind: 'SIGNING',
            date: '2019-03',
            participants: [
              {
                person: 'person/sun-li',
                role: 'LEADER',
                onBehalfOf: 'org/old-format-lab',
                evidence: ['leader of the delegation'],
              },
            ],
            evidence: ['signed the agreement'],
          },
        ],
      },
      { file: 'old.yaml' },
    );
    const data = await t.execute(`{
      program(id: "program/old-format-agreement") {
        status start { text precision earliest latest }
        parties { role roleTerm { id builtIn } organization { kind kindTerm { id } } }
        people { role roleTerm { id } }
      }
      event(id: "event/old-format-signing") { participants { role roleTerm { id } } }
      place(id: "place/old-format-city") { kind kindTerm { id } }
      person(id: "person/sun-li") { positions { attestedOn { text } attestations { date { text } } } }
    }`);
    expect(data).toEqual({
      errors: undefined,
      data: {
        program: {
          status: 'ACTIVE',
          start: {
            text: '2019-03',
            precision: 'MONTH',
            earliest: '2019-03-01',
            latest: '2019-03-31',
          },
          parties: [
            {
              role: 'HOST',
              roleTerm: { id: 'term/party-role/host', builtIn: true },
              organization: {
                kind: 'UNIVERSITY',
                kindTerm: { id: 'term/organization-kind/university' },
              },
            },
            {
              role: 'SIGNATORY',
              roleTerm: { id: 'term/party-role/signatory', builtIn: true },
              organization: { kind: 'COMPANY', kindTerm: { id: 'term/organization-kind/company' } },
            },
          ],
          people: [{ role: 'SIGNED', roleTerm: { id: 'term/person-role/signed' } }],
        },
        event: { participants: [{ role: 'LEADER', roleTerm: { id: 'term/event-role/leader' } }] },
        place: { kind: 'CITY', kindTerm: { id: 'term/place-kind/city' } },
        person: {
          positions: [
            { attestedOn: { text: '2019-03' }, attestations: [{ date: { text: '2019-03' } }] },
          ],
        },
      },
    });
    // Built-in values are stored as they always were: no term ids on the relationships.
    const [row] = await t.db.read(
      `MATCH (:Program {id: 'program/old-format-agreement'})-[r:HAS_PARTY]->(:Organization {id: 'org/old-format-lab'})
       RETURN properties(r) AS props`,
    );
    expect(Object.keys(row?.props as object).sort()).toEqual(['evidence', 'role']);
  });
});

describe('graphs stored before', () => {
  test('a position with one attested date and no attestations reads as one attestation', async () => {
    await cleanDatabase(t.db);
    await t.seed();
    // As the importer stored positions before: the date on the node, no list.
    await t.db.write(
      `MATCH (p:Position {id: 'position/li-jun/ahmu-party-committee/secretary'})
       REMOVE p.attestations SET p.attestedDate = date('2018-04-20'), p.attestedPrecision = 'DAY'`,
    );
    const data = await t.execute(`{ node(id: "position/li-jun/ahmu-party-committee/secretary") {
      ... on Position { attestedOn { text } attestations { date { text } source { id } } } } }`);
    expect(data.data).toEqual({
      node: {
        attestedOn: { text: '2018-04-20' },
        attestations: [
          { date: { text: '2018-04-20' }, source: { id: 'source/ahmu-bgi-2018-04-20' } },
        ],
      },
    });
  });

  test('entities stored without search keys get them when the key index is created', async () => {
    await t.db.write(`MATCH (n:Person) REMOVE n.searchKeys`);
    await t.db.write(`DROP INDEX ${KEY_INDEX} IF EXISTS`);
    await applyMigrations(t.db);
    const [row] = await t.db.read(
      `MATCH (n:Person {id: 'person/li-jun'}) RETURN n.searchKeys AS keys`,
    );
    expect(row?.keys).toBe('lijun | li | ');
    const found = await t.execute<{ search: { node: { id: string }; match: string }[] }>(
      '{ search(query: "lijun") { match node { id } } }',
    );
    expect(found.data?.search).toEqual([{ match: 'EXACT', node: { id: 'person/li-jun' } }]);
  });
});

test('the published JSON Schema is the one the format generates', () => {
  expect(readFileSync(join(PROJECT_ROOT, 'seed', 'document.schema.json'), 'utf8')).toBe(
    documentJsonSchemaText(),
  );
});
