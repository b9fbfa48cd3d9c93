/**
 * The draft on the knowledge model's second cut, on short texts written for these tests (none of
 * them is an article of the bench): statements, participant groups, EDTF dates, role and kind
 * terms, meetings, inaugurations and event links, program clauses, place kinds and designations,
 * additions to known entities (`amend`), namesakes, and the assembly rules the new facts need
 * (a dropped term falls back to its built-in value, a dropped speaker drops the statement). Every
 * draft is validated as the importer validates it.
 */
import { draftDocument } from '../../src/draft/draftDocument';
import type { Draft, DraftFact, EntityFact } from '../../src/draft/draftTypes';
import { assembleDocument, dependentsOf } from '../../src/draft/output/assembleDocument';
import { draftYaml } from '../../src/draft/output/draftYaml';
import type { KnownEntity } from '../../src/domain/knownEntity';
import { dateFromFileName, idDate, statedDates } from '../../src/draft/text/articleDate';
import { titleLine } from '../../src/draft/text/sentences';
import type { EntityDirectory } from '../../src/domain/entityDirectory';
import { planDocument } from '../../src/import/plan/planDocument';

type Doc = Record<string, unknown>;
type Entry = Record<string, unknown>;

const list = (doc: Doc, section: string) => (doc[section] as Entry[] | undefined) ?? [];
const entities = (draft: Draft, kind: EntityFact['kind']) =>
  draft.facts.filter((f): f is EntityFact => f.type === 'entity' && f.kind === kind);

function known(
  id: string,
  label: KnownEntity['label'],
  name: string,
  extra: Partial<KnownEntity> = {},
): KnownEntity {
  return {
    id,
    label,
    name,
    matchKeys: [name.toLowerCase()],
    kind: null,
    acronym: null,
    parentId: null,
    positions: [],
    ...extra,
  };
}

/** The importer's directory of a graph holding `graph` (ids, names, term broaders). */
function directoryOf(graph: KnownEntity[]): EntityDirectory {
  return {
    existingIds: (label, ids) =>
      Promise.resolve(
        new Set(ids.filter((id) => graph.some((e) => e.id === id && e.label === label))),
      ),
    idsByMatchKey: (label, keys) => {
      const found = new Map<string, string[]>();
      for (const e of graph.filter((g) => g.label === label))
        for (const key of e.matchKeys.map((k) => k.replace(/ /g, '')))
          if (keys.includes(key)) found.set(key, [...(found.get(key) ?? []), e.id]);
      return Promise.resolve(found);
    },
    knownNames: () => Promise.resolve([]),
    termBroaders: (ids) =>
      Promise.resolve(
        new Map(
          graph
            .filter((e) => ids.includes(e.id))
            .map((e): [string, string | null] => [e.id, e.broader ?? null]),
        ),
      ),
  };
}

/** Drafts `text` against `graph`, checks the document imports as it stands, and returns both. */
async function draftOf(text: string, graph: KnownEntity[] = [], dateHint?: string) {
  const draft = await draftDocument(text, {
    lookup: { description: 'test', find: () => Promise.resolve(graph) },
    dateHint,
  });
  const { document } = assembleDocument(draft);
  await planDocument(document, {
    file: 'test',
    directory: directoryOf(graph),
    readTextFile: () => text,
  });
  return { draft, document };
}

const MEETING =
  'Xinhua University Holds Spring Meeting on Teaching Reform\n\n' +
  'In early 2015, Zhao Lei, Secretary of the Party Committee of Xinhua University (XHU), chaired a meeting on teaching reform attended by 30 deans of schools of the university. ' +
  "Prof. Sun Mei, president of the First Affiliated Hospital of XHU, reported on the hospital's plans for medical education. " +
  'Zhao Lei promised that the university would expand joint training with its affiliated hospitals. The meeting was held in Wuhan.';

describe('dates as EDTF', () => {
  it('reads ranges, approximate months, seasons and parts of a year', () => {
    const text =
      'From 3 to 7 July 2019 they met; from 30 June to 2 July 2018 too; on September 22-24, 2019 again. ' +
      'Around March 2020 they signed. In May 2021 it opened. In the summer of 2024 a forum; circa 2010 a plan; late 2016 an end. ' +
      'At the beginning of the new year a meeting.';
    expect(statedDates(text, 2011).map((d) => d.date)).toEqual([
      '2019-07-03/2019-07-07',
      '2018-06-30/2018-07-02',
      '2019-09-22/2019-09-24',
      '2020-03~',
      '2021-05',
      '2024-22',
      '2010~',
      '2016-12~',
      '2011-01~',
    ]);
    // Without a year from outside, "the new year" says nothing.
    expect(statedDates('At the beginning of the new year a meeting.')).toEqual([]);
    expect(statedDates('late 2016')[0]?.check).toContain('about December 2016 (2016-12~)');
    // A range that ends before it starts is not read as a range.
    expect(statedDates('From 23 to 19 June 2018, nothing.').map((d) => d.date)).toEqual([
      '2018-06-19',
    ]);
  });

  it('makes ids of EDTF dates and reads dates from file names', () => {
    expect(idDate('2019-09-22/2019-09-24')).toBe('2019-09');
    expect(idDate('2018-06-30/2018-07-02')).toBe('2018-06-30');
    expect(idDate('2019-05~')).toBe('2019-05');
    expect(idDate('2023-23')).toBe('2023');
    expect(dateFromFileName('seed/examples/bgi-visit-2018-06.txt')).toBe('2018-06');
    expect(dateFromFileName('ahmu-new-year-meeting-2011.txt')).toBe('2011');
    expect(dateFromFileName('x-2019-02-30.txt')).toBe('2019-02');
    expect(dateFromFileName('notes.txt')).toBeUndefined();
  });

  it('takes the headline after a note of one or two sentences as the title', () => {
    expect(
      titleLine(
        'EDITOR’S NOTE. This is an invented text.\n\nXHU Holds a Forum\n\nOn May 3, 2021, ...',
      ),
    ).toBe('XHU Holds a Forum');
    expect(titleLine('XHU Holds a Forum\n\nOn May 3, 2021, XHU held a forum.')).toBe(
      'XHU Holds a Forum',
    );
  });
});

describe('meetings, statements and groups', () => {
  it('drafts a meeting with its chair, a counted group, a pledge, its aspects and place', async () => {
    const { draft, document } = await draftOf(MEETING);
    const [event] = list(document, 'events');
    expect(event).toMatchObject({
      name: 'Meeting on teaching reform',
      kind: 'MEETING',
      date: '2015-01~',
      places: [{ place: 'place/wuhan', evidence: ['The meeting was held in Wuhan'] }],
      groups: [
        {
          description: 'deans of schools',
          count: 30,
          role: 'PARTICIPANT',
          onBehalfOf: 'org/xhu',
          evidence: ['attended by 30 deans of schools of the university'],
        },
      ],
    });
    expect((event?.participants as Entry[]).map((p) => [p.person, p.role, p.onBehalfOf])).toEqual([
      ['person/zhao-lei', 'term/event-role/chair', 'org/xhu'],
      ['person/sun-mei', 'PARTICIPANT', 'org/xhu-first-affiliated-hospital'],
    ]);
    expect(list(document, 'terms').map((t) => [t.id, t.broader])).toContainEqual([
      'term/event-role/chair',
      'LEADER',
    ]);
    // "early 2015" has no EDTF form: about January, with a check.
    expect(entities(draft, 'event')[0]?.checks.join(' ')).toContain(
      '"In early 2015" is drafted as about January 2015',
    );
    expect(list(document, 'statements')).toEqual([
      {
        speaker: 'person/zhao-lei',
        onBehalfOf: 'org/xhu',
        kind: 'PLEDGED',
        quote: 'the university would expand joint training with its affiliated hospitals',
        date: '2015-01~',
        event: event?.id,
        about: [
          { organization: 'org/xhu', wording: 'the university' },
          { aspect: 'aspect/joint-education', wording: 'joint training' },
        ],
        evidence: ['Zhao Lei promised that'],
      },
    ]);
  });

  it('reads who said, hoped and pledged what, with pronouns, quotation marks and two statements in one sentence', async () => {
    const { draft, document } = await draftOf(
      'Visit of Xinhua University to Riverside Hospital\n\n' +
        'On 3 May 2021, a delegation of Xinhua University (XHU) visited Riverside Hospital. ' +
        'Prof. Gu Ming, president of XHU, introduced the university. He said that the visit opened a new chapter, and hoped that the two sides could train more doctors. ' +
        '“We will build a joint clinic together,” said Dr. Anna Berg, director of Riverside Hospital. ' +
        'Dr. Anna Berg added that the clinic would open in 2022. Dr. Anna Berg added a ward.',
    );
    expect(list(document, 'statements').map((s) => [s.speaker, s.kind, s.quote])).toEqual([
      ['person/gu-ming', 'SAID', 'the visit opened a new chapter'],
      ['person/gu-ming', 'HOPED', 'the two sides could train more doctors'],
      ['person/berg-anna', 'SAID', 'We will build a joint clinic together'],
      ['person/berg-anna', 'SAID', 'the clinic would open in 2022'],
    ]);
    // A pronoun is resolved to the person named last, with a check.
    const he = entities(draft, 'statement')[0];
    expect(he?.checks).toEqual([
      '"He said that": the speaker is taken to be Gu Ming, named before',
    ]);
    expect(he?.quote?.quote).toBe('the visit opened a new chapter');
  });

  it('gives witnesses a curated role, and members of a delegation, counted in words, their organization', async () => {
    const { document } = await draftOf(
      'Company and Institute Sign Agreement\n\n' +
        'Around March 2020, Huaxin Biotech and the Zhuhai Institute of Precision Medicine signed a cooperation agreement in Zhuhai. ' +
        'Dr. Liu Qiang, president of Huaxin Biotech, and Prof. Chen Hua, director of the Zhuhai Institute of Precision Medicine, signed the agreement, witnessed by officials of the Zhuhai Health Commission. ' +
        'Representatives of the Guangdong Provincial Health Commission and the Zhuhai Science Bureau also attended the event.',
    );
    const [signing] = list(document, 'events');
    expect(signing).toMatchObject({ kind: 'SIGNING', date: '2020-03~' });
    expect((signing?.places as Entry[]).map((p) => p.place)).toEqual(['place/zhuhai']);
    expect(signing?.groups).toEqual([
      {
        description: 'officials',
        role: 'term/event-role/witness',
        onBehalfOf: 'org/zhuhai-health-commission',
        evidence: ['witnessed by officials of the Zhuhai Health Commission'],
      },
      {
        description: 'representatives of the Guangdong Provincial Health Commission',
        role: 'PARTICIPANT',
        onBehalfOf: 'org/guangdong-provincial-health-commission',
        evidence: ['Representatives of the Guangdong Provincial Health Commission'],
      },
      {
        description: 'representatives of the Zhuhai Science Bureau',
        role: 'PARTICIPANT',
        onBehalfOf: 'org/zhuhai-science-bureau',
        evidence: [
          'Representatives of the Guangdong Provincial Health Commission and the Zhuhai Science Bureau',
        ],
      },
    ]);
    // The agreement states no status; the signing gives its start.
    expect(list(document, 'programs')[0]).toMatchObject({ kind: 'AGREEMENT', start: '2020-03~' });
    expect(list(document, 'programs')[0]?.status).toBeUndefined();
  });

  it('drafts a visit over a range of days, its head, counted members, a seminar during it and the program it prepares', async () => {
    const { document } = await draftOf(
      'Riverside Hospital Delegation Visits XHU\n\n' +
        'From 3 to 7 July 2019, a delegation of Riverside Hospital headed by Dr. Anna Berg, director of Riverside Hospital, visited Xinhua University (XHU) in Wuhan. ' +
        'The visit was part of the preparations for the Joint Cardiology Center that XHU and Riverside Hospital plan to establish. ' +
        'Prof. Gu Ming, President of XHU, received the delegation, which included eight nurses of Riverside Hospital. ' +
        'The two sides held a seminar on cardiac surgery at the School of Nursing of XHU.',
    );
    const [visit, seminar] = list(document, 'events');
    expect(visit).toMatchObject({
      kind: 'VISIT',
      date: '2019-07-03/2019-07-07',
      groups: [
        { description: 'nurses', count: 8, role: 'MEMBER', onBehalfOf: 'org/riverside-hospital' },
      ],
      programs: [
        {
          program: 'program/riverside-hospital-xhu-joint-cardiology-center',
          relation: 'part of the preparations for',
        },
      ],
    });
    expect((visit?.participants as Entry[])[0]).toMatchObject({
      person: 'person/berg-anna',
      role: 'term/event-role/head-of-delegation',
      evidence: ['headed by Dr. Anna Berg, director of Riverside Hospital'],
    });
    expect(seminar).toMatchObject({
      name: 'Seminar on cardiac surgery',
      kind: 'MEETING',
      date: '2019-07-03/2019-07-07',
      partOf: { event: visit?.id },
      hosts: [{ organization: 'org/xhu-school-of-nursing' }],
    });
    // "that XHU and Riverside Hospital plan to establish": a planned program, not an organization.
    expect(list(document, 'programs')).toMatchObject([
      { name: 'Joint Cardiology Center', kind: 'CENTER', status: 'PLANNED' },
    ]);
    expect(
      list(document, 'organizations').find((o) => o.id === 'org/xhu-school-of-nursing')?.kind,
    ).toBe('term/organization-kind/school');
  });
});

describe('programs and their clauses', () => {
  it('reads a facility run by an organization, a collaboration with a country under discussion and a place kind', async () => {
    const { document } = await draftOf(
      'Huaxin Biotech and Kowloon Institute Sign Agreement\n\n' +
        'In May 2021, Huaxin Biotech and the Kowloon Institute of Genetics signed a framework agreement on population health in Hong Kong, a special administrative region of China. ' +
        'Under the agreement, Huaxin Biotech will operate a joint genome sequencing laboratory in Hong Kong, and the two sides will explore a collaboration with Portugal on cancer screening, which is still under discussion.',
    );
    const place = list(document, 'places').find((p) => p.id === 'place/hong-kong');
    expect(place).toMatchObject({
      kind: 'term/place-kind/special-administrative-region',
      within: {
        place: 'place/china',
        evidence: ['Hong Kong, a special administrative region of China'],
      },
    });
    const programs = list(document, 'programs');
    expect(programs.map((p) => [p.name, p.kind, p.status])).toEqual([
      [
        'Framework agreement between Huaxin Biotech and Kowloon Institute of Genetics',
        'AGREEMENT',
        undefined,
      ],
      ['Joint genome sequencing laboratory in Hong Kong', 'CENTER', 'PLANNED'],
      ['Collaboration with Portugal on cancer screening', 'COLLABORATION', 'UNDER_DISCUSSION'],
    ]);
    expect(programs[1]?.parties).toEqual([
      expect.objectContaining({
        organization: 'org/huaxin-biotech',
        role: 'term/party-role/operator',
      }),
    ]);
    expect(programs[1]?.partOf).toMatchObject({ program: programs[0]?.id });
    expect((programs[2]?.parties as Entry[]).map((p) => p.place ?? p.organization)).toEqual([
      'place/portugal',
      'org/huaxin-biotech',
      'org/kowloon-institute-of-genetics',
    ]);
    expect((programs[2]?.diseaseAreas as Entry[]).map((a) => a.wording)).toEqual([
      'cancer screening',
    ]);
  });

  it('reads a unit in an apposition, an inauguration, its inaugurators, its operator and a statement about it', async () => {
    const { document } = await draftOf(
      'Riverside Hospital and Huaxin Biotech Inaugurate Cancer Screening Center\n\n' +
        'On 12 May 2022, Riverside Hospital, a teaching hospital of Xinhua University, and Huaxin Biotech inaugurated the Cancer Screening Center in Wuhan. ' +
        "Prof. Wei Lan, director of the hospital's Department of Oncology, inaugurated the center together with Dr. Liu Qiang, president of Huaxin Biotech. " +
        'The center is run by Huaxin Biotech. Dr. Ma Jun, vice president of the hospital, said that the center would serve patients across Hubei Province.',
    );
    const orgs = list(document, 'organizations');
    // An apposition makes a unit whose own name makes its id; the university is not a party.
    expect(orgs.find((o) => o.name === 'Riverside Hospital')).toMatchObject({
      id: 'org/riverside-hospital',
      unitOf: { organization: 'org/xinhua-university', relation: 'teaching hospital' },
    });
    expect(
      orgs.find((o) => o.id === 'org/riverside-hospital-department-of-oncology'),
    ).toMatchObject({
      name: 'Department of Oncology of Riverside Hospital',
      unitOf: { organization: 'org/riverside-hospital' },
    });
    const [center] = list(document, 'programs');
    expect(center).toMatchObject({
      name: 'Cancer Screening Center',
      kind: 'CENTER',
      status: 'ACTIVE',
      start: '2022-05-12',
    });
    expect((center?.parties as Entry[]).map((p) => [p.organization, p.role])).toEqual([
      ['org/riverside-hospital', 'PARTNER'],
      ['org/huaxin-biotech', 'term/party-role/operator'],
    ]);
    expect((center?.people as Entry[]).map((p) => [p.person, p.role, p.onBehalfOf])).toEqual([
      ['person/wei-lan', 'term/person-role/inaugurator', 'org/riverside-hospital'],
      ['person/liu-qiang', 'term/person-role/inaugurator', 'org/huaxin-biotech'],
    ]);
    expect((center?.places as Entry[]).map((p) => p.place)).toEqual(['place/wuhan']);
    const [inauguration] = list(document, 'events');
    expect(inauguration).toMatchObject({
      name: 'Inauguration of the Cancer Screening Center',
      kind: 'OTHER',
      date: '2022-05-12',
      produced: [{ program: center?.id }],
    });
    expect(list(document, 'statements')[0]).toMatchObject({
      speaker: 'person/ma-jun',
      onBehalfOf: 'org/riverside-hospital',
      about: [{ program: center?.id, wording: 'the center' }],
    });
  });

  it('reads a named programme, its sponsor, a project of it, the partners it brings together, its coordinator and what funded the meeting', async () => {
    const { document } = await draftOf(
      'Opening Meeting of a Nursing Project Held at XHU\n\n' +
        "On 2 October 2017, the opening meeting of the Joint Doctoral Programme in Nursing, a capacity-building project of the European Union's Horizon programme, was held at Xinhua University (XHU). " +
        'The project brings together XHU, Lisbon Nursing University and the Nordic Institute of Health, with funding from the Horizon programme of the European Union.\n\n' +
        'Zhao Lei, Secretary of the Party Committee of XHU, and Prof. Gu Ming, President of XHU, attended the meeting. ' +
        'Prof. Maria Costa of Lisbon Nursing University, coordinator of the project, said that the programme would train nurses for rural hospitals. The meeting was funded by the project.',
    );
    const [project, horizon] = list(document, 'programs');
    expect(project).toMatchObject({
      name: 'Joint Doctoral Programme in Nursing',
      kind: 'EDUCATION',
      partOf: { program: horizon?.id },
      people: [
        {
          person: 'person/costa-maria',
          role: 'LEADS',
          onBehalfOf: 'org/lisbon-nursing-university',
        },
      ],
    });
    expect((project?.parties as Entry[]).map((p) => p.organization)).toEqual([
      'org/xhu',
      'org/lisbon-nursing-university',
      'org/nordic-institute-of-health',
    ]);
    expect(horizon).toMatchObject({
      name: 'Horizon programme',
      parties: [{ organization: 'org/european-union', role: 'term/party-role/sponsor' }],
    });
    expect(list(document, 'organizations').find((o) => o.id === 'org/european-union')?.kind).toBe(
      'term/organization-kind/intergovernmental-organization',
    );
    const [meeting] = list(document, 'events');
    expect(meeting).toMatchObject({
      name: 'Opening meeting of the Joint Doctoral Programme in Nursing',
      kind: 'MEETING',
      date: '2017-10-02',
      hosts: [{ organization: 'org/xhu' }],
      programs: [{ program: project?.id, relation: 'opening meeting of' }],
      fundedBy: [{ program: project?.id, evidence: ['The meeting was funded by the project'] }],
    });
    expect((meeting?.participants as Entry[]).map((p) => p.person)).toEqual([
      'person/zhao-lei',
      'person/gu-ming',
    ]);
    // "the programme" of an article about a project of a programme is the project.
    expect(list(document, 'statements')[0]?.about).toEqual([
      { program: project?.id, wording: 'the programme' },
    ]);
  });
});

describe('what the graph holds already', () => {
  const graph = [
    known('place/wuhan', 'Place', 'Wuhan', { kind: 'CITY', links: ['place/hubei'] }),
    known('org/xhu', 'Organization', 'Xinhua University', {
      matchKeys: ['xinhua university', 'xhu'],
      kind: 'UNIVERSITY',
      acronym: 'XHU',
    }),
    known('org/huaxin', 'Organization', 'Huaxin Biotech', {
      matchKeys: ['huaxin biotech', 'huaxin'],
      kind: 'COMPANY',
    }),
    known('org/hubei-institute-of-genomics', 'Organization', 'Hubei Institute of Genomics'),
    known('person/gu-ming', 'Person', 'Gu Ming', {
      positions: [{ title: 'President', organizationId: 'org/xhu' }],
    }),
    known(
      'program/xhu-huaxin-agreement-2020',
      'Program',
      'Cooperation agreement between XHU and Huaxin Biotech',
      {
        kind: 'AGREEMENT',
      },
    ),
    known('term/designation/national-science-center', 'Term', 'National science center'),
  ];

  it('adds designations, aliases and unit links to known entities as amendments', async () => {
    const { draft, document } = await draftOf(
      'Wuhan Hosts Forum on Digital Health\n\n' +
        'In the summer of 2024, Wuhan, a national science center and a hub for biomedical innovation, hosted a forum on digital health. ' +
        'Prof. Gu Ming of Xinhua University and experts of the Hubei Institute of Genomics, which is run by XHU, spoke at the forum. ' +
        'Huaxin Biotech, also known as Huaxin Group, presented its services. ' +
        'The XHU–Huaxin agreement of 2020, also called the Huaxin Precision Health Agreement, was cited as a model of cooperation.',
      graph,
    );
    expect(list(document, 'amend')).toEqual([
      {
        organization: 'org/hubei-institute-of-genomics',
        unitOf: {
          organization: 'org/xhu',
          relation: 'run by',
          evidence: ['Hubei Institute of Genomics, which is run by XHU'],
        },
        evidence: ['Hubei Institute of Genomics, which is run by XHU'],
      },
      {
        organization: 'org/huaxin',
        aliases: ['Huaxin Group'],
        evidence: ['Huaxin Biotech, also known as Huaxin Group'],
      },
      {
        place: 'place/wuhan',
        designations: [
          {
            designation: 'term/designation/national-science-center',
            evidence: ['Wuhan, a national science center'],
          },
          {
            designation: 'term/designation/hub-for-biomedical-innovation',
            evidence: ['Wuhan, a national science center and a hub for biomedical innovation'],
          },
        ],
        evidence: [
          'Wuhan, a national science center',
          'Wuhan, a national science center and a hub for biomedical innovation',
        ],
      },
      {
        program: 'program/xhu-huaxin-agreement-2020',
        aliases: ['XHU–Huaxin agreement', 'Huaxin Precision Health Agreement'],
        evidence: [
          'XHU–Huaxin agreement of 2020',
          'XHU–Huaxin agreement of 2020, also called the Huaxin Precision Health Agreement',
        ],
      },
    ]);
    // The known designation is referred to; the new one is defined.
    expect(list(document, 'terms').map((t) => t.id)).toEqual([
      'term/designation/hub-for-biomedical-innovation',
    ]);
    const [forum] = list(document, 'events');
    expect(forum).toMatchObject({
      name: 'Forum on digital health',
      date: '2024-22',
      places: [{ place: 'place/wuhan' }],
      participants: [{ person: 'person/gu-ming', role: 'PARTICIPANT', onBehalfOf: 'org/xhu' }],
      groups: [
        {
          description: 'experts',
          role: 'PARTICIPANT',
          onBehalfOf: 'org/hubei-institute-of-genomics',
        },
      ],
    });
    expect(draftYaml(draft, 'test')).toContain('amend:');
  });

  it('leaves out what the graph holds, restates a known program to add people, and keeps a namesake apart', async () => {
    const { draft, document } = await draftOf(
      'Advisors Appointed to the Joint Cardiology Center\n\n' +
        'On 4 June 2023, Dr. Li Ping and Dr. Zhou Yan of Huaxin Biotech were appointed research advisors of the Joint Cardiology Center. ' +
        'Huaxin Biotech in Wuhan hosted them. Dr. Ma Jun, vice president of Riverside Hospital, said that the advisors would strengthen the center.',
      [
        known('org/huaxin', 'Organization', 'Huaxin Biotech', {
          kind: 'COMPANY',
          links: ['place/wuhan'],
        }),
        known('place/wuhan', 'Place', 'Wuhan', { kind: 'CITY' }),
        known(
          'program/xhu-riverside-joint-cardiology-center',
          'Program',
          'Joint Cardiology Center',
          { kind: 'CENTER' },
        ),
        known('person/ma-jun', 'Person', 'Ma Jun', { affiliations: ['org/huaxin'] }),
      ],
    );
    // A known place link is not added again.
    expect(list(document, 'amend')).toEqual([]);
    const [center] = list(document, 'programs');
    expect(center).toMatchObject({
      id: 'program/xhu-riverside-joint-cardiology-center',
      name: 'Joint Cardiology Center',
      kind: 'CENTER',
    });
    expect((center?.people as Entry[]).map((p) => [p.person, p.role, p.onBehalfOf])).toEqual([
      ['person/li-ping', 'term/person-role/research-advisor', 'org/huaxin'],
      ['person/zhou-yan', 'term/person-role/research-advisor', 'org/huaxin'],
    ]);
    expect(draftYaml(draft, 'test')).toContain(
      'is in the graph already: defined again with its stored name and kind',
    );
    // Ma Jun of Riverside Hospital is not the Ma Jun the graph knows at Huaxin Biotech.
    const ma = entities(draft, 'person').find((p) => p.value.name === 'Ma Jun');
    expect(ma).toMatchObject({ id: 'person/ma-jun-2', existing: false });
    expect(ma?.candidates.map((c) => c.id)).toEqual(['person/ma-jun', 'person/ma-jun-2']);
  });
});

describe('assembling the new facts', () => {
  it('falls back to the built-in value when a term is dropped, and drops a statement with its speaker', async () => {
    const { draft } = await draftOf(MEETING);
    const chair = entities(draft, 'term').find((t) => t.id === 'term/event-role/chair');
    const zhao = entities(draft, 'person').find((p) => p.value.name === 'Zhao Lei');
    if (!chair || !zhao) throw new Error('no chair or no Zhao Lei');
    const without = (key: string): DraftFact[] => draft.facts.filter((f) => f.key !== key);
    const noTerm = assembleDocument(draft, without(chair.key)).document;
    const participants = list(noTerm, 'events')[0]?.participants as Entry[];
    expect(participants[0]?.role).toBe('LEADER');
    expect(list(noTerm, 'terms')).toEqual([]);
    const noSpeaker = assembleDocument(draft, without(zhao.key));
    expect(list(noSpeaker.document, 'statements')).toEqual([]);
    expect([...noSpeaker.omitted.values()]).toContain('its speaker was dropped');
    // The page drops them together: the statement needs its speaker, the participant its person.
    const dependents = dependentsOf(draft.facts, zhao.key).map((f) => f.kind);
    expect(dependents).toEqual(expect.arrayContaining(['position', 'participant', 'statement']));
    expect(dependentsOf(draft.facts, chair.key)).toEqual([]);
  });
});
