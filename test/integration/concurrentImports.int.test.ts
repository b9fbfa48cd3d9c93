import { importDocument } from '../../src/import/importDocument';
import type { TestServer } from '../utils/testServer';
import { cleanDatabase, normalizedGraph, startTestServer } from '../utils/testServer';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(() => t.stop());

const SHARED_TEXT =
  'Hub University and Partner Institute founded the Shared Program with Prof. Chen Hub.';

/**
 * Ten documents that all define the same university, institute, person and program (by id and
 * by alias) and each add a program of their own: every import races to create the shared nodes.
 */
function overlappingDocument(i: number) {
  const text = `${SHARED_TEXT} Document ${i} adds Program ${i}, hosted by Hub University.`;
  return {
    source: { id: `source/overlap-${i}`, title: `Overlapping document ${i}`, text },
    organizations: [
      {
        id: 'org/hub-university',
        name: 'Hub University',
        kind: 'UNIVERSITY',
        acronym: 'HU',
        evidence: ['Hub University'],
      },
      {
        id: 'org/partner-institute',
        name: 'Partner Institute',
        kind: 'RESEARCH_INSTITUTE',
        evidence: ['Partner Institute'],
      },
    ],
    people: [
      {
        id: 'person/chen-hub',
        name: 'Chen Hub',
        honorific: 'Prof.',
        aliases: [`Prof. Chen Hub`],
        evidence: ['Prof. Chen Hub'],
      },
    ],
    programs: [
      {
        id: 'program/shared-program',
        name: 'Shared Program',
        kind: 'COLLABORATION',
        status: 'ACTIVE',
        parties: [
          {
            organization: 'HU',
            role: 'PARTNER',
            evidence: ['Hub University and Partner Institute founded the Shared Program'],
          },
          {
            organization: 'org/partner-institute',
            role: 'PARTNER',
            evidence: ['Hub University and Partner Institute founded the Shared Program'],
          },
        ],
        people: [
          {
            person: 'Chen Hub',
            role: 'LEADS',
            evidence: ['founded the Shared Program with Prof. Chen Hub'],
          },
        ],
        evidence: ['the Shared Program'],
      },
      {
        id: `program/program-${i}`,
        name: `Program ${i}`,
        kind: 'OTHER',
        status: 'PLANNED',
        partOf: {
          program: 'program/shared-program',
          evidence: [`Document ${i} adds Program ${i}`],
        },
        parties: [
          {
            organization: 'org/hub-university',
            role: 'HOST',
            evidence: [`Program ${i}, hosted by Hub University`],
          },
        ],
        evidence: [`Program ${i}`],
      },
    ],
  };
}

test('10 overlapping imports in parallel end in the same graph as one after another, with no duplicates', async () => {
  const documents = Array.from({ length: 10 }, (_, i) => overlappingDocument(i));

  for (const document of documents)
    await importDocument(t.db, document, { file: 'sequential.yaml' });
  const sequential = await normalizedGraph(t.db);

  await cleanDatabase(t.db);
  await Promise.all(
    documents.map((document, i) => importDocument(t.db, document, { file: `parallel-${i}.yaml` })),
  );
  const parallel = await normalizedGraph(t.db);

  expect(parallel).toBe(sequential);
  const counts = await t.db.read(
    `RETURN COUNT { (:Organization {id: 'org/hub-university'}) } AS hubs,
            COUNT { (:Person {id: 'person/chen-hub'}) } AS people,
            COUNT { (:Program) } AS programs,
            COUNT { (:Program {id: 'program/shared-program'})-[:HAS_PARTY]->() } AS sharedParties`,
  );
  expect(counts).toEqual([{ hubs: 1, people: 1, programs: 11, sharedParties: 2 }]);
});
