/**
 * The knowledge model's second cut (issue 17), point by point, on the six worked-example articles
 * of seed/examples (04 to 09, 2011-2023) and the statements of the seed article (10), imported
 * in name order on top of the seed, against the real Neo4j, with exact answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { describeImport, describeImportDetails } from '../../src/cli/import';
import { DocumentInvalidError } from '../../src/import/documentInvalidError';
import { graphDirectory } from '../../src/repositories/entityDirectoryRepository';
import type { ImportResult } from '../../src/import/importDocument';
import { importDocument } from '../../src/import/importDocument';
import { loadDocumentFile } from '../../src/import/loadDocumentFile';
import { planDocument } from '../../src/import/plan/planDocument';
import { PROJECT_ROOT } from '../../src/projectRoot';
import type { TestServer } from '../utils/testServer';
import { graphFingerprint, startTestServer } from '../utils/testServer';

const EXAMPLES = join(PROJECT_ROOT, 'seed', 'examples');
const FILES = [
  '04-ahmu-new-year-meeting-2011.yaml',
  '05-erasmus-public-health-kick-off-2016.yaml',
  '06-bgi-delegation-visits-ahmu-2018-06.yaml',
  '07-bgi-macao-genomics-2019.yaml',
  '08-shanghai-tenth-genetic-center-2021.yaml',
  '09-hefei-health-big-data-forum-2023.yaml',
  '10-ahmu-bgi-2018-04-20-statements.yaml',
];
const SEED = 'source/ahmu-bgi-2018-04-20';
const MEETING_2011 = 'source/ahmu-new-year-meeting-2011';
const ERASMUS_2016 = 'source/erasmus-public-health-kick-off-2016';
const DELEGATION_2018 = 'source/bgi-delegation-visits-ahmu-2018-06';
const MACAO_2019 = 'source/bgi-macao-genomics-2019';
const SHANGHAI_2021 = 'source/shanghai-tenth-genetic-center-2021';
const HEFEI_2023 = 'source/hefei-health-big-data-forum-2023';

let t: TestServer;
/** The import result of each example, by file name. */
const imported = new Map<string, ImportResult>();

async function importExample(file: string): Promise<ImportResult> {
  const loaded = loadDocumentFile(join(EXAMPLES, file));
  return importDocument(t.db, loaded.content, { ...loaded, diff: true });
}

/** Runs an operation that must succeed; returns its data. */
async function query<T = Record<string, unknown>>(
  text: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const result = await t.execute<T>(text, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

/** Plans an in-memory document against the graph; returns the problems it is refused with. */
async function problemsOf(document: unknown): Promise<{ path: string; message: string }[]> {
  try {
    await planDocument(document, { file: 'test.yaml', directory: graphDirectory(t.db) });
  } catch (error) {
    if (error instanceof DocumentInvalidError) return error.problems;
    throw error;
  }
  return [];
}

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
  for (const file of FILES) imported.set(file, await importExample(file));
}, 120_000);

afterAll(() => t.stop());

describe('1. a position attested by several sources', () => {
  test('Li Jun is Secretary in 2011, 2016 and 2018: three attestations, earliest first', async () => {
    const data = await query(`{
      position: node(id: "position/li-jun/ahmu-party-committee/secretary") {
        ... on Position {
          attestedOn { text }
          attestations {
            date { text approximate earliest latest }
            dateFromSource
            source { id }
            evidence { excerpt }
          }
          evidence { source { id } }
        }
      }
    }`);
    expect(data.position).toEqual({
      attestedOn: { text: '2018-04-20' },
      attestations: [
        {
          date: {
            text: '2011-01~',
            approximate: true,
            earliest: '2011-01-01',
            latest: '2011-01-31',
          },
          dateFromSource: false,
          source: { id: MEETING_2011 },
          evidence: [{ excerpt: 'Li Jun, Secretary of the Party Committee of AHMU' }],
        },
        {
          date: {
            text: '2016-11-14',
            approximate: false,
            earliest: '2016-11-14',
            latest: '2016-11-14',
          },
          dateFromSource: false,
          source: { id: ERASMUS_2016 },
          evidence: [{ excerpt: 'Li Jun, Secretary of the Party Committee of AHMU' }],
        },
        {
          date: {
            text: '2018-04-20',
            approximate: false,
            earliest: '2018-04-20',
            latest: '2018-04-20',
          },
          dateFromSource: false,
          source: { id: SEED },
          evidence: [
            {
              excerpt:
                'Li Jun, secretary of CPC Party Committee of Anhui Medical University (AHMU)',
            },
          ],
        },
      ],
      evidence: [
        { source: { id: SEED } },
        { source: { id: MEETING_2011 } },
        { source: { id: ERASMUS_2016 } },
      ],
    });
  });

  test('asOf with attested: held on a date a source places it on, not in between', async () => {
    const data = await query(`{
      person(id: "person/li-jun") {
        early2011: positions(asOf: "2011-01-05", attested: true) { id }
        mid2014: positions(asOf: "2014-06-01", attested: true) { id }
        mid2014Unbounded: positions(asOf: "2014-06-01") { id }
        visit: positions(asOf: "2018-04-20", attested: true) { id }
      }
      chen: person(id: "person/chen-ming") {
        positions(asOf: "2018-06-21", attested: true) {
          attestations { date { text interval } source { id } }
        }
      }
    }`);
    const secretary = [{ id: 'position/li-jun/ahmu-party-committee/secretary' }];
    expect(data.person).toEqual({
      early2011: secretary,
      mid2014: [],
      mid2014Unbounded: secretary,
      visit: secretary,
    });
    expect(data.chen).toEqual({
      positions: [
        {
          attestations: [
            { date: { text: '2016-11-14', interval: false }, source: { id: ERASMUS_2016 } },
            {
              date: { text: '2018-06-19/2018-06-23', interval: true },
              source: { id: DELEGATION_2018 },
            },
          ],
        },
      ],
    });
  });

  test('the 2011 import reported what it changed; importing it again changes nothing', async () => {
    const first = imported.get(FILES[0] ?? '');
    expect(
      first?.diff?.entities
        .filter((e) => e.change === 'UPDATED')
        .map((e) => `${e.id} ${e.fields.join(',')}`),
    ).toEqual([
      'position/li-jun/ahmu-party-committee/secretary attestations,evidence',
      'position/lu-chao/ahmu-second-affiliated-hospital/president attestations,evidence',
      'person/li-jun evidence',
      'org/ahmu-party-committee evidence',
      'person/lu-chao evidence',
      'org/ahmu-second-affiliated-hospital evidence',
      'place/hefei evidence',
      'org/ahmu evidence',
      'aspect/clinical-medicine evidence',
      'aspect/joint-education evidence',
    ]);
    const before = await graphFingerprint(t.db);
    const again = await importExample(FILES[0] ?? '');
    expect([again.changes.nodesCreated, again.changes.relationshipsCreated]).toEqual([0, 0]);
    expect(again.diff?.entities.filter((e) => e.change !== 'UNCHANGED')).toEqual([]);
    expect(await graphFingerprint(t.db)).toBe(before);
    // And the seed again: the 2011 attestation stays (it used to be set back to 2018).
    await t.seed();
    expect(await graphFingerprint(t.db)).toBe(before);
  });
});

describe('2. approximate dates and ranges (EDTF level 1)', () => {
  test('events, programs and sources keep ranges, qualifiers and seasons', async () => {
    const data = await query(`
      fragment D on PartialDate {
        text precision earliest latest edtf approximate uncertain unspecified interval
        from { text } to { text }
      }
      {
        visit: event(id: "event/bgi-delegation-visits-ahmu-2018-06") { date { ...D } }
        meeting: event(id: "event/ahmu-discipline-construction-meeting-2011-01") { date { ...D } }
        agreement: program(id: "program/bgi-macao-population-genomics-agreement-2019") { start { ...D } }
        forum: source(id: "${HEFEI_2023}") { date { ...D } }
        lu: node(id: "position/lu-chao/ahmu-second-affiliated-hospital/president") {
          ... on Position { attestations { date { text precision } source { id } } }
        }
      }`);
    const plain = { approximate: false, uncertain: false, unspecified: false };
    expect(data).toEqual({
      visit: {
        date: {
          text: '2018-06-19/2018-06-23',
          precision: 'DAY',
          earliest: '2018-06-19',
          latest: '2018-06-23',
          edtf: '2018-06-19/2018-06-23',
          ...plain,
          interval: true,
          from: { text: '2018-06-19' },
          to: { text: '2018-06-23' },
        },
      },
      meeting: {
        date: {
          text: '2011-01~',
          precision: 'MONTH',
          earliest: '2011-01-01',
          latest: '2011-01-31',
          edtf: '2011-01~',
          ...plain,
          approximate: true,
          interval: false,
          from: null,
          to: null,
        },
      },
      agreement: {
        start: {
          text: '2019-05~',
          precision: 'MONTH',
          earliest: '2019-05-01',
          latest: '2019-05-31',
          edtf: '2019-05~',
          ...plain,
          approximate: true,
          interval: false,
          from: null,
          to: null,
        },
      },
      forum: {
        // "In the autumn of 2023": the EDTF season 23.
        date: {
          text: '2023-23',
          precision: 'MONTH',
          earliest: '2023-09-01',
          latest: '2023-11-30',
          edtf: '2023-23',
          ...plain,
          interval: false,
          from: null,
          to: null,
        },
      },
      lu: {
        attestations: [
          { date: { text: '2011', precision: 'YEAR' }, source: { id: MEETING_2011 } },
          { date: { text: '2018-04-20', precision: 'DAY' }, source: { id: SEED } },
        ],
      },
    });
  });

  test.each([
    ['201X', null],
    ['2011?', null],
    ['2011%', null],
    ['1985-04-XX', null],
    ['2015/..', null],
    ['/2015', null],
    ['2018-06-23/2018-06-19', '"2018-06-23/2018-06-19" ends before it starts'],
    ['2019-02-29/2019-03', '"2019-02-29/2019-03" is not a calendar date'],
    ['201X-05', '"201X-05" is not a calendar date'],
    ['2018-25', '"2018-25" is not a calendar date'],
  ])('an event dated %p is %p', async (date, problem) => {
    const problems = await problemsOf({
      source: { id: 'source/edtf-check', title: 't', kind: 'OTHER', text: 'A meeting.' },
      events: [
        { id: 'event/edtf-check', name: 'M', kind: 'MEETING', date, evidence: ['A meeting'] },
      ],
    });
    expect(problems).toEqual(
      problem === null ? [] : [{ path: 'events[0].date', message: problem }],
    );
  });
});

describe('3. roles beyond a fixed enum', () => {
  test("a meeting's chair, a delegation's head: curated terms that count as LEADER", async () => {
    const data = await query(`{
      meeting: event(id: "event/ahmu-discipline-construction-meeting-2011-01") {
        leaders: participants(roles: [LEADER]) { person { id } role roleTerm { id name broader builtIn } }
        chairs: participants(roleTerms: ["term/event-role/chair"]) { person { id } }
      }
      visit: event(id: "event/bgi-delegation-visits-ahmu-2018-06") {
        participants { person { id } role roleTerm { id } organization { id } }
      }
    }`);
    expect(data).toEqual({
      meeting: {
        leaders: [
          {
            person: { id: 'person/li-jun' },
            role: 'LEADER',
            roleTerm: {
              id: 'term/event-role/chair',
              name: 'Chair',
              broader: 'LEADER',
              builtIn: false,
            },
          },
        ],
        chairs: [{ person: { id: 'person/li-jun' } }],
      },
      visit: {
        participants: [
          {
            person: { id: 'person/wang-jian' },
            role: 'LEADER',
            roleTerm: { id: 'term/event-role/head-of-delegation' },
            organization: { id: 'org/bgi' },
          },
          {
            person: { id: 'person/chen-ming' },
            role: 'HOST',
            roleTerm: { id: 'term/event-role/host' },
            organization: { id: 'org/ahmu' },
          },
          {
            person: { id: 'person/wang-kai' },
            role: 'PARTICIPANT',
            roleTerm: { id: 'term/event-role/participant' },
            organization: { id: 'org/ahmu-scientific-research-department' },
          },
        ],
      },
    });
  });

  test('research advisors, a sponsor, who inaugurated a centre and who runs it', async () => {
    const data = await query(`{
      center: program(id: "program/ahmu-bgi-precision-medicine-center") {
        people { person { id } role roleTerm { id } organization { id } }
        leaders { person { id } }
      }
      master: program(id: "program/joint-master-public-health") {
        sponsors: parties(roleTerms: ["term/party-role/sponsor"]) { organization { id } role }
      }
      genetics: program(id: "program/shanghai-tenth-bgi-reproductive-genetics-center") {
        parties { organization { id } role roleTerm { id } }
        people { person { id } role roleTerm { id } }
      }
      signing: event(id: "event/bgi-macao-agreement-signing-2019-05") {
        groups { description role roleTerm { id } organization { id } }
      }
    }`);
    expect(data).toEqual({
      center: {
        people: [
          {
            person: { id: 'person/liu-bo' },
            role: 'OTHER',
            roleTerm: { id: 'term/person-role/research-advisor' },
            organization: { id: 'org/bgi' },
          },
          {
            person: { id: 'person/zhang-ye' },
            role: 'OTHER',
            roleTerm: { id: 'term/person-role/research-advisor' },
            organization: { id: 'org/bgi' },
          },
        ],
        leaders: [],
      },
      master: { sponsors: [{ organization: { id: 'org/european-union' }, role: 'PARTNER' }] },
      genetics: {
        parties: [
          {
            organization: { id: 'org/bgi' },
            role: 'HOST',
            roleTerm: { id: 'term/party-role/operator' },
          },
          {
            organization: { id: 'org/shanghai-tenth-peoples-hospital' },
            role: 'PARTNER',
            roleTerm: { id: 'term/party-role/partner' },
          },
        ],
        people: [
          {
            person: { id: 'person/cao-yunxia' },
            role: 'REPRESENTS',
            roleTerm: { id: 'term/person-role/inaugurator' },
          },
          {
            person: { id: 'person/wang-jian' },
            role: 'REPRESENTS',
            roleTerm: { id: 'term/person-role/inaugurator' },
          },
        ],
      },
      signing: {
        groups: [
          {
            description: 'officials of the Health Bureau of Macao',
            role: 'PARTICIPANT',
            roleTerm: { id: 'term/event-role/witness' },
            organization: { id: 'org/macao-health-bureau' },
          },
        ],
      },
    });
  });

  test('the vocabulary lists built-in terms first, then those documents added', async () => {
    const data = await query(
      `{ terms(vocabulary: PARTY_ROLE) { id name broader builtIn alternativeNames { value } } }`,
    );
    expect(data.terms).toEqual([
      {
        id: 'term/party-role/host',
        name: 'Host',
        broader: 'HOST',
        builtIn: true,
        alternativeNames: [],
      },
      {
        id: 'term/party-role/participant',
        name: 'Participant',
        broader: 'PARTICIPANT',
        builtIn: true,
        alternativeNames: [],
      },
      {
        id: 'term/party-role/partner',
        name: 'Partner',
        broader: 'PARTNER',
        builtIn: true,
        alternativeNames: [],
      },
      {
        id: 'term/party-role/signatory',
        name: 'Signatory',
        broader: 'SIGNATORY',
        builtIn: true,
        alternativeNames: [],
      },
      {
        id: 'term/party-role/operator',
        name: 'Operator',
        broader: 'HOST',
        builtIn: false,
        alternativeNames: [{ value: 'runs' }, { value: 'run by' }],
      },
      {
        id: 'term/party-role/sponsor',
        name: 'Sponsor',
        broader: 'PARTNER',
        builtIn: false,
        alternativeNames: [{ value: 'funder' }, { value: 'funding body' }],
      },
    ]);
  });

  test('a role term needs a built-in value to count as, and keeps it', async () => {
    const text = 'The chair was also the moderator.';
    const source = { id: 'source/role-check', title: 't', kind: 'OTHER', text };
    expect(
      await problemsOf({
        source,
        terms: [
          { id: 'term/event-role/moderator', name: 'Moderator', evidence: ['the moderator'] },
        ],
      }),
    ).toEqual([
      {
        path: 'terms[0].broader',
        message:
          'missing "broader": name the built-in value this event role counts as, one of LEADER, MEMBER, HOST, SIGNATORY, PARTICIPANT',
      },
    ]);
    expect(
      await problemsOf({
        source,
        terms: [
          {
            id: 'term/event-role/chair',
            name: 'Chair',
            broader: 'MEMBER',
            evidence: ['The chair'],
          },
        ],
      }),
    ).toEqual([
      {
        path: 'terms[0].broader',
        message:
          '"term/event-role/chair" already counts as LEADER; a term\'s broader value cannot change (define a new term)',
      },
    ]);
    expect(
      await problemsOf({
        source,
        terms: [
          {
            id: 'term/event-role/leader',
            name: 'Leader',
            broader: 'LEADER',
            evidence: ['The chair'],
          },
        ],
      }),
    ).toEqual([
      {
        path: 'terms[0].id',
        message:
          '"term/event-role/leader" is a built-in term and cannot be redefined; define a term of your own',
      },
    ]);
  });
});

describe('4. statements', () => {
  test("what did BGI's president hope the cooperation would achieve", async () => {
    const data = await query(`{
      people(filter: { organization: "org/bgi", title: "President", exactTitle: true, includeUnits: false }) {
        nodes {
          id
          statements(kinds: [HOPED]) {
            kind
            organization { id }
            event { id }
            programs { id }
            diseaseAreas { id }
            aspects { id }
            quote { excerpt source { id } }
          }
        }
      }
    }`);
    expect(data.people).toEqual({
      nodes: [
        {
          id: 'person/wang-jian',
          statements: [
            {
              kind: 'HOPED',
              organization: { id: 'org/bgi' },
              event: { id: 'event/ahmu-delegation-visit-bgi-2018-04-20' },
              programs: [{ id: 'program/ahmu-bgi-memorandum-2018' }],
              diseaseAreas: [
                { id: 'area/birth-defects' },
                { id: 'area/cancer' },
                { id: 'area/cardiovascular-metabolic-diseases' },
                { id: 'area/infectious-diseases' },
              ],
              aspects: [{ id: 'aspect/clinical-medicine' }],
              quote: {
                excerpt:
                  'improve the full-scale integration of trans-Omics data with clinical practice, promote the massive, comprehensive and intensive interpretation and study of big data of life science, achieve such goals as birth defects control and prevention, precise diagnosis-treatment-recovery of/from cancer, precise treatment of infectious and contagious diseases, and cardiovascular and metabolic diseases control and prevention',
                source: { id: SEED },
              },
            },
          ],
        },
      ],
    });
  });

  test('statements by kind, subject and source; a curated kind counts as SAID', async () => {
    const data = await query(`{
      said: statements(filter: { kind: [SAID] }) { totalCount nodes { id kindTerm { id } speaker { id } } }
      aboutAhmu: statements(filter: { about: "org/ahmu" }) { nodes { id kind } }
      of2011: statements(filter: { source: "${MEETING_2011}" }) {
        nodes { id kind date { text } quote { excerpt } about { node { id } wording evidence { excerpt } } }
      }
      program(id: "program/ahmu-bgi-memorandum-2018") { statements { speaker { id } kind } }
    }`);
    expect(data).toEqual({
      said: {
        totalCount: 4,
        nodes: [
          {
            id: 'statement/erasmus-public-health-kick-off-2016/840-933',
            kindTerm: { id: 'term/statement-kind/said' },
            speaker: { id: 'person/anna-kowalska' },
          },
          {
            id: 'statement/ahmu-bgi-2018-04-20/722-858',
            kindTerm: { id: 'term/statement-kind/said' },
            speaker: { id: 'person/li-jun' },
          },
          {
            id: 'statement/ahmu-bgi-2018-04-20/885-1204',
            kindTerm: { id: 'term/statement-kind/pointed-out' },
            speaker: { id: 'person/li-jun' },
          },
          {
            id: 'statement/shanghai-tenth-genetic-center-2021/700-762',
            kindTerm: { id: 'term/statement-kind/said' },
            speaker: { id: 'person/zhang-ye-shanghai-tenth' },
          },
        ],
      },
      aboutAhmu: {
        nodes: [
          { id: 'statement/ahmu-new-year-meeting-2011/566-679', kind: 'PLEDGED' },
          { id: 'statement/ahmu-bgi-2018-04-20/885-1204', kind: 'SAID' },
        ],
      },
      of2011: {
        nodes: [
          {
            id: 'statement/ahmu-new-year-meeting-2011/566-679',
            kind: 'PLEDGED',
            date: { text: '2011-01~' },
            quote: {
              excerpt:
                'the university would strengthen joint education with its affiliated hospitals and train more clinical researchers',
            },
            about: [
              {
                node: { id: 'org/ahmu' },
                wording: null,
                evidence: [
                  {
                    excerpt:
                      'the university would strengthen joint education with its affiliated hospitals and train more clinical researchers',
                  },
                ],
              },
              {
                node: { id: 'aspect/joint-education' },
                wording: null,
                evidence: [
                  {
                    excerpt:
                      'the university would strengthen joint education with its affiliated hospitals and train more clinical researchers',
                  },
                ],
              },
            ],
          },
        ],
      },
      program: { statements: [{ speaker: { id: 'person/wang-jian' }, kind: 'HOPED' }] },
    });
  });
});

describe('5. unnamed participants and counts', () => {
  test('"12 directors of departments", "12 experts": groups with a count and an organization', async () => {
    const data = await query(`{
      meeting: event(id: "event/ahmu-discipline-construction-meeting-2011-01") {
        groups { id description count role organization { id } evidence { excerpt } }
      }
      visit: event(id: "event/bgi-delegation-visits-ahmu-2018-06") { groups { id count role } }
      group: node(id: "group/bgi-delegation-visits-ahmu-2018-06/experts") {
        ... on ParticipantGroup { description event { id } organization { id } }
      }
      viaGroup: events(filter: { organization: "org/macao-health-bureau" }) { nodes { id } }
    }`);
    expect(data).toEqual({
      meeting: {
        groups: [
          {
            id: 'group/ahmu-discipline-construction-meeting-2011-01/directors-of-departments',
            description: 'directors of departments',
            count: 12,
            role: 'PARTICIPANT',
            organization: { id: 'org/ahmu' },
            evidence: [{ excerpt: 'attended by 12 directors of departments of the university' }],
          },
        ],
      },
      visit: {
        groups: [
          { id: 'group/bgi-delegation-visits-ahmu-2018-06/experts', count: 12, role: 'MEMBER' },
        ],
      },
      group: {
        description: 'experts',
        event: { id: 'event/bgi-delegation-visits-ahmu-2018-06' },
        organization: { id: 'org/bgi' },
      },
      // An organization that took part only through a group still took part.
      viaGroup: { nodes: [{ id: 'event/bgi-macao-agreement-signing-2019-05' }] },
    });
  });
});

describe('6. organization and place kinds, designations', () => {
  test('a school is a curated kind that counts as DEPARTMENT; Macao a special administrative region', async () => {
    const data = await query(`{
      school: organization(id: "org/ahmu-school-of-public-health") {
        kind kindTerm { id name broader } parent { organization { id } relation }
      }
      schools: organizations(filter: { kindTerm: "term/organization-kind/school" }) { nodes { id } }
      hospitals: organizations(filter: { kindTerm: "term/organization-kind/hospital", unitOf: "org/tongji-university" }) { nodes { id } }
      macao: place(id: "place/macao") { kind kindTerm { id broader } within { place { id } } }
      eu: organization(id: "org/european-union") { kind kindTerm { id } }
    }`);
    expect(data).toEqual({
      school: {
        kind: 'DEPARTMENT',
        kindTerm: { id: 'term/organization-kind/school', name: 'School', broader: 'DEPARTMENT' },
        parent: { organization: { id: 'org/ahmu' }, relation: 'school' },
      },
      schools: { nodes: [{ id: 'org/ahmu-school-of-public-health' }] },
      hospitals: { nodes: [{ id: 'org/shanghai-tenth-peoples-hospital' }] },
      macao: {
        kind: 'OTHER',
        kindTerm: { id: 'term/place-kind/special-administrative-region', broader: 'OTHER' },
        within: { place: { id: 'place/china' } },
      },
      eu: {
        kind: 'GOVERNMENT_BODY',
        kindTerm: { id: 'term/organization-kind/intergovernmental-organization' },
      },
    });
  });

  test('Hefei, a national science center and a pilot city for Big Data Project, with evidence', async () => {
    const data = await query(`{
      place(id: "place/hefei") { designations { designation { id name vocabulary } evidence { excerpt source { id } } } }
      term: node(id: "term/designation/national-science-center") {
        ... on Term { designatedPlaces { place { id } } }
      }
    }`);
    expect(data).toEqual({
      place: {
        designations: [
          {
            designation: {
              id: 'term/designation/national-science-center',
              name: 'National science center',
              vocabulary: 'DESIGNATION',
            },
            evidence: [{ excerpt: 'Hefei, a national science center', source: { id: HEFEI_2023 } }],
          },
          {
            designation: {
              id: 'term/designation/health-big-data-pilot-city',
              name: 'Pilot city for Big Data Project of Health Service and Medical Care',
              vocabulary: 'DESIGNATION',
            },
            evidence: [
              {
                excerpt:
                  'Hefei, a national science center and a pilot city for Big Data Project of Health Service and Medical Care',
                source: { id: HEFEI_2023 },
              },
            ],
          },
        ],
      },
      term: { designatedPlaces: [{ place: { id: 'place/hefei' } }] },
    });
  });
});

describe('7. links the format lacked', () => {
  test('an event belongs to a program, was funded by it, and is about areas and aspects', async () => {
    const data = await query(`{
      kickOff: event(id: "event/joint-master-public-health-kick-off-2016-11-14") {
        programs { program { id } relation evidence { excerpt } }
        fundedBy { program { id } organization { id } evidence { excerpt } }
      }
      workshop: event(id: "event/germ-cell-clinical-genetics-workshop-2018-06") {
        parent { id }
        diseaseAreas { area { id } wording evidence { excerpt } }
        aspects { aspect { id } wording }
      }
      genetics: node(id: "area/clinical-genetics") { ... on DiseaseArea { events { id } programs { id } } }
      master: program(id: "program/joint-master-public-health") { events { event { id } relation } fundedEvents { id } }
      ofTheProgram: events(filter: { program: "program/ahmu-bgi-precision-medicine-center" }) { nodes { id } }
    }`);
    expect(data).toEqual({
      kickOff: {
        programs: [
          {
            program: { id: 'program/joint-master-public-health' },
            relation: 'kick-off meeting of',
            evidence: [
              { excerpt: 'the kick-off meeting of the Joint Master Programme in Public Health' },
            ],
          },
        ],
        fundedBy: [
          {
            program: { id: 'program/joint-master-public-health' },
            organization: null,
            evidence: [{ excerpt: 'The meeting was funded by the project' }],
          },
        ],
      },
      workshop: {
        parent: { id: 'event/bgi-delegation-visits-ahmu-2018-06' },
        diseaseAreas: [
          {
            area: { id: 'area/clinical-genetics' },
            wording: 'germ cell biology and clinical genetics',
            evidence: [{ excerpt: 'a workshop on germ cell biology and clinical genetics' }],
          },
        ],
        aspects: [{ aspect: { id: 'aspect/scientific-research' }, wording: 'workshop' }],
      },
      genetics: {
        events: [{ id: 'event/germ-cell-clinical-genetics-workshop-2018-06' }],
        programs: [],
      },
      master: {
        events: [
          {
            event: { id: 'event/joint-master-public-health-kick-off-2016-11-14' },
            relation: 'kick-off meeting of',
          },
        ],
        fundedEvents: [{ id: 'event/joint-master-public-health-kick-off-2016-11-14' }],
      },
      ofTheProgram: { nodes: [{ id: 'event/bgi-delegation-visits-ahmu-2018-06' }] },
    });
  });

  test('a country is a party ("collaboration with China"); a status may be unknown or under discussion', async () => {
    const data = await query(`{
      screening: program(id: "program/bgi-macao-china-newborn-screening") {
        status placeParties { place { id } role evidence { excerpt } }
        parties { organization { id } }
      }
      china: place(id: "place/china") { programs { program { id } role } }
      agreement: program(id: "program/bgi-macao-population-genomics-agreement-2019") { status }
      open: programs(filter: { status: [UNDER_DISCUSSION, UNKNOWN] }, orderBy: [{ field: ID }]) { nodes { id status } }
      stats { programsByStatus { status programs } }
    }`);
    expect(data).toEqual({
      screening: {
        status: 'UNDER_DISCUSSION',
        placeParties: [
          {
            place: { id: 'place/china' },
            role: 'PARTNER',
            evidence: [{ excerpt: 'a collaboration with China on newborn screening' }],
          },
        ],
        parties: [
          { organization: { id: 'org/bgi' } },
          { organization: { id: 'org/macao-institute-of-genomic-medicine' } },
        ],
      },
      china: {
        programs: [
          { program: { id: 'program/bgi-macao-china-newborn-screening' }, role: 'PARTNER' },
        ],
      },
      agreement: { status: 'UNKNOWN' },
      open: {
        nodes: [
          { id: 'program/bgi-macao-china-newborn-screening', status: 'UNDER_DISCUSSION' },
          { id: 'program/bgi-macao-population-genomics-agreement-2019', status: 'UNKNOWN' },
          { id: 'program/erasmus-plus', status: 'UNKNOWN' },
        ],
      },
      stats: {
        programsByStatus: [
          { status: 'UNDER_DISCUSSION', programs: 1 },
          { status: 'PLANNED', programs: 5 },
          { status: 'ACTIVE', programs: 3 },
          { status: 'ENDED', programs: 0 },
          { status: 'UNKNOWN', programs: 2 },
        ],
      },
    });
  });
});

describe('8. aliases for programs, and amendments', () => {
  test('a program found by its alias; amendments add names and a unit link without restating', async () => {
    const data = await query(`{
      erasmus: search(query: "Erasmus+", types: [PROGRAM]) { node { id } match }
      memorandum: program(id: "program/ahmu-bgi-memorandum-2018") { name kind status alternativeNames { value } }
      bgi: organization(id: "org/bgi") { name kind alternativeNames { value } }
      tmi: organization(id: "org/tmi-anhui") { parent { organization { id } relation evidence { excerpt } } }
    }`);
    expect(data).toEqual({
      erasmus: [{ node: { id: 'program/erasmus-plus' }, match: 'EXACT' }],
      memorandum: {
        name: 'Memorandum of cooperation between AHMU and BGI',
        kind: 'AGREEMENT',
        status: 'ACTIVE',
        alternativeNames: [
          { value: 'AHMU–BGI memorandum' },
          { value: 'AHMU-BGI Precision Medicine Memorandum' },
        ],
      },
      bgi: { name: 'BGI', kind: 'COMPANY', alternativeNames: [{ value: 'BGI Group' }] },
      tmi: {
        parent: {
          organization: { id: 'org/ahmu' },
          relation: 'run by',
          evidence: [
            {
              excerpt:
                'the Translational Medicine Institute of Anhui Province, which is run by AHMU',
            },
          ],
        },
      },
    });
    const result = imported.get(FILES[5] ?? '');
    expect(
      result?.diff?.entities
        .filter((e) => e.change === 'UPDATED')
        .map((e) => `${e.id} ${e.fields.join(',')}`),
    ).toEqual([
      'place/hefei evidence',
      'org/bgi names,aliases,matchKeys,evidence',
      'org/tmi-anhui evidence',
      'program/ahmu-bgi-memorandum-2018 names,aliases,matchKeys,evidence',
      'person/cao-yunxia evidence',
      'org/shanghai-tenth-peoples-hospital evidence',
      'org/ahmu evidence',
    ]);
  });

  test('an amendment that names no entity, or one field the entity cannot have, is refused', async () => {
    const source = {
      id: 'source/amend-check',
      title: 't',
      kind: 'OTHER',
      text: 'BGI, in Shenzhen.',
    };
    expect(await problemsOf({ source, amend: [{ aliases: ['B'], evidence: ['BGI'] }] })).toEqual([
      {
        path: 'amend[0]',
        message:
          'name the entity to amend with exactly one of "person", "organization", "program", "event", "place", "area" or "aspect"',
      },
    ]);
    expect(
      await problemsOf({
        source,
        amend: [
          {
            person: 'Li Jun',
            unitOf: { organization: 'BGI', relation: 'x', evidence: ['BGI'] },
            evidence: ['BGI'],
          },
        ],
      }),
    ).toEqual([
      {
        path: 'amend[0].unitOf',
        message: 'a person has no "unitOf": only an organization has one',
      },
    ]);
  });
});

describe('9. every source that states an entity is in its evidence', () => {
  test('Lu Chao: the seed and the 2011 article', async () => {
    const data = await query(`{
      person(id: "person/lu-chao") { evidence { excerpt source { id } } }
      bgi: organization(id: "org/bgi") { evidence { source { id } } }
    }`);
    expect(data).toEqual({
      person: {
        evidence: [
          {
            excerpt: 'Prof. Lu Chao, president of the Second Affiliated Hospital of AHMU',
            source: { id: SEED },
          },
          {
            excerpt: 'Prof. Lu Chao, president of the Second Affiliated Hospital of AHMU',
            source: { id: MEETING_2011 },
          },
        ],
      },
      bgi: {
        evidence: [
          { source: { id: SEED } },
          { source: { id: DELEGATION_2018 } },
          { source: { id: MACAO_2019 } },
          { source: { id: 'source/curator-reference-places' } },
          { source: { id: HEFEI_2023 } },
          { source: { id: SHANGHAI_2021 } },
        ],
      },
    });
  });
});

describe('10. source filters on every connection', () => {
  test('people, organizations, programs, events, sources, statements, collaborations, neighbours', async () => {
    const data = await query(`{
      people(filter: { source: "${DELEGATION_2018}" }) { nodes { id } }
      organizations(filter: { source: "${MACAO_2019}" }) { nodes { id } }
      programs(filter: { source: "${MACAO_2019}" }, orderBy: [{ field: ID }]) { nodes { id } }
      events(filter: { source: "${MEETING_2011}" }) { nodes { id } }
      sources(filter: { states: "person/lu-chao" }) { nodes { id } }
      statements(filter: { source: "${SHANGHAI_2021}" }) { nodes { id } }
      collaborations(organization: "org/bgi", source: "${MACAO_2019}") { nodes { partner { id } programCount } }
      neighbours(id: "org/bgi", source: "${MACAO_2019}") { totalCount nodes { relationship node { id } } }
    }`);
    expect(data).toEqual({
      people: {
        nodes: [
          { id: 'person/chen-ming' },
          { id: 'person/liu-bo' },
          { id: 'person/wang-jian' },
          { id: 'person/wang-kai' },
          { id: 'person/zhang-ye' },
        ],
      },
      organizations: {
        nodes: [
          { id: 'org/bgi' },
          { id: 'org/macao-health-bureau' },
          { id: 'org/macao-institute-of-genomic-medicine' },
        ],
      },
      programs: {
        nodes: [
          { id: 'program/bgi-macao-china-newborn-screening' },
          { id: 'program/bgi-macao-joint-sequencing-laboratory' },
          { id: 'program/bgi-macao-population-genomics-agreement-2019' },
        ],
      },
      events: { nodes: [{ id: 'event/ahmu-discipline-construction-meeting-2011-01' }] },
      sources: { nodes: [{ id: MEETING_2011 }, { id: SEED }] },
      statements: { nodes: [{ id: 'statement/shanghai-tenth-genetic-center-2021/700-762' }] },
      collaborations: {
        nodes: [{ partner: { id: 'org/macao-institute-of-genomic-medicine' }, programCount: 2 }],
      },
      neighbours: {
        totalCount: 3,
        nodes: [
          // By the neighbour's name: "Collaboration with China ...", "Framework agreement ...".
          { relationship: 'HAS_PARTY', node: { id: 'program/bgi-macao-china-newborn-screening' } },
          {
            relationship: 'HAS_PARTY',
            node: { id: 'program/bgi-macao-population-genomics-agreement-2019' },
          },
          {
            relationship: 'HAS_PARTY',
            node: { id: 'program/bgi-macao-joint-sequencing-laboratory' },
          },
        ],
      },
    });
  });
});

describe("11. an organization's own units and parents are not its partners", () => {
  test('BGI and the gene bank it runs; AHMU and the institute it runs; unless asked', async () => {
    const data = await query(`{
      bgi: collaborations(organization: "org/bgi") { nodes { partner { id } programCount } }
      bgiAll: collaborations(organization: "org/bgi", unitPartners: true) { nodes { partner { id } } }
      ngb: collaborations(organization: "org/national-gene-bank") { nodes { partner { id } } }
      stats {
        organizationsByPartners(first: 4) { organization { id } partners }
        withUnits: organizationsByPartners(first: 4, unitPartners: true) { organization { id } partners }
      }
    }`);
    expect(data).toEqual({
      bgi: {
        nodes: [
          { partner: { id: 'org/ahmu' }, programCount: 5 },
          { partner: { id: 'org/macao-institute-of-genomic-medicine' }, programCount: 2 },
          { partner: { id: 'org/shanghai-tenth-peoples-hospital' }, programCount: 1 },
          // The institute AHMU runs (09) is not AHMU's partner, but it is BGI's.
          { partner: { id: 'org/tmi-anhui' }, programCount: 1 },
        ],
      },
      bgiAll: {
        nodes: [
          { partner: { id: 'org/ahmu' } },
          { partner: { id: 'org/macao-institute-of-genomic-medicine' } },
          { partner: { id: 'org/national-gene-bank' } },
          { partner: { id: 'org/shanghai-tenth-peoples-hospital' } },
          { partner: { id: 'org/tmi-anhui' } },
        ],
      },
      // Its only other party is AHMU; BGI, which runs it, is not its partner.
      ngb: { nodes: [{ partner: { id: 'org/ahmu' } }] },
      stats: {
        organizationsByPartners: [
          { organization: { id: 'org/ahmu' }, partners: 5 },
          { organization: { id: 'org/bgi' }, partners: 4 },
          { organization: { id: 'org/baltic-medical-university' }, partners: 3 },
          { organization: { id: 'org/european-union' }, partners: 3 },
        ],
        withUnits: [
          // BGI, the National Gene Bank, the institute it runs, and the three Erasmus+ partners.
          { organization: { id: 'org/ahmu' }, partners: 6 },
          { organization: { id: 'org/bgi' }, partners: 5 },
          { organization: { id: 'org/baltic-medical-university' }, partners: 3 },
          { organization: { id: 'org/european-union' }, partners: 3 },
        ],
      },
    });
  });
});

describe('12. connections avoid shared vocabulary unless asked', () => {
  const steps = `hops paths { steps { to { id } } }`;
  const via = (paths: { steps: { to: { id: string } }[] }[]) =>
    paths.map((path) => path.steps.map((step) => step.to.id).join(' > '));

  test('two signatories meet through AHMU, not through "joint education"', async () => {
    const data = await query<{
      plain: { hops: number; paths: { steps: { to: { id: string } }[] }[] };
      aspects: { hops: number; paths: { steps: { to: { id: string } }[] }[] };
    }>(`{
      plain: connection(from: "org/baltic-medical-university", to: "org/bgi") { ${steps} }
      aspects: connection(from: "org/baltic-medical-university", to: "org/bgi", via: [COOPERATION_ASPECT]) { ${steps} }
    }`);
    expect(data.plain.hops).toBe(4);
    expect(via(data.plain.paths).filter((path) => path.includes('aspect/'))).toEqual([]);
    expect(data.aspects.hops).toBe(4);
    // Shortest paths come in no fixed order: compared sorted.
    expect(
      via(data.aspects.paths)
        .filter((path) => path.includes('aspect/'))
        .sort(),
    ).toEqual([
      'program/joint-master-public-health > aspect/joint-education > program/ahmu-bgi-joint-education > org/bgi',
      'program/joint-master-public-health > aspect/joint-education > program/ahmu-bgi-memorandum-2018 > org/bgi',
    ]);
  });

  test('through a city only with via: [PLACE]; a vocabulary node may still be an end', async () => {
    const data = await query<
      Record<string, { hops: number | null; paths: { steps: { to: { id: string } }[] }[] }>
    >(`{
      plain: connection(from: "person/cao-yunxia", to: "program/joint-master-public-health", maxHops: 6) { ${steps} }
      places: connection(from: "person/cao-yunxia", to: "program/joint-master-public-health", maxHops: 6, via: [PLACE]) { ${steps} }
      toTerm: connection(from: "program/joint-master-public-health", to: "aspect/joint-education", maxHops: 1) { ${steps} }
    }`);
    expect(data.plain?.hops).toBe(5);
    expect(data.places?.hops).toBe(4);
    expect(via(data.places?.paths ?? [])).toEqual([
      'event/hefei-health-big-data-forum-2023 > place/hefei > org/ahmu > program/joint-master-public-health',
    ]);
    expect(via(data.toTerm?.paths ?? [])).toEqual(['aspect/joint-education']);
  });
});

describe('13. people by exact title, without units', () => {
  test('the presidents of AHMU: not vice presidents, not presidents of its hospitals', async () => {
    const data = await query(`{
      loose: people(filter: { organization: "org/ahmu", title: "President" }) { nodes { id } }
      exact: people(filter: { organization: "org/ahmu", title: "President", exactTitle: true }) { nodes { id } }
      own: people(filter: { organization: "org/ahmu", title: "President", exactTitle: true, includeUnits: false }) { nodes { id } }
      samePosition: people(filter: { organization: "org/ahmu-second-affiliated-hospital", title: "Secretary" }) { nodes { id } }
    }`);
    expect(data).toEqual({
      loose: {
        nodes: [
          { id: 'person/chen-ming' },
          { id: 'person/huang-lumao' },
          { id: 'person/lu-chao' },
          { id: 'person/wang-yu' },
        ],
      },
      exact: {
        nodes: [{ id: 'person/chen-ming' }, { id: 'person/huang-lumao' }, { id: 'person/lu-chao' }],
      },
      own: { nodes: [{ id: 'person/chen-ming' }] },
      // The title and the organization are those of one position.
      samePosition: { nodes: [] },
    });
  });
});

describe('14. search', () => {
  interface Hit {
    match: string;
    score: number;
    node: { id: string };
  }
  const search = async (text: string, first = 3) =>
    (
      await query<{ search: Hit[] }>(
        'query($text: String!, $first: Int) { search(query: $text, first: $first) { match score node { id } } }',
        { text, first },
      )
    ).search.map((hit) => [hit.node.id, hit.match]);

  test.each([
    [
      "Shanghai Tenth People's Hospital",
      [
        ['org/shanghai-tenth-peoples-hospital', 'EXACT'],
        ['org/shanghai-tenth-reproductive-medicine', 'PARTIAL'],
      ],
    ],
    [
      "People's Hospital",
      [
        ['org/shanghai-tenth-peoples-hospital', 'PARTIAL'],
        ['org/shanghai-tenth-reproductive-medicine', 'PARTIAL'],
      ],
    ],
    ['Li Jnu', [['person/li-jun', 'PARTIAL']]],
    ['Lu Chou', [['person/lu-chao', 'PARTIAL']]],
    ['lijun', [['person/li-jun', 'EXACT']]],
    ['li jn', [['person/li-jun', 'PARTIAL']]],
    ['Cao Yun Xia', [['person/cao-yunxia', 'EXACT']]],
    ['Liang Chouzhuo', [['person/liang-chaozhao', 'SUGGESTION']]],
    ['zzyzx quorum', []],
  ])('%p finds %j', async (text, expected) => {
    expect(await search(text)).toEqual(expected);
  });

  test('"Anhui Medical University": the university first, by its exact name', async () => {
    expect(await search('Anhui Medical University')).toEqual([
      ['org/ahmu', 'EXACT'],
      ['org/ahmu-party-committee', 'PARTIAL'],
      ['org/ahmu-chaohu-hospital', 'PARTIAL'],
    ]);
  });

  test('scores follow the order: exact names above partial matches', async () => {
    const data = await query<{ search: Hit[] }>(
      '{ search(query: "Anhui Medical University") { score } }',
    );
    const scores = data.search.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBe(3);
  });

  test('references ignore spaces too: "Cao Yun Xia" in 09 is the Cao Yunxia of 08', () => {
    expect(imported.get(FILES[5] ?? '')?.resolvedAliases).toContainEqual({
      path: 'events[0].participants[0].person',
      reference: 'Cao Yun Xia',
      id: 'person/cao-yunxia',
    });
  });
});

describe('15. the import report', () => {
  test('lists each name it resolved and warns about a second "Zhang Ye"', () => {
    const result = imported.get(FILES[4] ?? '');
    if (!result) throw new Error('08 was not imported');
    expect(result.warnings).toEqual([
      {
        path: 'people[1]',
        message:
          'new person "Zhang Ye" (person/zhang-ye-shanghai-tenth) has the name of person/zhang-ye ("Zhang Ye"): if it is the same person, refer to person/zhang-ye instead of defining a new one',
      },
    ]);
    const lines = [describeImport(result), ...describeImportDetails(result)];
    expect(lines[0]).toBe(
      `${join(EXAMPLES, FILES[4] ?? '')}: ${SHANGHAI_2021}: 12 entities, 18 relationships, 19 excerpts; created 32 nodes and 37 relationships; resolved 13 references by alias`,
    );
    expect(lines).toContain(
      `  programs[0].parties[0].organization: "Shanghai Tenth People's Hospital" -> org/shanghai-tenth-peoples-hospital`,
    );
    expect(lines).toContain(
      '  programs[0].people[0].role: "inaugurated" -> term/person-role/inaugurator',
    );
    expect(lines).toContain(`  warning: people[1]: ${result.warnings[0]?.message ?? ''}`);
    expect(lines.filter((line) => line.startsWith('  updated '))).toEqual([
      '  updated place/china (evidence)',
      '  updated org/bgi (evidence)',
      '  updated person/wang-jian (evidence)',
      '  updated area/birth-defects (evidence)',
    ]);
  });

  test('the warning comes back from the importDocument mutation too (dry run)', async () => {
    const document = {
      source: {
        id: 'source/warning-check',
        title: 'Warning check',
        kind: 'OTHER',
        text: 'Dr. Zhang Ye spoke.',
      },
      people: [{ id: 'person/zhang-ye-third', name: 'Zhang Ye', evidence: ['Dr. Zhang Ye'] }],
    };
    const result = await importDocument(t.db, document, { file: 'input', dryRun: true });
    expect(result.warnings.map((warning) => warning.message.slice(0, 70))).toEqual([
      'new person "Zhang Ye" (person/zhang-ye-third) has the name of person/z',
      'new person "Zhang Ye" (person/zhang-ye-third) has the name of person/z',
    ]);
  });
});

describe('16. an excerpt not found verbatim: the closest passage and how it differs', () => {
  test('a plain space where the text has a non-breaking one', async () => {
    const document = parse(readFileSync(join(EXAMPLES, FILES[6] ?? ''), 'utf8')) as {
      source: Record<string, unknown>;
      statements: { quote: string }[];
    };
    const text = readFileSync(
      join(PROJECT_ROOT, 'seed', 'documents', 'ahmu-bgi-2018-04-20.txt'),
      'utf8',
    );
    const statement = document.statements[1];
    if (!statement) throw new Error('the example lost a statement');
    statement.quote = statement.quote.replace('\u00a0', ' ');
    document.source = { ...document.source, textFile: undefined, text };
    expect(await problemsOf(document)).toEqual([
      {
        path: 'statements[1].quote',
        message:
          'excerpt not found verbatim in the source text: "visiting BGI was of far-reaching significance as the visit fell on the occasi..."; the closest passage, at 722-858, is "visiting BGI was of far-reaching significance as the visit fell on the occasi...": the text has a non-breaking space where the excerpt has one space',
      },
    ]);
  });
});

describe('17. suggestions for an unknown term use aliases', () => {
  test('"personnel training" suggests the aspect whose alias is "training"', async () => {
    const problems = await problemsOf({
      source: {
        id: 'source/suggest-check',
        title: 't',
        kind: 'OTHER',
        text: 'Personnel training with AHMU.',
      },
      programs: [
        {
          id: 'program/suggest-check',
          name: 'Training',
          kind: 'EDUCATION',
          aspects: [{ aspect: 'personnel training', evidence: ['Personnel training'] }],
          evidence: ['Personnel training'],
        },
      ],
    });
    expect(problems).toEqual([
      {
        path: 'programs[0].aspects[0].aspect',
        message:
          'unknown reference "personnel training": no cooperation aspect has this id, name or alias; closest known ids: aspect/joint-education, aspect/gene-pool-construction, aspect/clinical-medicine',
      },
    ]);
  });

  test('an unknown role suggests role terms, by name and alias', async () => {
    const problems = await problemsOf({
      source: { id: 'source/suggest-check', title: 't', kind: 'OTHER', text: 'Li Jun chairs.' },
      events: [
        {
          id: 'event/suggest-check',
          name: 'M',
          kind: 'MEETING',
          participants: [{ person: 'Li Jun', role: 'chairperson', evidence: ['Li Jun chairs'] }],
          evidence: ['Li Jun chairs'],
        },
      ],
    });
    expect(problems).toEqual([
      {
        path: 'events[0].participants[0].role',
        message:
          'unknown reference "chairperson": no event role has this id, name or alias; closest known ids: term/event-role/chair, term/event-role/leader, term/event-role/witness',
      },
    ]);
  });
});

describe('18. unquoted dates', () => {
  test('an unquoted day is text to YAML, an unquoted year a number: both accepted as dates', async () => {
    const raw = parse(readFileSync(join(EXAMPLES, FILES[0] ?? ''), 'utf8')) as {
      source: { date: unknown };
      positions: { attestedOn: unknown }[];
    };
    expect([raw.source.date, raw.positions[1]?.attestedOn]).toEqual(['2011-01-10', 2011]);
    const data = await query(`{ source(id: "${MEETING_2011}") { date { text precision } } }`);
    expect(data.source).toEqual({ date: { text: '2011-01-10', precision: 'DAY' } });
  });

  test('a number that is not a year is refused with the date message', async () => {
    expect(
      await problemsOf({
        source: { id: 'source/year-check', title: 't', kind: 'OTHER', text: 'x', date: 20110110 },
      }),
    ).toEqual([{ path: 'source.date', message: 'Too big: expected number to be <=9999' }]);
  });
});
