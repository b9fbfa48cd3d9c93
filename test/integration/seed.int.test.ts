import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { FACT_RELATIONSHIPS, Label, Rel } from '../../src/db/labelsAndTypes';
import { importFiles, seedFiles } from '../../src/import/importFiles';
import { PROJECT_ROOT } from '../../src/projectRoot';
import type { TestServer } from '../utils/testServer';
import { graphCounts, graphFingerprint, startTestServer } from '../utils/testServer';

/**
 * The seed, fact by fact, against the article it was curated from (and the curators' reference
 * note on places). Totals are the seed's own: a new document in seed/documents changes them, and
 * should bring its own assertions here (see seed/README.md).
 */

const ARTICLE_ID = 'source/ahmu-bgi-2018-04-20';
const MEMORANDUM_ID = 'program/ahmu-bgi-memorandum-2018';
const VISIT_ID = 'event/ahmu-delegation-visit-bgi-2018-04-20';
const SIGNING_ID = 'event/ahmu-bgi-memorandum-signing-2018-04-20';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
});

afterAll(() => t.stop());

/** Runs an operation that must succeed and returns its data. */
async function query<T>(text: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await t.execute<T>(text, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));

describe('people and their positions', () => {
  interface PeopleData {
    people: {
      totalCount: number;
      nodes: {
        id: string;
        name: string;
        honorific: string | null;
        positions: {
          title: string;
          organization: { id: string; name: string };
          attestedOn: { text: string; precision: string } | null;
          start: unknown;
          end: unknown;
        }[];
      }[];
    };
  }

  test('the eight people of the article hold exactly the titles it gives them', async () => {
    const data = await query<PeopleData>(`{
      people(first: 100, orderBy: [{ field: ID }]) {
        totalCount
        nodes {
          id name honorific
          positions { title organization { id name } attestedOn { text precision } start { text } end { text } }
        }
      }
    }`);
    expect(data.people.totalCount).toBe(8);
    const rows = data.people.nodes.map((person) => ({
      id: person.id,
      name: person.name,
      honorific: person.honorific,
      positions: person.positions.map((p) => ({
        title: p.title,
        organization: p.organization.name,
        organizationId: p.organization.id,
        attestedOn: p.attestedOn,
        start: p.start,
        end: p.end,
      })),
    }));
    const attested = { text: '2018-04-20', precision: 'DAY' };
    const position = (title: string, organizationId: string, organization: string) => [
      { title, organizationId, organization, attestedOn: attested, start: null, end: null },
    ];
    expect(rows).toEqual([
      {
        id: 'person/fan-zifa',
        name: 'Fan Zifa',
        honorific: 'Prof.',
        positions: position(
          'Secretary',
          'org/ahmu-fuyang-hospital-party-committee',
          'CPC Party Committee of AHMU Fuyang Hospital',
        ),
      },
      {
        id: 'person/huang-lumao',
        name: 'Huang Lumao',
        honorific: 'Prof.',
        positions: position('President', 'org/ahmu-chaohu-hospital', 'AHMU Chaohu Hospital'),
      },
      {
        id: 'person/li-jun',
        name: 'Li Jun',
        honorific: 'Prof.',
        positions: position(
          'Secretary',
          'org/ahmu-party-committee',
          'CPC Party Committee of Anhui Medical University',
        ),
      },
      {
        id: 'person/liang-chaozhao',
        name: 'Liang Chaozhao',
        honorific: 'Prof.',
        positions: position(
          'Director',
          'org/ahmu-first-affiliated-hospital',
          'First Affiliated Hospital of AHMU',
        ),
      },
      {
        id: 'person/lu-chao',
        name: 'Lu Chao',
        honorific: 'Prof.',
        positions: position(
          'President',
          'org/ahmu-second-affiliated-hospital',
          'Second Affiliated Hospital of AHMU',
        ),
      },
      {
        id: 'person/wang-jian',
        name: 'Wang Jian',
        honorific: 'Mr.',
        positions: position('President', 'org/bgi', 'BGI'),
      },
      {
        id: 'person/wang-kai',
        name: 'Wang Kai',
        honorific: 'Prof.',
        positions: position(
          'Director',
          'org/ahmu-scientific-research-department',
          'Scientific Research Department of AHMU',
        ),
      },
      {
        id: 'person/wang-yu',
        name: 'Wang Yu',
        honorific: 'Prof.',
        positions: position(
          'Vice President',
          'org/ahmu-fourth-affiliated-hospital',
          'Fourth Affiliated Hospital of AHMU',
        ),
      },
    ]);
  });

  test('Li Jun is also known by the names the article calls him', async () => {
    const data = await query<{
      person: { alternativeNames: { value: string; kind: string; language: string | null }[] };
    }>('{ person(id: "person/li-jun") { alternativeNames { value kind language } } }');
    expect(data.person.alternativeNames).toEqual([
      { value: 'Prof. Li', kind: 'ALIAS', language: null },
      { value: 'Prof. Li jun', kind: 'ALIAS', language: null },
    ]);
  });

  test('the party committee, hospitals and department the positions are at belong to AHMU', async () => {
    const rows = await t.db.read(
      `MATCH (p:${Label.Person})-[:${Rel.HOLDS_POSITION}]->(pos:${Label.Position})-[:${Rel.POSITION_AT}]->(o:${Label.Organization})
       OPTIONAL MATCH (o)-[u:${Rel.UNIT_OF}]->(parent:${Label.Organization})
       RETURN p.id AS person, pos.id AS position, o.id AS organization,
              parent.id AS parent, u.relation AS relation
       ORDER BY person`,
    );
    expect(rows).toEqual([
      {
        person: 'person/fan-zifa',
        position: 'position/fan-zifa/ahmu-fuyang-hospital-party-committee/secretary',
        organization: 'org/ahmu-fuyang-hospital-party-committee',
        parent: 'org/ahmu-fuyang-hospital',
        relation: 'party committee',
      },
      {
        person: 'person/huang-lumao',
        position: 'position/huang-lumao/ahmu-chaohu-hospital/president',
        organization: 'org/ahmu-chaohu-hospital',
        parent: 'org/ahmu',
        relation: 'hospital',
      },
      {
        person: 'person/li-jun',
        position: 'position/li-jun/ahmu-party-committee/secretary',
        organization: 'org/ahmu-party-committee',
        parent: 'org/ahmu',
        relation: 'party committee',
      },
      {
        person: 'person/liang-chaozhao',
        position: 'position/liang-chaozhao/ahmu-first-affiliated-hospital/director',
        organization: 'org/ahmu-first-affiliated-hospital',
        parent: 'org/ahmu',
        relation: 'affiliated hospital',
      },
      {
        person: 'person/lu-chao',
        position: 'position/lu-chao/ahmu-second-affiliated-hospital/president',
        organization: 'org/ahmu-second-affiliated-hospital',
        parent: 'org/ahmu',
        relation: 'affiliated hospital',
      },
      {
        person: 'person/wang-jian',
        position: 'position/wang-jian/bgi/president',
        organization: 'org/bgi',
        parent: null,
        relation: null,
      },
      {
        person: 'person/wang-kai',
        position: 'position/wang-kai/ahmu-scientific-research-department/director',
        organization: 'org/ahmu-scientific-research-department',
        parent: 'org/ahmu',
        relation: 'department',
      },
      {
        person: 'person/wang-yu',
        position: 'position/wang-yu/ahmu-fourth-affiliated-hospital/vice-president',
        organization: 'org/ahmu-fourth-affiliated-hospital',
        parent: 'org/ahmu',
        relation: 'affiliated hospital',
      },
    ]);
  });
});

describe('the visit and the delegation', () => {
  interface Participation {
    person: { id: string };
    role: string;
    organization: { id: string } | null;
    evidence: { excerpt: string }[];
  }
  interface VisitData {
    event: {
      name: string;
      kind: string;
      date: { text: string; precision: string; earliest: string; latest: string };
      participants: Participation[];
      leader: Participation[];
      members: Participation[];
      hosts: { organization: { id: string } }[];
      visited: { organization: { id: string } }[];
      places: { place: { id: string } }[];
      subEvents: { id: string; kind: string; produced: { id: string }[] }[];
    };
  }

  let visit: VisitData['event'];

  beforeAll(async () => {
    const data = await query<VisitData>(
      `query ($id: ID!) {
        event(id: $id) {
          name kind date { text precision earliest latest }
          participants { person { id } role organization { id } evidence { excerpt } }
          leader: participants(roles: [LEADER]) { person { id } role organization { id } evidence { excerpt } }
          members: participants(roles: [MEMBER]) { person { id } role organization { id } evidence { excerpt } }
          hosts { organization { id } }
          visited { organization { id } }
          places { place { id } }
          subEvents { id kind produced { id } }
        }
      }`,
      { id: VISIT_ID },
    );
    visit = data.event;
  });

  test('the visit happened on 20 April 2018 in Shenzhen, hosted by BGI', () => {
    expect(visit.name).toBe('AHMU delegation visits BGI and the National Gene Bank');
    expect(visit.kind).toBe('VISIT');
    expect(visit.date).toEqual({
      text: '2018-04-20',
      precision: 'DAY',
      earliest: '2018-04-20',
      latest: '2018-04-20',
    });
    expect(visit.places.map((p) => p.place.id)).toEqual(['place/shenzhen']);
    expect(visit.hosts.map((h) => h.organization.id)).toEqual(['org/bgi']);
    expect(visit.visited.map((v) => v.organization.id).sort()).toEqual([
      'org/bgi-center',
      'org/bgi-shenzhen-headquarters',
      'org/national-gene-bank',
    ]);
  });

  test('Li Jun led the delegation for AHMU', () => {
    expect(visit.leader.map((p) => [p.person.id, p.role, p.organization?.id])).toEqual([
      ['person/li-jun', 'LEADER', 'org/ahmu'],
    ]);
    expect(visit.leader[0]?.evidence.map((e) => e.excerpt)).toEqual([
      'Led by Prof. Li jun, the AHMU delegation',
    ]);
  });

  test('six members, each for the unit the article names', () => {
    const members = visit.members
      .map((p) => [p.person.id, p.role, p.organization?.id ?? null])
      .sort(byKey((row) => String(row[0])));
    expect(members).toEqual([
      ['person/fan-zifa', 'MEMBER', 'org/ahmu-fuyang-hospital'],
      ['person/huang-lumao', 'MEMBER', 'org/ahmu-chaohu-hospital'],
      ['person/liang-chaozhao', 'MEMBER', 'org/ahmu-first-affiliated-hospital'],
      ['person/lu-chao', 'MEMBER', 'org/ahmu-second-affiliated-hospital'],
      ['person/wang-kai', 'MEMBER', 'org/ahmu-scientific-research-department'],
      ['person/wang-yu', 'MEMBER', 'org/ahmu-fourth-affiliated-hospital'],
    ]);
  });

  test('the participants are the delegation plus Wang Jian as host for BGI', () => {
    const all = visit.participants
      .map((p) => `${p.person.id} ${p.role} ${p.organization?.id ?? '-'}`)
      .sort();
    expect(all).toEqual([
      'person/fan-zifa MEMBER org/ahmu-fuyang-hospital',
      'person/huang-lumao MEMBER org/ahmu-chaohu-hospital',
      'person/li-jun LEADER org/ahmu',
      'person/liang-chaozhao MEMBER org/ahmu-first-affiliated-hospital',
      'person/lu-chao MEMBER org/ahmu-second-affiliated-hospital',
      'person/wang-jian HOST org/bgi',
      'person/wang-kai MEMBER org/ahmu-scientific-research-department',
      'person/wang-yu MEMBER org/ahmu-fourth-affiliated-hospital',
    ]);
  });

  test('the signing was part of the visit and produced the memorandum', async () => {
    expect(visit.subEvents).toEqual([
      { id: SIGNING_ID, kind: 'SIGNING', produced: [{ id: MEMORANDUM_ID }] },
    ]);
    const data = await query<{
      event: {
        parent: { id: string };
        participants: { person: { id: string }; role: string; organization: { id: string } }[];
      };
    }>(
      `query ($id: ID!) {
        event(id: $id) { parent { id } participants { person { id } role organization { id } } }
      }`,
      { id: SIGNING_ID },
    );
    expect(data.event).toEqual({
      parent: { id: VISIT_ID },
      participants: [
        { person: { id: 'person/li-jun' }, role: 'SIGNATORY', organization: { id: 'org/ahmu' } },
      ],
    });
  });
});

describe('the memorandum of cooperation', () => {
  interface MemorandumData {
    program: {
      name: string;
      kind: string;
      status: string;
      principle: string;
      start: { text: string; precision: string };
      end: unknown;
      parent: unknown;
      parties: { organization: { id: string }; role: string; evidence: { excerpt: string }[] }[];
      people: { person: { id: string }; role: string; organization: { id: string } | null }[];
      aspects: { aspect: { id: string; name: string }; wording: string }[];
      diseaseAreas: { area: { id: string; name: string }; wording: string }[];
      places: { place: { id: string } }[];
      subPrograms: {
        id: string;
        name: string;
        kind: string;
        status: string;
        parent: { id: string };
      }[];
      producedBy: { id: string }[];
    };
  }

  let memorandum: MemorandumData['program'];

  beforeAll(async () => {
    const data = await query<MemorandumData>(
      `query ($id: ID!) {
        program(id: $id) {
          name kind status principle start { text precision } end { text } parent { id }
          parties { organization { id } role evidence { excerpt } }
          people { person { id } role organization { id } }
          aspects { aspect { id name } wording }
          diseaseAreas { area { id name } wording }
          places { place { id } }
          subPrograms { id name kind status parent { id } }
          producedBy { id }
        }
      }`,
      { id: MEMORANDUM_ID },
    );
    memorandum = data.program;
  });

  test('an active agreement signed on 20 April 2018 under one principle', () => {
    expect(memorandum.name).toBe('Memorandum of cooperation between AHMU and BGI');
    expect(memorandum.kind).toBe('AGREEMENT');
    expect(memorandum.status).toBe('ACTIVE');
    expect(memorandum.principle).toBe('co-construction and co-ownership');
    expect(memorandum.start).toEqual({ text: '2018-04-20', precision: 'DAY' });
    expect(memorandum.end).toBeNull();
    expect(memorandum.parent).toBeNull();
    expect(memorandum.producedBy).toEqual([{ id: SIGNING_ID }]);
    expect(memorandum.places).toEqual([{ place: { id: 'place/anhui' } }]);
  });

  test('AHMU and BGI are its two signatories', () => {
    const parties = memorandum.parties
      .map((p) => ({
        id: p.organization.id,
        role: p.role,
        evidence: p.evidence.map((e) => e.excerpt),
      }))
      .sort(byKey((p) => p.id));
    expect(parties).toEqual([
      {
        id: 'org/ahmu',
        role: 'SIGNATORY',
        evidence: ['AHMU and BGI signed a memorandum of cooperation'],
      },
      {
        id: 'org/bgi',
        role: 'SIGNATORY',
        evidence: ['AHMU and BGI signed a memorandum of cooperation'],
      },
    ]);
  });

  test('Li Jun signed it for AHMU', () => {
    expect(memorandum.people).toEqual([
      { person: { id: 'person/li-jun' }, role: 'SIGNED', organization: { id: 'org/ahmu' } },
    ]);
  });

  test('it covers the four aspects in its own wording', () => {
    expect(
      memorandum.aspects
        .map((a) => [a.aspect.id, a.aspect.name, a.wording])
        .sort(byKey((row) => String(row[0]))),
    ).toEqual([
      ['aspect/clinical-medicine', 'Clinical medicine', 'clinical medicine'],
      ['aspect/gene-pool-construction', 'Gene pool construction', 'gene pool construction'],
      ['aspect/joint-education', 'Joint education', 'joint education'],
      ['aspect/scientific-research', 'Scientific research', 'scientific research'],
    ]);
  });

  test('it focuses on the four disease areas in its own wording', () => {
    expect(
      memorandum.diseaseAreas
        .map((a) => [a.area.id, a.area.name, a.wording])
        .sort(byKey((row) => String(row[0]))),
    ).toEqual([
      ['area/birth-defects', 'Birth defects', 'birth defects control and prevention'],
      ['area/cancer', 'Cancer', 'precise diagnosis-treatment-recovery of/from cancer'],
      [
        'area/cardiovascular-metabolic-diseases',
        'Cardiovascular and metabolic diseases',
        'cardiovascular and metabolic diseases control and prevention',
      ],
      [
        'area/infectious-diseases',
        'Infectious and contagious diseases',
        'precise treatment of infectious and contagious diseases',
      ],
    ]);
  });

  test('its four lines of cooperation are sub-programs', () => {
    expect([...memorandum.subPrograms].sort(byKey((p) => p.id))).toEqual([
      {
        id: 'program/ahmu-bgi-joint-education',
        name: 'Joint educational project',
        kind: 'EDUCATION',
        status: 'PLANNED',
        parent: { id: MEMORANDUM_ID },
      },
      {
        id: 'program/ahmu-bgi-national-gene-bank-cooperation',
        name: 'Cooperation concerning the National Gene Bank',
        kind: 'COLLABORATION',
        status: 'PLANNED',
        parent: { id: MEMORANDUM_ID },
      },
      {
        id: 'program/ahmu-bgi-precision-medicine-center',
        name: 'Precision Medicine Center',
        kind: 'CENTER',
        status: 'PLANNED',
        parent: { id: MEMORANDUM_ID },
      },
      {
        id: 'program/ahmu-bgi-translational-medicine-collaboration',
        name: 'Collaboration based on the Translational Medicine Institute of Anhui Province',
        kind: 'COLLABORATION',
        status: 'PLANNED',
        parent: { id: MEMORANDUM_ID },
      },
    ]);
  });

  test('the Precision Medicine Center focuses on birth defects and cancer screening', async () => {
    const data = await query<{
      program: { diseaseAreas: { area: { id: string }; wording: string }[] };
    }>(
      '{ program(id: "program/ahmu-bgi-precision-medicine-center") { diseaseAreas { area { id } wording } } }',
    );
    expect(
      data.program.diseaseAreas.map((a) => [a.area.id, a.wording]).sort(byKey((r) => String(r[0]))),
    ).toEqual([
      ['area/birth-defects', 'birth defects control and prevention'],
      ['area/cancer', 'cancer screening'],
    ]);
  });
});

describe('organizations', () => {
  interface UnitsData {
    organization: {
      name: string;
      kind: string;
      acronym: string;
      hospitals: { organization: { id: string; name: string; kind: string }; relation: string }[];
      departments: { organization: { id: string; name: string }; relation: string }[];
      places: { place: { id: string } }[];
    };
  }

  test('AHMU has five hospitals and a Scientific Research Department', async () => {
    const data = await query<UnitsData>(`{
      organization(id: "org/ahmu") {
        name kind acronym
        hospitals: units(kinds: [HOSPITAL]) { organization { id name kind } relation }
        departments: units(kinds: [DEPARTMENT]) { organization { id name } relation }
        places { place { id } }
      }
    }`);
    const org = data.organization;
    expect([org.name, org.kind, org.acronym]).toEqual([
      'Anhui Medical University',
      'UNIVERSITY',
      'AHMU',
    ]);
    expect(
      org.hospitals
        .map((u) => [u.organization.id, u.organization.name, u.organization.kind, u.relation])
        .sort(byKey((r) => String(r[0]))),
    ).toEqual([
      ['org/ahmu-chaohu-hospital', 'AHMU Chaohu Hospital', 'HOSPITAL', 'hospital'],
      [
        'org/ahmu-first-affiliated-hospital',
        'First Affiliated Hospital of AHMU',
        'HOSPITAL',
        'affiliated hospital',
      ],
      [
        'org/ahmu-fourth-affiliated-hospital',
        'Fourth Affiliated Hospital of AHMU',
        'HOSPITAL',
        'affiliated hospital',
      ],
      ['org/ahmu-fuyang-hospital', 'AHMU Fuyang Hospital', 'HOSPITAL', 'hospital'],
      [
        'org/ahmu-second-affiliated-hospital',
        'Second Affiliated Hospital of AHMU',
        'HOSPITAL',
        'affiliated hospital',
      ],
    ]);
    expect(org.departments).toEqual([
      {
        organization: {
          id: 'org/ahmu-scientific-research-department',
          name: 'Scientific Research Department of AHMU',
        },
        relation: 'department',
      },
    ]);
    expect(org.places).toEqual([{ place: { id: 'place/hefei' } }]);
  });

  test('every organization the seed names, with its kind', async () => {
    const data = await query<{
      organizations: { totalCount: number; nodes: { id: string; kind: string }[] };
    }>('{ organizations(first: 100, orderBy: [{ field: ID }]) { totalCount nodes { id kind } } }');
    expect(data.organizations.totalCount).toBe(14);
    expect(data.organizations.nodes.map((o) => `${o.id} ${o.kind}`)).toEqual([
      'org/ahmu UNIVERSITY',
      'org/ahmu-chaohu-hospital HOSPITAL',
      'org/ahmu-first-affiliated-hospital HOSPITAL',
      'org/ahmu-fourth-affiliated-hospital HOSPITAL',
      'org/ahmu-fuyang-hospital HOSPITAL',
      'org/ahmu-fuyang-hospital-party-committee PARTY_COMMITTEE',
      'org/ahmu-party-committee PARTY_COMMITTEE',
      'org/ahmu-scientific-research-department DEPARTMENT',
      'org/ahmu-second-affiliated-hospital HOSPITAL',
      'org/bgi COMPANY',
      'org/bgi-center COMPANY',
      'org/bgi-shenzhen-headquarters COMPANY',
      'org/national-gene-bank GENE_BANK',
      'org/tmi-anhui RESEARCH_INSTITUTE',
    ]);
  });

  test('the National Gene Bank is operated by BGI in Shenzhen', async () => {
    const data = await query<{
      organization: {
        parent: { organization: { id: string }; relation: string };
        places: { place: { id: string } }[];
        alternativeNames: { value: string; kind: string }[];
      };
    }>(`{
      organization(id: "org/national-gene-bank") {
        parent { organization { id } relation }
        places { place { id } }
        alternativeNames { value kind }
      }
    }`);
    expect(data.organization.parent).toEqual({
      organization: { id: 'org/bgi' },
      relation: 'operated by',
    });
    expect(data.organization.places).toEqual([{ place: { id: 'place/shenzhen' } }]);
    expect(data.organization.alternativeNames).toEqual([
      { value: 'China National GeneBank', kind: 'ALIAS' },
      { value: 'CNGB', kind: 'ACRONYM' },
    ]);
  });
});

describe('places', () => {
  interface PlaceData {
    id: string;
    name: string;
    kind: string;
    within: { place: { id: string }; evidence: { excerpt: string }[] } | null;
  }

  test('Hefei lies in Anhui Province, Shenzhen in Guangdong Province, both in China', async () => {
    const data = await query<{ places: PlaceData[] }>(
      '{ places { id name kind within { place { id } evidence { excerpt } } } }',
    );
    const places = [...data.places]
      .sort(byKey((p) => p.id))
      .map((p) => [
        p.id,
        p.name,
        p.kind,
        p.within?.place.id ?? null,
        p.within?.evidence.map((e) => e.excerpt) ?? [],
      ]);
    expect(places).toEqual([
      [
        'place/anhui',
        'Anhui Province',
        'PROVINCE',
        'place/china',
        ["Anhui Province and Guangdong Province are provinces of the People's Republic of China"],
      ],
      ['place/china', 'China', 'COUNTRY', null, []],
      [
        'place/guangdong',
        'Guangdong Province',
        'PROVINCE',
        'place/china',
        ["Anhui Province and Guangdong Province are provinces of the People's Republic of China"],
      ],
      [
        'place/hefei',
        'Hefei',
        'CITY',
        'place/anhui',
        ['Hefei is the capital of Anhui Province, China'],
      ],
      [
        'place/shenzhen',
        'Shenzhen',
        'CITY',
        'place/guangdong',
        ['Shenzhen is a city in Guangdong Province, China'],
      ],
    ]);
  });

  test('the chain of places above Hefei and Shenzhen ends at China', async () => {
    const data = await query<{
      hefei: {
        within: { place: { id: string; within: { place: { id: string; within: unknown } } } };
      };
      shenzhen: {
        within: { place: { id: string; within: { place: { id: string; within: unknown } } } };
      };
      china: { contains: { id: string }[] };
    }>(`{
      hefei: place(id: "place/hefei") { within { place { id within { place { id within { place { id } } } } } } }
      shenzhen: place(id: "place/shenzhen") { within { place { id within { place { id within { place { id } } } } } } }
      china: place(id: "place/china") { contains { id } }
    }`);
    expect(data.hefei.within).toEqual({
      place: { id: 'place/anhui', within: { place: { id: 'place/china', within: null } } },
    });
    expect(data.shenzhen.within).toEqual({
      place: { id: 'place/guangdong', within: { place: { id: 'place/china', within: null } } },
    });
    expect(data.china.contains.map((p) => p.id).sort()).toEqual(['place/anhui', 'place/guangdong']);
  });
});

describe('the whole graph', () => {
  test('holds the facts of the two documents, counted by relationship type', async () => {
    const rows = await t.db.read(
      'MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY type',
    );
    expect(Object.fromEntries(rows.map((row) => [row.type, row.n]))).toEqual({
      // counted by hand in seed/documents: 8 positions; 10 unitOf + NGB operated by BGI;
      // 7 place links in the article + 4 place hierarchy + AHMU in Hefei + NGB in Shenzhen
      HOLDS_POSITION: 8,
      POSITION_AT: 8,
      UNIT_OF: 11,
      LOCATED_IN: 13,
      HAS_PARTY: 12,
      HAS_ROLE_IN: 1,
      PART_OF: 5,
      FOCUSES_ON: 6,
      COVERS_ASPECT: 10,
      PARTICIPATED_IN: 9,
      HOSTED_BY: 2,
      VISITED: 3,
      PRODUCED: 1,
      QUOTES: 72,
    });
  });

  test('counts entities as the dashboard reports them', async () => {
    const data = await query<{ stats: { counts: Record<string, number> } }>(`{
      stats { counts {
        people organizations programs events places sources positions diseaseAreas
        cooperationAspects excerpts relationships
      } }
    }`);
    expect(data.stats.counts).toEqual({
      people: 8,
      organizations: 14,
      programs: 5,
      events: 2,
      places: 5,
      sources: 2,
      positions: 8,
      diseaseAreas: 4,
      cooperationAspects: 4,
      excerpts: 72,
      relationships: 89,
    });
  });
});

describe('evidence', () => {
  test('every entity node carries at least one evidence id, and every id is a stored excerpt', async () => {
    const labels = [
      Label.Person,
      Label.Organization,
      Label.Program,
      Label.Event,
      Label.Place,
      Label.DiseaseArea,
      Label.CooperationAspect,
      Label.Position,
    ];
    const rows = await t.db.read(
      `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
       RETURN n.id AS id, coalesce(n.evidence, []) AS evidence,
              [e IN coalesce(n.evidence, []) WHERE NOT EXISTS { (:${Label.Excerpt} {id: e}) }] AS missing
       ORDER BY id`,
      { labels },
    );
    // 8 people, 14 organizations, 5 programs, 2 events, 5 places, 4 areas, 4 aspects, 8 positions
    expect(rows).toHaveLength(50);
    expect(rows.filter((row) => (row.evidence as string[]).length === 0)).toEqual([]);
    expect(rows.filter((row) => (row.missing as string[]).length > 0)).toEqual([]);
  });

  test('every relationship but QUOTES carries at least one evidence id of a stored excerpt', async () => {
    const rows = await t.db.read(
      `MATCH (a)-[r]->(b) WHERE type(r) IN $types
       RETURN a.id AS from, type(r) AS type, b.id AS to, coalesce(r.evidence, []) AS evidence,
              [e IN coalesce(r.evidence, []) WHERE NOT EXISTS { (:${Label.Excerpt} {id: e}) }] AS missing`,
      { types: FACT_RELATIONSHIPS },
    );
    expect(rows).toHaveLength(89);
    expect(rows.filter((row) => (row.evidence as string[]).length === 0)).toEqual([]);
    expect(rows.filter((row) => (row.missing as string[]).length > 0)).toEqual([]);
    const [other] = await t.db.read(
      `MATCH ()-[r]->() WHERE NOT type(r) IN $types AND type(r) <> $quotes RETURN count(r) AS n`,
      { types: FACT_RELATIONSHIPS, quotes: Rel.QUOTES },
    );
    expect(other?.n).toBe(0);
  });

  test('every excerpt quotes exactly one source, at the offsets it records (Cypher)', async () => {
    const rows = await t.db.read(
      `MATCH (x:${Label.Excerpt})
       OPTIONAL MATCH (x)-[:${Rel.QUOTES}]->(s:${Label.Source})
       RETURN x.id AS id, x.text AS text, x.start AS start, x.end AS end, x.sourceId AS sourceId,
              collect(s.id) AS sources, collect(s.text) AS texts`,
    );
    expect(rows.length).toBeGreaterThan(60);
    const wrong = rows.filter((row) => {
      const text = String(row.text);
      const source = (row.texts as string[])[0] ?? '';
      const start = Number(row.start);
      const end = Number(row.end);
      return !(
        (row.sources as string[]).length === 1 &&
        (row.sources as string[])[0] === row.sourceId &&
        row.id === `${String(row.sourceId)}#${start}-${end}` &&
        text.length > 0 &&
        source.includes(text) &&
        source.slice(start, end) === text
      );
    });
    expect(wrong).toEqual([]);
  });

  test('every excerpt of every source, read through GraphQL, is the text at its offsets', async () => {
    const data = await query<{
      sources: {
        totalCount: number;
        nodes: {
          id: string;
          text: string;
          excerpts: {
            id: string;
            excerpt: string;
            start: number;
            end: number;
            source: { id: string };
          }[];
        }[];
      };
    }>(`{
      sources(first: 10, orderBy: [{ field: ID }]) {
        totalCount
        nodes { id text excerpts { id excerpt start end source { id } } }
      }
    }`);
    expect(data.sources.totalCount).toBe(2);
    expect(data.sources.nodes.map((s) => s.id)).toEqual([
      ARTICLE_ID,
      'source/curator-reference-places',
    ]);
    let checked = 0;
    for (const source of data.sources.nodes) {
      expect(source.excerpts.length).toBeGreaterThan(0);
      for (const excerpt of source.excerpts) {
        expect({
          id: excerpt.id,
          source: excerpt.source.id,
          verbatim: source.text.includes(excerpt.excerpt),
        }).toEqual({
          id: `${source.id}#${excerpt.start}-${excerpt.end}`,
          source: source.id,
          verbatim: true,
        });
        expect(source.text.slice(excerpt.start, excerpt.end)).toBe(excerpt.excerpt);
        checked += 1;
      }
    }
    const [stored] = await t.db.read(`MATCH (x:${Label.Excerpt}) RETURN count(x) AS n`);
    expect(checked).toBe(stored?.n);
  });

  test('a quotation with a curly-quoted phrase is stored at its exact offsets', async () => {
    const quote =
      'Via friendly negotiation, AHMU and BGI signed a memorandum of cooperation with the principle of “co-construction and co-ownership”.';
    const article = readFileSync(
      join(PROJECT_ROOT, 'seed', 'documents', 'ahmu-bgi-2018-04-20.txt'),
      'utf8',
    );
    const start = article.indexOf(quote);
    expect(start).toBeGreaterThan(0);
    const data = await query<{
      program: { evidence: { id: string; excerpt: string; start: number; end: number }[] };
    }>(`query ($id: ID!) { program(id: $id) { evidence { id excerpt start end } } }`, {
      id: MEMORANDUM_ID,
    });
    expect(data.program.evidence).toEqual([
      {
        id: `${ARTICLE_ID}#${start}-${start + quote.length}`,
        excerpt: quote,
        start,
        end: start + quote.length,
      },
    ]);
  });
});

describe('sources', () => {
  test('the stored article text is the text file beside the seed document', async () => {
    const file = readFileSync(
      join(PROJECT_ROOT, 'seed', 'documents', 'ahmu-bgi-2018-04-20.txt'),
      'utf8',
    );
    const data = await query<{
      source: {
        title: string;
        date: { text: string; precision: string };
        language: string;
        text: string;
      };
    }>(`query ($id: ID!) { source(id: $id) { title date { text precision } language text } }`, {
      id: ARTICLE_ID,
    });
    expect(data.source.title).toBe(
      'Li Jun Visits BGI and National Gene Bank to Promote Precision Medicine',
    );
    expect(data.source.date).toEqual({ text: '2018-04-20', precision: 'DAY' });
    expect(data.source.language).toBe('en');
    expect(data.source.text).toBe(file);
    expect(data.source.text).toHaveLength(file.length);
  });
});

describe('seeding again', () => {
  test('changes neither counts nor content, and reports nothing created', async () => {
    const countsBefore = await graphCounts(t.db);
    const before = await graphFingerprint(t.db);
    const results = await importFiles(t.db, seedFiles(join(PROJECT_ROOT, 'seed', 'documents')));
    expect(
      results.map((r) => [r.sourceId, r.changes.nodesCreated, r.changes.relationshipsCreated]),
    ).toEqual([
      [ARTICLE_ID, 0, 0],
      ['source/curator-reference-places', 0, 0],
    ]);
    await t.seed();
    expect(await graphCounts(t.db)).toEqual(countsBefore);
    expect(await graphFingerprint(t.db)).toBe(before);
  });
});
