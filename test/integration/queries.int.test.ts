/**
 * The questions the graph was built to answer, asked through the public API of a seeded server,
 * with the exact answers the seed documents give.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Kind, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';

import type { DocumentInput } from '../../src/import/documentSchema';
import { importDocument } from '../../src/import/importDocument';
import { PROJECT_ROOT } from '../../src/projectRoot';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
});

afterAll(() => t.stop());

/** Runs an operation that must succeed; returns its data. */
async function query<T = unknown>(source: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await t.execute<T>(source, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('the operation returned no data');
  return result.data;
}

const MEMORANDUM = 'program/ahmu-bgi-memorandum-2018';
const VISIT = 'event/ahmu-delegation-visit-bgi-2018-04-20';
const ARTICLE = 'source/ahmu-bgi-2018-04-20';
const REFERENCE = 'source/curator-reference-places';

describe('on the seed graph', () => {
  test('Li Jun signed the memorandum, for Anhui Medical University, and the article says so', async () => {
    const data = await query(`{
      program(id: "${MEMORANDUM}") {
        people(roles: [SIGNED]) {
          role
          person { id name }
          organization { id name }
          evidence { excerpt source { id } }
        }
        leaders { role person { id } }
        parties { role organization { id } }
      }
    }`);
    expect(data).toEqual({
      program: {
        people: [
          {
            role: 'SIGNED',
            person: { id: 'person/li-jun', name: 'Li Jun' },
            organization: { id: 'org/ahmu', name: 'Anhui Medical University' },
            evidence: [
              {
                excerpt:
                  'Li Jun, secretary of CPC Party Committee of Anhui Medical University (AHMU), visited BGI in Shenzhen, and signed a memorandum of cooperation',
                source: { id: ARTICLE },
              },
            ],
          },
        ],
        leaders: [{ role: 'SIGNED', person: { id: 'person/li-jun' } }],
        parties: [
          { role: 'SIGNATORY', organization: { id: 'org/ahmu' } },
          { role: 'SIGNATORY', organization: { id: 'org/bgi' } },
        ],
      },
    });
  });

  test("the signature is also on Li Jun's side: his program roles", async () => {
    const data = await query(`{
      person(id: "person/li-jun") {
        programRoles { role program { id } organization { id } }
        signedOnly: programRoles(roles: [SIGNED]) { program { id } }
        ledNothing: programRoles(roles: [LEADS]) { program { id } }
      }
    }`);
    expect(data).toEqual({
      person: {
        programRoles: [
          { role: 'SIGNED', program: { id: MEMORANDUM }, organization: { id: 'org/ahmu' } },
        ],
        signedOnly: [{ program: { id: MEMORANDUM } }],
        ledNothing: [],
      },
    });
  });

  test('Li Jun led the delegation, six members came with their titles, Wang Jian hosted', async () => {
    const data = await query(`{
      event(id: "${VISIT}") {
        participants {
          role
          person { id positions { title organization { name } } }
          organization { id }
        }
      }
    }`);
    const member = (id: string, title: string, organization: string, represented: string) => ({
      role: 'MEMBER',
      person: { id, positions: [{ title, organization: { name: organization } }] },
      organization: { id: represented },
    });
    expect(data).toEqual({
      event: {
        participants: [
          {
            role: 'LEADER',
            person: {
              id: 'person/li-jun',
              positions: [
                {
                  title: 'Secretary',
                  organization: { name: 'CPC Party Committee of Anhui Medical University' },
                },
              ],
            },
            organization: { id: 'org/ahmu' },
          },
          member(
            'person/fan-zifa',
            'Secretary',
            'CPC Party Committee of AHMU Fuyang Hospital',
            'org/ahmu-fuyang-hospital',
          ),
          member(
            'person/huang-lumao',
            'President',
            'AHMU Chaohu Hospital',
            'org/ahmu-chaohu-hospital',
          ),
          member(
            'person/liang-chaozhao',
            'Director',
            'First Affiliated Hospital of AHMU',
            'org/ahmu-first-affiliated-hospital',
          ),
          member(
            'person/lu-chao',
            'President',
            'Second Affiliated Hospital of AHMU',
            'org/ahmu-second-affiliated-hospital',
          ),
          member(
            'person/wang-kai',
            'Director',
            'Scientific Research Department of AHMU',
            'org/ahmu-scientific-research-department',
          ),
          member(
            'person/wang-yu',
            'Vice President',
            'Fourth Affiliated Hospital of AHMU',
            'org/ahmu-fourth-affiliated-hospital',
          ),
          {
            role: 'HOST',
            person: {
              id: 'person/wang-jian',
              positions: [{ title: 'President', organization: { name: 'BGI' } }],
            },
            organization: { id: 'org/bgi' },
          },
        ],
      },
    });
  });

  test('participants filter by role; the visit has the signing as its sub-event', async () => {
    const data = await query(`{
      event(id: "${VISIT}") {
        leader: participants(roles: [LEADER]) { person { name } }
        host: participants(roles: [HOST]) { person { name } }
        members: participants(roles: [MEMBER]) { person { id } }
        signatories: participants(roles: [SIGNATORY]) { person { id } }
        subEvents { id participants { role person { id } } produced { id } }
        hosts { organization { id } }
        visited { organization { id } }
      }
    }`);
    expect(data).toEqual({
      event: {
        leader: [{ person: { name: 'Li Jun' } }],
        host: [{ person: { name: 'Wang Jian' } }],
        members: expect.any(Array) as unknown,
        signatories: [],
        subEvents: [
          {
            id: 'event/ahmu-bgi-memorandum-signing-2018-04-20',
            participants: [{ role: 'SIGNATORY', person: { id: 'person/li-jun' } }],
            produced: [{ id: MEMORANDUM }],
          },
        ],
        hosts: [{ organization: { id: 'org/bgi' } }],
        visited: [
          // By name, as stored: "BGI Shenzhen ..." sorts before "BGI center".
          { organization: { id: 'org/bgi-shenzhen-headquarters' } },
          { organization: { id: 'org/bgi-center' } },
          { organization: { id: 'org/national-gene-bank' } },
        ],
      },
    });
    expect((data as { event: { members: unknown[] } }).event.members).toHaveLength(6);
  });

  const HOSPITALS = [
    { id: 'org/ahmu-chaohu-hospital', name: 'AHMU Chaohu Hospital', relation: 'hospital' },
    { id: 'org/ahmu-fuyang-hospital', name: 'AHMU Fuyang Hospital', relation: 'hospital' },
    {
      id: 'org/ahmu-first-affiliated-hospital',
      name: 'First Affiliated Hospital of AHMU',
      relation: 'affiliated hospital',
    },
    {
      id: 'org/ahmu-fourth-affiliated-hospital',
      name: 'Fourth Affiliated Hospital of AHMU',
      relation: 'affiliated hospital',
    },
    {
      id: 'org/ahmu-second-affiliated-hospital',
      name: 'Second Affiliated Hospital of AHMU',
      relation: 'affiliated hospital',
    },
  ];

  test('the hospitals of AHMU: its HOSPITAL units, and organizations filtered by unitOf and kind', async () => {
    const data = await query(`{
      organization(id: "org/ahmu") {
        units(kinds: [HOSPITAL]) { relation organization { id name kind } }
      }
      organizations(filter: { unitOf: "org/ahmu", kind: [HOSPITAL] }) {
        totalCount
        nodes { id parent { relation organization { id } } }
      }
    }`);
    expect(data).toEqual({
      organization: {
        units: HOSPITALS.map(({ id, name, relation }) => ({
          relation,
          organization: { id, name, kind: 'HOSPITAL' },
        })),
      },
      organizations: {
        totalCount: 5,
        nodes: HOSPITALS.map(({ id, relation }) => ({
          id,
          parent: { relation, organization: { id: 'org/ahmu' } },
        })),
      },
    });
  });

  test('units lists direct units only; unitOf also matches units of units', async () => {
    const data = await query<{
      organization: { units: { organization: { id: string } }[] };
      organizations: { totalCount: number; nodes: { id: string }[] };
    }>(`{
      organization(id: "org/ahmu") { units { organization { id } } }
      organizations(filter: { unitOf: "org/ahmu" }) { totalCount nodes { id } }
    }`);
    const direct = data.organization.units.map((unit) => unit.organization.id);
    expect(direct).toHaveLength(7);
    expect(direct).not.toContain('org/ahmu-fuyang-hospital-party-committee');
    expect(data.organizations.totalCount).toBe(8);
    expect(data.organizations.nodes.map((node) => node.id).sort()).toEqual(
      [...direct, 'org/ahmu-fuyang-hospital-party-committee'].sort(),
    );
  });

  test("AHMU's collaborators: BGI with five programs, the National Gene Bank and the institute", async () => {
    const data = await query(`{
      collaborations(organization: "org/ahmu") {
        totalCount
        pageInfo { hasNextPage hasPreviousPage }
        nodes {
          organization { id }
          partner { id }
          programCount
          programs { id }
          aspects { id }
          diseaseAreas { id }
          firstDate { text precision }
        }
      }
    }`);
    expect(data).toEqual({
      collaborations: {
        totalCount: 3,
        pageInfo: { hasNextPage: false, hasPreviousPage: false },
        nodes: [
          {
            organization: { id: 'org/ahmu' },
            partner: { id: 'org/bgi' },
            programCount: 5,
            // Earliest first; the undated ones by name.
            programs: [
              { id: MEMORANDUM },
              { id: 'program/ahmu-bgi-translational-medicine-collaboration' },
              { id: 'program/ahmu-bgi-national-gene-bank-cooperation' },
              { id: 'program/ahmu-bgi-joint-education' },
              { id: 'program/ahmu-bgi-precision-medicine-center' },
            ],
            aspects: [
              { id: 'aspect/clinical-medicine' },
              { id: 'aspect/gene-pool-construction' },
              { id: 'aspect/joint-education' },
              { id: 'aspect/scientific-research' },
            ],
            diseaseAreas: [
              { id: 'area/birth-defects' },
              { id: 'area/cancer' },
              { id: 'area/cardiovascular-metabolic-diseases' },
              { id: 'area/infectious-diseases' },
            ],
            firstDate: { text: '2018-04-20', precision: 'DAY' },
          },
          {
            organization: { id: 'org/ahmu' },
            partner: { id: 'org/national-gene-bank' },
            programCount: 1,
            programs: [{ id: 'program/ahmu-bgi-national-gene-bank-cooperation' }],
            aspects: [
              { id: 'aspect/gene-pool-construction' },
              { id: 'aspect/scientific-research' },
            ],
            diseaseAreas: [],
            firstDate: null,
          },
          {
            organization: { id: 'org/ahmu' },
            partner: { id: 'org/tmi-anhui' },
            programCount: 1,
            programs: [{ id: 'program/ahmu-bgi-translational-medicine-collaboration' }],
            aspects: [{ id: 'aspect/scientific-research' }],
            diseaseAreas: [],
            firstDate: null,
          },
        ],
      },
    });
  });

  test('one partner only; an unknown organization is NOT_FOUND', async () => {
    const data = await query(`{
      collaborations(organization: "org/bgi", partner: "org/ahmu") {
        totalCount nodes { partner { name } programCount }
      }
      none: collaborations(organization: "org/ahmu", partner: "org/ahmu-chaohu-hospital") {
        totalCount nodes { programCount }
      }
    }`);
    expect(data).toEqual({
      collaborations: {
        totalCount: 1,
        nodes: [{ partner: { name: 'Anhui Medical University' }, programCount: 5 }],
      },
      none: { totalCount: 0, nodes: [] },
    });
    const missing = await t.execute(
      '{ collaborations(organization: "org/nobody") { totalCount } }',
    );
    expect(missing.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['NOT_FOUND', 'No organization has the id "org/nobody".'],
    ]);
  });

  test("BGI's own unit (the National Gene Bank) is not its partner, unless asked for", async () => {
    // Issue 17, point 11: an organization's units and parents are not its partners by default
    // (this answer used to list the National Gene Bank BGI runs); `unitPartners` asks for them.
    const data = await query(`{
      bgi: collaborations(organization: "org/bgi") { nodes { partner { id } programCount } }
      bgiUnitPartners: collaborations(organization: "org/bgi", unitPartners: true) {
        nodes { partner { id } programCount }
      }
      bgiWithUnits: collaborations(organization: "org/bgi", includeUnits: true) {
        nodes { partner { id } programCount }
      }
      ahmu: collaborations(organization: "org/ahmu") { nodes { partner { id } } }
      ahmuWithUnits: collaborations(organization: "org/ahmu", includeUnits: true) {
        nodes { partner { id } }
      }
    }`);
    expect(data).toEqual({
      bgi: {
        nodes: [
          { partner: { id: 'org/ahmu' }, programCount: 5 },
          { partner: { id: 'org/tmi-anhui' }, programCount: 1 },
        ],
      },
      bgiUnitPartners: {
        nodes: [
          { partner: { id: 'org/ahmu' }, programCount: 5 },
          { partner: { id: 'org/national-gene-bank' }, programCount: 1 },
          { partner: { id: 'org/tmi-anhui' }, programCount: 1 },
        ],
      },
      bgiWithUnits: {
        nodes: [
          { partner: { id: 'org/ahmu' }, programCount: 5 },
          { partner: { id: 'org/tmi-anhui' }, programCount: 1 },
        ],
      },
      // No unit of AHMU is party to a seed program, so its units add nothing.
      ahmu: {
        nodes: [
          { partner: { id: 'org/bgi' } },
          { partner: { id: 'org/national-gene-bank' } },
          { partner: { id: 'org/tmi-anhui' } },
        ],
      },
      ahmuWithUnits: {
        nodes: [
          { partner: { id: 'org/bgi' } },
          { partner: { id: 'org/national-gene-bank' } },
          { partner: { id: 'org/tmi-anhui' } },
        ],
      },
    });
  });

  test('Lu Chao reaches Wang Jian in two hops through the visit, each step with its evidence', async () => {
    const data = await query(`{
      connection(from: "person/lu-chao", to: "person/wang-jian", maxHops: 6) {
        from { id }
        to { id }
        hops
        paths {
          steps {
            from { id }
            to { id }
            relationship
            description
            forward
            qualifier
            evidence { excerpt source { id } }
          }
        }
      }
    }`);
    expect(data).toEqual({
      connection: {
        from: { id: 'person/lu-chao' },
        to: { id: 'person/wang-jian' },
        hops: 2,
        paths: [
          {
            steps: [
              {
                from: { id: 'person/lu-chao' },
                to: { id: VISIT },
                relationship: 'PARTICIPATED_IN',
                description: 'was a delegate at',
                forward: true,
                qualifier: 'MEMBER',
                evidence: [
                  {
                    excerpt: 'Prof. Lu Chao, president of the Second Affiliated Hospital of AHMU',
                    source: { id: ARTICLE },
                  },
                ],
              },
              {
                from: { id: VISIT },
                to: { id: 'person/wang-jian' },
                relationship: 'PARTICIPATED_IN',
                description: 'was hosted by',
                forward: false,
                qualifier: 'HOST',
                evidence: [
                  {
                    excerpt:
                      'Mr. Wang Jian, president of BGI, hoped that the cooperation could improve the full-scale integration of trans-Omics data with clinical practice',
                    source: { id: ARTICLE },
                  },
                ],
              },
            ],
          },
        ],
      },
    });
  });

  test('connection: too few hops finds no path, a unit link has its relation in words', async () => {
    const data = await query(`{
      short: connection(from: "person/lu-chao", to: "person/wang-jian", maxHops: 1) { hops paths { steps { relationship } } }
      unit: connection(from: "org/ahmu-first-affiliated-hospital", to: "org/ahmu", maxHops: 1) {
        hops paths { steps { relationship description forward qualifier evidence { excerpt } } }
      }
      partOf: connection(from: "program/ahmu-bgi-joint-education", to: "${MEMORANDUM}", maxHops: 1) {
        hops paths { steps { relationship description evidence { excerpt } } }
      }
    }`);
    expect(data).toEqual({
      short: { hops: null, paths: [] },
      unit: {
        hops: 1,
        paths: [
          {
            steps: [
              {
                relationship: 'UNIT_OF',
                description: 'is an affiliated hospital of',
                forward: true,
                qualifier: 'affiliated hospital',
                evidence: [{ excerpt: 'director of the First Affiliated Hospital of AHMU' }],
              },
            ],
          },
        ],
      },
      partOf: {
        hops: 1,
        paths: [
          {
            steps: [
              {
                relationship: 'PART_OF',
                description: 'is part of',
                evidence: [{ excerpt: 'Thirdly, joint educational project' }],
              },
            ],
          },
        ],
      },
    });
  });

  interface Hit {
    type: string;
    name: string;
    score: number;
    node: { id: string };
  }
  const search = async (text: string, extra = '') =>
    (
      await query<{ search: Hit[] }>(
        `query($text: String!) { search(query: $text${extra}) { type name score node { id } } }`,
        { text },
      )
    ).search;

  const AHMU_HITS = [
    'org/ahmu',
    'org/ahmu-party-committee',
    'org/ahmu-chaohu-hospital',
    'org/ahmu-fuyang-hospital',
    'org/ahmu-first-affiliated-hospital',
    'org/ahmu-fourth-affiliated-hospital',
    'org/ahmu-scientific-research-department',
    'org/ahmu-second-affiliated-hospital',
    'org/ahmu-fuyang-hospital-party-committee',
    MEMORANDUM,
  ];

  test.each([
    ['li jun', [['PERSON', 'person/li-jun']]],
    ['Jun Li', [['PERSON', 'person/li-jun']]],
    ['Prof. Li jun', [['PERSON', 'person/li-jun']]],
    [
      'wang',
      [
        ['PERSON', 'person/wang-jian'],
        ['PERSON', 'person/wang-kai'],
        ['PERSON', 'person/wang-yu'],
      ],
    ],
  ])('search %p finds exactly %p', async (text, expected) => {
    const hits = await search(text);
    expect(hits.map((hit) => [hit.type, hit.node.id])).toEqual(expected);
  });

  test('search "ahmu" and "AHMU" give the same ten hits, the university first', async () => {
    const lower = await search('ahmu');
    const upper = await search('AHMU');
    expect(lower.map((hit) => hit.node.id)).toEqual(AHMU_HITS);
    expect(upper).toEqual(lower);
    expect(lower[0]).toMatchObject({ type: 'ORGANIZATION', name: 'Anhui Medical University' });
    expect(lower[9]?.type).toBe('PROGRAM');
  });

  test.each([
    ['Anhui Medical Univ', 'ORGANIZATION', 'org/ahmu'],
    ['anhui medical university', 'ORGANIZATION', 'org/ahmu'],
    ['Anhui Medicl', 'ORGANIZATION', 'org/ahmu'],
    ['Anhiu Medical', 'ORGANIZATION', 'org/ahmu'],
    ['Wang Jain', 'PERSON', 'person/wang-jian'],
    ['CNGB', 'ORGANIZATION', 'org/national-gene-bank'],
    ['Hefei', 'PLACE', 'place/hefei'],
    ['cancer screening', 'DISEASE_AREA', 'area/cancer'],
  ])('search %p puts %s %s first', async (text, type, id) => {
    const hits = await search(text);
    expect(hits[0]).toMatchObject({ type, node: { id } });
  });

  test('search "gene bank": the aspect named so, the gene bank, its program, the visit', async () => {
    const hits = await search('gene bank');
    expect(hits.map((hit) => [hit.type, hit.node.id])).toEqual([
      // "gene bank" is verbatim an alias of the aspect, so it outranks "National Gene Bank".
      ['COOPERATION_ASPECT', 'aspect/gene-pool-construction'],
      ['ORGANIZATION', 'org/national-gene-bank'],
      ['PROGRAM', 'program/ahmu-bgi-national-gene-bank-cooperation'],
      ['EVENT', VISIT],
    ]);
  });

  test('search results are best first, typed, limited by first and by types', async () => {
    const all = await search('ahmu');
    const scores = all.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await search('ahmu', ', first: 3')).toEqual(all.slice(0, 3));
    expect((await search('ahmu', ', types: [PROGRAM]')).map((hit) => hit.node.id)).toEqual([
      MEMORANDUM,
    ]);
    expect((await search('cancer', ', types: [DISEASE_AREA]')).map((hit) => hit.node.id)).toEqual([
      'area/cancer',
    ]);
    expect(await search('ahmu', ', types: [PLACE]')).toEqual([]);
    expect(await search('zzyzx quorum')).toEqual([]);
  });

  test('stats: counts per type, programs per area, aspect, year and status, rankings', async () => {
    const data = await query(`{
      stats {
        counts {
          people organizations programs events places sources positions
          diseaseAreas cooperationAspects excerpts relationships
        }
        programsByDiseaseArea { area { id } programs }
        programsByAspect { aspect { id } programs }
        programsByYear { year programs }
        programsByStatus { status programs }
        organizationsByPartners { organization { id } partners }
        peopleByOrganization { organization { id } people }
        top: peopleByOrganization(first: 2) { organization { id } people }
        topAreas: programsByDiseaseArea(first: 2) { area { id } programs }
        topAspect: programsByAspect(first: 1) { aspect { id } programs }
      }
    }`);
    const onePerson = [
      'org/ahmu-chaohu-hospital',
      'org/bgi',
      'org/ahmu-fuyang-hospital-party-committee',
      'org/ahmu-party-committee',
      'org/ahmu-first-affiliated-hospital',
      'org/ahmu-fourth-affiliated-hospital',
      'org/ahmu-scientific-research-department',
      'org/ahmu-second-affiliated-hospital',
    ].map((id) => ({ organization: { id }, people: 1 }));
    expect(data).toEqual({
      stats: {
        counts: {
          people: 8,
          organizations: 14,
          programs: 5,
          events: 2,
          places: 5,
          sources: 2,
          positions: 8,
          diseaseAreas: 4,
          cooperationAspects: 4,
          // Distinct quotations: 65 in the article, 7 in the curators' notes.
          excerpts: 72,
          // 82 facts in the article (10 unit links, 2 locations, 8 positions x 2, 36 program
          // facts, 18 event facts) and 7 in the curators' notes.
          relationships: 89,
        },
        programsByDiseaseArea: [
          { area: { id: 'area/birth-defects' }, programs: 2 },
          { area: { id: 'area/cancer' }, programs: 2 },
          { area: { id: 'area/cardiovascular-metabolic-diseases' }, programs: 1 },
          { area: { id: 'area/infectious-diseases' }, programs: 1 },
        ],
        programsByAspect: [
          { aspect: { id: 'aspect/scientific-research' }, programs: 4 },
          { aspect: { id: 'aspect/clinical-medicine' }, programs: 2 },
          { aspect: { id: 'aspect/gene-pool-construction' }, programs: 2 },
          { aspect: { id: 'aspect/joint-education' }, programs: 2 },
        ],
        programsByYear: [{ year: 2018, programs: 1 }],
        programsByStatus: [
          { status: 'PLANNED', programs: 4 },
          { status: 'ACTIVE', programs: 1 },
          { status: 'ENDED', programs: 0 },
        ],
        // The National Gene Bank and BGI, which runs it, are not each other's partners (point 11).
        organizationsByPartners: [
          { organization: { id: 'org/ahmu' }, partners: 3 },
          { organization: { id: 'org/bgi' }, partners: 2 },
          { organization: { id: 'org/tmi-anhui' }, partners: 2 },
          { organization: { id: 'org/national-gene-bank' }, partners: 1 },
        ],
        peopleByOrganization: onePerson,
        top: onePerson.slice(0, 2),
        topAreas: [
          { area: { id: 'area/birth-defects' }, programs: 2 },
          { area: { id: 'area/cancer' }, programs: 2 },
        ],
        topAspect: [{ aspect: { id: 'aspect/scientific-research' }, programs: 4 }],
      },
    });
  });

  test('stats: a negative or oversized number of terms is refused', async () => {
    const negative = await t.execute('{ stats { programsByAspect(first: -1) { programs } } }');
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const oversized = await t.execute(
      '{ stats { programsByDiseaseArea(first: 1000) { programs } } }',
    );
    expect(oversized.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
  });

  test.each([
    ['person/li-jun', 'Person', '... on Person { name }', { name: 'Li Jun' }],
    ['org/ahmu', 'Organization', '... on Organization { acronym }', { acronym: 'AHMU' }],
    [
      MEMORANDUM,
      'Program',
      '... on Program { kind status }',
      { kind: 'AGREEMENT', status: 'ACTIVE' },
    ],
    [VISIT, 'Event', '... on Event { kind }', { kind: 'VISIT' }],
    ['place/hefei', 'Place', '... on Place { kind }', { kind: 'CITY' }],
    [REFERENCE, 'Source', '... on Source { publisher }', { publisher: 'cooperation-kg curators' }],
    ['area/cancer', 'DiseaseArea', '... on DiseaseArea { name }', { name: 'Cancer' }],
    [
      'aspect/joint-education',
      'CooperationAspect',
      '... on CooperationAspect { name }',
      { name: 'Joint education' },
    ],
    [
      'position/li-jun/ahmu-party-committee/secretary',
      'Position',
      '... on Position { title person { id } organization { id } attestedOn { text } }',
      {
        title: 'Secretary',
        person: { id: 'person/li-jun' },
        organization: { id: 'org/ahmu-party-committee' },
        attestedOn: { text: '2018-04-20' },
      },
    ],
  ])('node(%p) is a %s', async (id, typename, fragment, fields) => {
    const data = await query(`query($id: ID!) { node(id: $id) { __typename id ${fragment} } }`, {
      id,
    });
    expect(data).toEqual({ node: { __typename: typename, id, ...fields } });
  });

  test.each(['person/nobody', 'nothing', `${ARTICLE}#0-10`, 'org/'])(
    'node(%p) is null',
    async (id) => {
      expect(await query('query($id: ID!) { node(id: $id) { id } }', { id })).toEqual({
        node: null,
      });
    },
  );

  test('positions with asOf: attested positions without bounds hold on any date', async () => {
    const data = await query(`{
      person(id: "person/li-jun") {
        all: positions { id title start { text } end { text } attestedOn { text precision } }
        onTheDay: positions(asOf: "2018-04-20") { title }
        later: positions(asOf: "2030-01-01") { title }
      }
      organization(id: "org/bgi") { positions(asOf: "2018-04-20") { title person { name } } }
    }`);
    expect(data).toEqual({
      person: {
        all: [
          {
            id: 'position/li-jun/ahmu-party-committee/secretary',
            title: 'Secretary',
            start: null,
            end: null,
            attestedOn: { text: '2018-04-20', precision: 'DAY' },
          },
        ],
        onTheDay: [{ title: 'Secretary' }],
        later: [{ title: 'Secretary' }],
      },
      organization: { positions: [{ title: 'President', person: { name: 'Wang Jian' } }] },
    });
  });

  test.each<[string, string, string, string[]]>([
    [
      'organizations with a program focused on cancer',
      'organizations',
      '{ hasProgram: { diseaseArea: "area/cancer" } }',
      ['org/ahmu', 'org/bgi'],
    ],
    [
      'organizations with a planned program that has a gene bank as a party',
      'organizations',
      '{ hasProgram: { status: [PLANNED], hasParty: { kind: [GENE_BANK] } } }',
      ['org/ahmu', 'org/bgi', 'org/national-gene-bank'],
    ],
    [
      'programs with a gene bank party',
      'programs',
      '{ hasParty: { kind: [GENE_BANK] } }',
      ['program/ahmu-bgi-national-gene-bank-cooperation'],
    ],
    [
      'gene banks or research institutes',
      'organizations',
      '{ or: [{ kind: [GENE_BANK] }, { kind: [RESEARCH_INSTITUTE] }] }',
      ['org/national-gene-bank', 'org/tmi-anhui'],
    ],
    [
      'units of AHMU that are not hospitals',
      'organizations',
      '{ unitOf: "org/ahmu", not: { kind: [HOSPITAL] } }',
      [
        'org/ahmu-fuyang-hospital-party-committee',
        'org/ahmu-party-committee',
        'org/ahmu-scientific-research-department',
      ],
    ],
    [
      'organizations named (or abbreviated) AHMU, case ignored',
      'organizations',
      '{ name: { contains: "ahmu" }, kind: [UNIVERSITY, DEPARTMENT] }',
      ['org/ahmu', 'org/ahmu-scientific-research-department'],
    ],
    [
      'organizations in Guangdong (through Shenzhen)',
      'organizations',
      '{ place: "place/guangdong" }',
      ['org/bgi', 'org/bgi-shenzhen-headquarters', 'org/national-gene-bank'],
    ],
    [
      'programs in Anhui (Hefei included)',
      'programs',
      '{ place: "place/anhui" }',
      [
        'program/ahmu-bgi-translational-medicine-collaboration',
        MEMORANDUM,
        'program/ahmu-bgi-precision-medicine-center',
      ],
    ],
    [
      'programs started in 2018',
      'programs',
      '{ started: { from: "2018-01-01", to: "2018-12-31" } }',
      [MEMORANDUM],
    ],
    [
      'sub-programs covering clinical medicine or focused on cancer',
      'programs',
      '{ topLevel: false, or: [{ aspect: "aspect/clinical-medicine" }, { diseaseArea: "area/cancer" }] }',
      ['program/ahmu-bgi-precision-medicine-center'],
    ],
    [
      'programs Li Jun has a role in, AHMU a party to',
      'programs',
      '{ person: "person/li-jun", organization: "org/ahmu" }',
      [MEMORANDUM],
    ],
    [
      'people with a position at AHMU or a unit of it, a unit of a unit included',
      'people',
      '{ organization: "org/ahmu" }',
      [
        'person/fan-zifa',
        'person/huang-lumao',
        'person/li-jun',
        'person/liang-chaozhao',
        'person/lu-chao',
        'person/wang-kai',
        'person/wang-yu',
      ],
    ],
    [
      'presidents (vice presidents included) who took part in the visit',
      'people',
      `{ title: "president", event: "${VISIT}" }`,
      ['person/huang-lumao', 'person/lu-chao', 'person/wang-jian', 'person/wang-yu'],
    ],
    [
      'people named Wang but not Wang Jian',
      'people',
      '{ name: { startsWith: "wang" }, not: { name: { equals: "WANG JIAN" } } }',
      ['person/wang-kai', 'person/wang-yu'],
    ],
    [
      'events AHMU took part in through a delegate',
      'events',
      '{ organization: "org/ahmu" }',
      // Same date: the id breaks the tie.
      ['event/ahmu-bgi-memorandum-signing-2018-04-20', VISIT],
    ],
    [
      'events a hospital took part in',
      'events',
      '{ organization: "org/ahmu-chaohu-hospital", kind: [VISIT, SIGNING] }',
      [VISIT],
    ],
    ['sources by a publisher', 'sources', '{ publisher: { contains: "curators" } }', [REFERENCE]],
  ])('filter: %s', async (_title, field, filter, ids) => {
    const data = await query<Record<string, { totalCount: number; nodes: { id: string }[] }>>(
      `{ ${field}(filter: ${filter}) { totalCount nodes { id } } }`,
    );
    expect(data[field]).toEqual({ totalCount: ids.length, nodes: ids.map((id) => ({ id })) });
  });

  test('every relationship field returns its evidence, each a verbatim quotation of its source', async () => {
    const data = await query(`
      fragment E on Evidence { id excerpt start end source { id text } }
      {
        organization(id: "org/ahmu") {
          evidence { ...E }
          units { evidence { ...E } }
          places { evidence { ...E } place { evidence { ...E } within { evidence { ...E } } } }
          programs { evidence { ...E } }
        }
        unit: organization(id: "org/ahmu-first-affiliated-hospital") {
          parent { evidence { ...E } }
          positions { evidence { ...E } }
        }
        program(id: "${MEMORANDUM}") {
          evidence { ...E }
          parties { evidence { ...E } }
          people { evidence { ...E } }
          leaders { evidence { ...E } }
          diseaseAreas { evidence { ...E } area { evidence { ...E } } }
          aspects { evidence { ...E } aspect { evidence { ...E } } }
          places { evidence { ...E } }
        }
        event(id: "${VISIT}") {
          evidence { ...E }
          hosts { evidence { ...E } }
          visited { evidence { ...E } }
          participants { evidence { ...E } }
          places { evidence { ...E } }
        }
        person(id: "person/li-jun") {
          evidence { ...E }
          positions { evidence { ...E } }
          programRoles { evidence { ...E } }
          events { evidence { ...E } }
        }
        connection(from: "person/lu-chao", to: "person/wang-jian") {
          paths { steps { evidence { ...E } } }
        }
      }`);
    interface Quote {
      id: string;
      excerpt: string;
      start: number;
      end: number;
      source: { id: string; text: string };
    }
    const found = new Set<string>();
    let quotes = 0;
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value)) {
        value.forEach((item) => visit(item, path));
        return;
      }
      if (value === null || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        if (key === 'evidence') {
          found.add(`${path}.evidence`);
          const list = child as Quote[];
          expect({ path, count: list.length > 0 }).toEqual({ path, count: true });
          for (const quote of list) {
            quotes += 1;
            expect([ARTICLE, REFERENCE]).toContain(quote.source.id);
            expect(quote.source.text.slice(quote.start, quote.end)).toBe(quote.excerpt);
            expect(quote.id).toBe(`${quote.source.id}#${quote.start}-${quote.end}`);
          }
        } else {
          visit(child, `${path}.${key}`);
        }
      }
    };
    visit(data, '');
    expect([...found].sort()).toEqual(
      [
        '.organization',
        '.organization.units',
        '.organization.places',
        '.organization.places.place',
        '.organization.places.place.within',
        '.organization.programs',
        '.unit.parent',
        '.unit.positions',
        '.program',
        '.program.parties',
        '.program.people',
        '.program.leaders',
        '.program.diseaseAreas',
        '.program.diseaseAreas.area',
        '.program.aspects',
        '.program.aspects.aspect',
        '.program.places',
        '.event',
        '.event.hosts',
        '.event.visited',
        '.event.participants',
        '.event.places',
        '.person',
        '.person.positions',
        '.person.programRoles',
        '.person.events',
        '.connection.paths.steps',
      ]
        .map((path) => `${path}.evidence`)
        .sort(),
    );
    expect(quotes).toBeGreaterThan(50);
  });

  test('numbers come back as Int, dates as YYYY-MM-DD strings with their precision', async () => {
    const data = await query<{
      program: { start: unknown; end: unknown };
      source: { date: unknown; excerpts: { start: unknown; end: unknown }[] };
      collaborations: { totalCount: unknown; nodes: { programCount: unknown }[] };
      stats: { counts: Record<string, unknown>; programsByYear: { year: unknown }[] };
      search: { score: unknown }[];
    }>(`{
      program(id: "${MEMORANDUM}") { start { text precision earliest latest } end { text } }
      source(id: "${REFERENCE}") { date { text precision earliest latest } excerpts { start end } }
      collaborations(organization: "org/ahmu") { totalCount nodes { programCount } }
      stats { counts { people relationships } programsByYear { year programs } }
      search(query: "li jun") { score }
    }`);
    expect(data.program).toEqual({
      start: { text: '2018-04-20', precision: 'DAY', earliest: '2018-04-20', latest: '2018-04-20' },
      end: null,
    });
    expect(data.source.date).toEqual({
      text: '2026-11',
      precision: 'MONTH',
      earliest: '2026-11-01',
      latest: '2026-11-30',
    });
    const integers = [
      data.collaborations.totalCount,
      ...data.collaborations.nodes.map((node) => node.programCount),
      ...Object.values(data.stats.counts),
      ...data.stats.programsByYear.map((row) => row.year),
      ...data.source.excerpts.flatMap((excerpt) => [excerpt.start, excerpt.end]),
    ];
    expect(integers.length).toBeGreaterThan(10);
    for (const value of integers) expect(Number.isInteger(value)).toBe(true);
    expect(data.stats.programsByYear).toEqual([{ year: 2018, programs: 1 }]);
    expect(typeof data.search[0]?.score).toBe('number');
  });

  test('a date argument must be a real calendar date', async () => {
    const literal = await t.execute(
      '{ person(id: "person/li-jun") { positions(asOf: "2018-02-30") { id } } }',
    );
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const variable = await t.execute(
      'query($d: Date) { person(id: "person/li-jun") { positions(asOf: $d) { id } } }',
      { d: '20-04-2018' },
    );
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  describe('the example operations of docs/queries', () => {
    const folder = join(PROJECT_ROOT, 'docs', 'queries');
    const files = readdirSync(folder)
      .filter((file) => file.endsWith('.graphql'))
      .sort();

    test('there are examples, named NN-name.graphql, listed in the README', () => {
      expect(files.length).toBeGreaterThanOrEqual(15);
      const readme = readFileSync(join(folder, 'README.md'), 'utf8');
      for (const file of files) {
        expect(file).toMatch(/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.graphql$/);
        expect(readme).toContain(`(${file})`);
      }
    });

    test('together they use every public read entry point of Query', () => {
      const used = new Set<string>();
      for (const file of files) {
        const document = parse(readFileSync(join(folder, file), 'utf8'));
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
          for (const selection of definition.selectionSet.selections) {
            if (selection.kind === Kind.FIELD) used.add(selection.name.value);
          }
        }
      }
      // Curation (writes and the admins' audit log) needs a token, so it has no tab here.
      const schemaFolder = join(PROJECT_ROOT, 'schema');
      const readSchemas = readdirSync(schemaFolder).filter(
        (file) => file.endsWith('.graphql') && file !== 'curation.graphql',
      );
      const roots = new Set<string>();
      for (const file of readSchemas) {
        for (const definition of parse(readFileSync(join(schemaFolder, file), 'utf8'))
          .definitions) {
          if (
            (definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
              definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
            definition.name.value === 'Query'
          ) {
            for (const field of definition.fields ?? []) roots.add(field.name.value);
          }
        }
      }
      expect(roots.size).toBeGreaterThanOrEqual(19);
      expect([...roots].filter((root) => !used.has(root))).toEqual([]);
    });

    test.each(files)(
      '%s is one commented, named operation that runs without errors',
      async (file) => {
        const text = readFileSync(join(folder, file), 'utf8');
        expect(text.startsWith('# ')).toBe(true);
        const operations = parse(text).definitions.filter(
          (definition): definition is OperationDefinitionNode =>
            definition.kind === Kind.OPERATION_DEFINITION,
        );
        expect(operations).toHaveLength(1);
        expect(operations[0]?.name?.value).toMatch(/^[A-Z][A-Za-z]+$/);
        const result = await t.execute(text);
        expect(result.errors).toBeUndefined();
        expect(result.data).toBeTruthy();
        for (const value of Object.values(result.data ?? {})) {
          if (file !== '09-node-by-id.graphql') expect(value).not.toBeNull();
        }
      },
    );
  });
});

/**
 * A fixture beside the seed: a program of a hospital of AHMU, a program of AHMU with one of its
 * own hospitals, and a person whose positions have start and end dates. Test data only.
 */
const FIXTURE_LINES = [
  'Test Sequencing Lab is a fictional laboratory used by tests.',
  'Zhao Fixture is a fictional person used by tests.',
  'Zhao Fixture was dean at the First Affiliated Hospital of AHMU from 2010 to 2014.',
  'Zhao Fixture has directed Test Sequencing Lab since March 2015.',
  'In May 2019 the First Affiliated Hospital of AHMU and Test Sequencing Lab began a sequencing pilot led by Zhao Fixture.',
  'AHMU and its Second Affiliated Hospital plan a joint training programme.',
];
const FIXTURE: DocumentInput = {
  source: {
    id: 'source/test-fixture-units',
    title: 'Test fixture: unit-level programs and dated positions',
    kind: 'OTHER',
    text: FIXTURE_LINES.join('\n'),
  },
  organizations: [
    {
      id: 'org/test-sequencing-lab',
      name: 'Test Sequencing Lab',
      kind: 'COMPANY',
      evidence: [FIXTURE_LINES[0] ?? ''],
    },
  ],
  people: [{ id: 'person/test-zhao', name: 'Zhao Fixture', evidence: [FIXTURE_LINES[1] ?? ''] }],
  positions: [
    {
      person: 'person/test-zhao',
      title: 'Dean',
      organization: 'org/ahmu-first-affiliated-hospital',
      start: '2010',
      end: '2014',
      evidence: [FIXTURE_LINES[2] ?? ''],
    },
    {
      person: 'person/test-zhao',
      title: 'Director',
      organization: 'org/test-sequencing-lab',
      start: '2015-03',
      evidence: [FIXTURE_LINES[3] ?? ''],
    },
  ],
  programs: [
    {
      id: 'program/test-hospital-sequencing-pilot',
      name: 'Hospital sequencing pilot',
      kind: 'COLLABORATION',
      status: 'ACTIVE',
      start: '2019-05',
      parties: [
        {
          organization: 'org/ahmu-first-affiliated-hospital',
          role: 'PARTNER',
          evidence: [FIXTURE_LINES[4] ?? ''],
        },
        {
          organization: 'org/test-sequencing-lab',
          role: 'PARTNER',
          evidence: [FIXTURE_LINES[4] ?? ''],
        },
      ],
      people: [
        {
          person: 'person/test-zhao',
          role: 'LEADS',
          onBehalfOf: 'org/test-sequencing-lab',
          evidence: [FIXTURE_LINES[4] ?? ''],
        },
      ],
      evidence: [FIXTURE_LINES[4] ?? ''],
    },
    {
      id: 'program/test-university-hospital-training',
      name: 'University and hospital training',
      kind: 'EDUCATION',
      status: 'PLANNED',
      parties: [
        { organization: 'org/ahmu', role: 'PARTNER', evidence: [FIXTURE_LINES[5] ?? ''] },
        {
          organization: 'org/ahmu-second-affiliated-hospital',
          role: 'PARTNER',
          evidence: [FIXTURE_LINES[5] ?? ''],
        },
      ],
      evidence: [FIXTURE_LINES[5] ?? ''],
    },
  ],
};

describe('part-of and produced links carry their evidence', () => {
  test('the memorandum lists its lines of work and the signing that produced it, each with the quote', async () => {
    const result = await t.execute<{
      program: {
        parentLink: null;
        subProgramLinks: { program: { id: string }; evidence: { excerpt: string }[] }[];
        producedByLinks: { event: { id: string }; evidence: { excerpt: string }[] }[];
      };
    }>(`{ program(id: "program/ahmu-bgi-memorandum-2018") {
      parentLink { program { id } }
      subProgramLinks { program { id } evidence { excerpt } }
      producedByLinks { event { id } evidence { excerpt } }
    } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.program.parentLink).toBeNull();
    expect(result.data?.program.subProgramLinks.map((link) => link.program.id)).toEqual([
      'program/ahmu-bgi-translational-medicine-collaboration',
      'program/ahmu-bgi-national-gene-bank-cooperation',
      'program/ahmu-bgi-joint-education',
      'program/ahmu-bgi-precision-medicine-center',
    ]);
    expect(result.data?.program.subProgramLinks[2]?.evidence).toEqual([
      { excerpt: 'Thirdly, joint educational project' },
    ]);
    expect(result.data?.program.producedByLinks).toEqual([
      {
        event: { id: 'event/ahmu-bgi-memorandum-signing-2018-04-20' },
        evidence: [
          { excerpt: 'Via friendly negotiation, AHMU and BGI signed a memorandum of cooperation' },
        ],
      },
    ]);
  });

  test('the signing links to the visit it was part of and the memorandum it produced', async () => {
    const result = await t.execute<{
      event: unknown;
    }>(`{ event(id: "event/ahmu-bgi-memorandum-signing-2018-04-20") {
      parentLink { event { id } evidence { excerpt } }
      subEventLinks { event { id } }
      producedLinks { program { id } }
    } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.event).toEqual({
      parentLink: {
        event: { id: 'event/ahmu-delegation-visit-bgi-2018-04-20' },
        evidence: [{ excerpt: 'visited BGI in Shenzhen, and signed a memorandum of cooperation' }],
      },
      subEventLinks: [],
      producedLinks: [{ program: { id: 'program/ahmu-bgi-memorandum-2018' } }],
    });
  });

  test('hosted events, contained places and the programs of a term carry their evidence too', async () => {
    const result = await t.execute<{
      bgi: { hostedEventLinks: { event: { id: string } }[] };
      anhui: unknown;
      cancer: { programLinks: { program: { id: string } }[] };
      education: { programLinks: { program: { id: string } }[] };
    }>(`{
      bgi: organization(id: "org/bgi") {
        hostedEventLinks { event { id } evidence { excerpt } }
      }
      anhui: place(id: "place/anhui") {
        containsLinks { place { id } evidence { excerpt source { id } } }
      }
      cancer: node(id: "area/cancer") {
        ... on DiseaseArea { programLinks { program { id } wording evidence { excerpt } } }
      }
      education: node(id: "aspect/joint-education") {
        ... on CooperationAspect { programLinks { program { id } wording evidence { excerpt } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const byId = <T extends { event?: { id: string }; program?: { id: string } }>(links: T[]) =>
      [...links].sort((a, b) =>
        (a.event?.id ?? a.program?.id ?? '').localeCompare(b.event?.id ?? b.program?.id ?? ''),
      );
    const data = result.data;
    if (!data) throw new Error('no data');
    expect(byId(data.bgi.hostedEventLinks)).toEqual([
      {
        event: { id: 'event/ahmu-bgi-memorandum-signing-2018-04-20' },
        evidence: [{ excerpt: 'visited BGI in Shenzhen, and signed a memorandum of cooperation' }],
      },
      { event: { id: VISIT }, evidence: [{ excerpt: 'visited BGI in Shenzhen' }] },
    ]);
    expect(data.anhui).toEqual({
      containsLinks: [
        {
          place: { id: 'place/hefei' },
          evidence: [
            { excerpt: 'Hefei is the capital of Anhui Province, China', source: { id: REFERENCE } },
          ],
        },
      ],
    });
    expect(byId(data.cancer.programLinks)).toEqual([
      {
        program: { id: MEMORANDUM },
        wording: 'precise diagnosis-treatment-recovery of/from cancer',
        evidence: [{ excerpt: 'precise diagnosis-treatment-recovery of/from cancer' }],
      },
      {
        program: { id: 'program/ahmu-bgi-precision-medicine-center' },
        wording: 'cancer screening',
        evidence: [
          {
            excerpt:
              'With a focus on birth defects control and prevention as well as cancer screening',
          },
        ],
      },
    ]);
    expect(byId(data.education.programLinks)).toEqual([
      {
        program: { id: 'program/ahmu-bgi-joint-education' },
        wording:
          'regular educational training, academic exchange, and healthcare industry seminars and forums',
        evidence: [
          {
            excerpt:
              'joint educational project, e.g., regular educational training, academic exchange, and healthcare industry seminars and forums',
          },
        ],
      },
      {
        program: { id: MEMORANDUM },
        wording: 'joint education',
        evidence: [
          {
            excerpt:
              'initiating collaborative effort in scientific research, clinical medicine, joint education, and gene pool construction',
          },
        ],
      },
    ]);
  });

  test('collaborations page backwards too', async () => {
    const result = await t.execute<{
      collaborations: { nodes: { partner: { id: string } }[]; pageInfo: unknown };
    }>(
      '{ collaborations(organization: "org/ahmu", last: 1) { nodes { partner { id } } pageInfo { hasNextPage hasPreviousPage } } }',
    );
    expect(result.data?.collaborations).toEqual({
      nodes: [{ partner: { id: 'org/tmi-anhui' } }],
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
    });
  });
});

describe('with a fixture of unit-level programs and dated positions', () => {
  beforeAll(async () => {
    await importDocument(t.db, FIXTURE, { file: 'fixture.yaml' });
  });

  test("includeUnits counts a hospital's program for AHMU and drops AHMU's own units as partners", async () => {
    const data = await query(`{
      own: collaborations(organization: "org/ahmu") { totalCount nodes { partner { id } programCount } }
      withUnits: collaborations(organization: "org/ahmu", includeUnits: true) {
        totalCount nodes { partner { id } programCount programs { id } }
      }
      lab: collaborations(organization: "org/ahmu", partner: "org/test-sequencing-lab") { totalCount }
      labWithUnits: collaborations(organization: "org/ahmu", partner: "org/test-sequencing-lab", includeUnits: true) {
        totalCount nodes { programs { id } firstDate { text precision } }
      }
      hospital: collaborations(organization: "org/ahmu-first-affiliated-hospital") { nodes { partner { id } } }
    }`);
    expect(data).toEqual({
      // Without units: the hospital's pilot is not AHMU's, and its own hospital is not its
      // partner either (issue 17, point 11: it used to be listed).
      own: {
        totalCount: 3,
        nodes: [
          { partner: { id: 'org/bgi' }, programCount: 5 },
          { partner: { id: 'org/national-gene-bank' }, programCount: 1 },
          { partner: { id: 'org/tmi-anhui' }, programCount: 1 },
        ],
      },
      withUnits: {
        totalCount: 4,
        nodes: [
          { partner: { id: 'org/bgi' }, programCount: 5, programs: expect.any(Array) as unknown },
          {
            partner: { id: 'org/national-gene-bank' },
            programCount: 1,
            programs: [{ id: 'program/ahmu-bgi-national-gene-bank-cooperation' }],
          },
          {
            partner: { id: 'org/test-sequencing-lab' },
            programCount: 1,
            programs: [{ id: 'program/test-hospital-sequencing-pilot' }],
          },
          {
            partner: { id: 'org/tmi-anhui' },
            programCount: 1,
            programs: [{ id: 'program/ahmu-bgi-translational-medicine-collaboration' }],
          },
        ],
      },
      lab: { totalCount: 0 },
      labWithUnits: {
        totalCount: 1,
        nodes: [
          {
            programs: [{ id: 'program/test-hospital-sequencing-pilot' }],
            firstDate: { text: '2019-05', precision: 'MONTH' },
          },
        ],
      },
      hospital: { nodes: [{ partner: { id: 'org/test-sequencing-lab' } }] },
    });
  });

  test('includeUnits in the program filter', async () => {
    const data = await query(`{
      own: programs(filter: { organization: "org/ahmu" }) { totalCount }
      withUnits: programs(filter: { organization: "org/ahmu", includeUnits: true }) { totalCount nodes { id } }
      ofTheHospital: programs(filter: { organization: "org/ahmu-first-affiliated-hospital" }) { nodes { id } }
    }`);
    expect(data).toMatchObject({
      own: { totalCount: 6 },
      withUnits: { totalCount: 7 },
      ofTheHospital: { nodes: [{ id: 'program/test-hospital-sequencing-pilot' }] },
    });
    const ids = (data as { withUnits: { nodes: { id: string }[] } }).withUnits.nodes.map(
      (n) => n.id,
    );
    expect(ids).toContain('program/test-hospital-sequencing-pilot');
    expect(ids).toContain('program/test-university-hospital-training');
  });

  test.each([
    ['2009-12-31', []],
    ['2010-01-01', ['Dean']],
    ['2014-12-31', ['Dean']],
    ['2015-01-15', []],
    ['2015-03-01', ['Director']],
    ['2030-06-30', ['Director']],
  ])('person.positions(asOf: %p) is %p', async (asOf, titles) => {
    const data = await query<{ person: { positions: { title: string }[] } }>(
      'query($asOf: Date) { person(id: "person/test-zhao") { positions(asOf: $asOf) { title } } }',
      { asOf },
    );
    expect(data.person.positions.map((position) => position.title)).toEqual(titles);
  });

  test('positions without asOf list all, earliest first; organization.positions filters too', async () => {
    const data = await query(`{
      person(id: "person/test-zhao") {
        positions { title start { text earliest } end { text latest } organization { id } }
      }
      before: organization(id: "org/ahmu-first-affiliated-hospital") {
        positions(asOf: "2012-01-01") { title person { id } }
      }
      after: organization(id: "org/ahmu-first-affiliated-hospital") {
        positions(asOf: "2018-04-20") { title person { id } }
      }
    }`);
    expect(data).toEqual({
      person: {
        positions: [
          {
            title: 'Dean',
            start: { text: '2010', earliest: '2010-01-01' },
            end: { text: '2014', latest: '2014-12-31' },
            organization: { id: 'org/ahmu-first-affiliated-hospital' },
          },
          {
            title: 'Director',
            start: { text: '2015-03', earliest: '2015-03-01' },
            end: null,
            organization: { id: 'org/test-sequencing-lab' },
          },
        ],
      },
      // Liang Chaozhao's position is only attested (2018-04-20), so no date excludes it.
      before: {
        positions: [
          { title: 'Dean', person: { id: 'person/test-zhao' } },
          { title: 'Director', person: { id: 'person/liang-chaozhao' } },
        ],
      },
      after: { positions: [{ title: 'Director', person: { id: 'person/liang-chaozhao' } }] },
    });
  });
});
