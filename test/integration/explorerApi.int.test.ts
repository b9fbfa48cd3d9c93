/**
 * What the explorer, the dashboard and the source page ask of the API (issue 15): search hits
 * that say which entity they are, neighbours grouped by type and valid on a date, `asOf` on
 * programs and events, connection errors that name the unknown end, dashboard aggregates under
 * a program filter, and the facts each quotation states. Exact answers on the seed plus a small
 * dated fixture; statement counts that do not grow with the rows.
 */
import { importDocument } from '../../src/import/importDocument';
import { TIMELINE_SOURCE, TL, timelineDocument } from '../utils/timelineDocument';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
  await importDocument(t.db, timelineDocument(), { file: 'timeline.yaml' });
});

afterAll(() => t.stop());

async function query<T = Record<string, unknown>>(
  source: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const result = await t.execute<T>(source, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

describe('search hits say which entity they are', () => {
  it('tells the three Li Juns apart by their current or latest position and its years', async () => {
    const data = await query<{ search: { node: { id: string }; description: string | null }[] }>(
      `{ search(query: "li jun", types: [PERSON]) { node { id } description } }`,
    );
    expect(Object.fromEntries(data.search.map((hit) => [hit.node.id, hit.description]))).toEqual({
      'person/li-jun': 'Secretary @ CPC Party Committee of Anhui Medical University, 2018',
      [TL.liJunHarbor]: 'President @ Harbor University, since 2015',
      [TL.liJunLumen]: 'Chief Scientist @ Lumen Labs, 2016–2019',
    });
  });

  it('describes organizations, programs, events, places and terms', async () => {
    const describe = async (text: string, id: string) => {
      const data = await query<{ search: { node: { id: string }; description: string | null }[] }>(
        `query($q: String!) { search(query: $q, first: 20) { node { id } description } }`,
        { q: text },
      );
      return data.search.find((hit) => hit.node.id === id)?.description;
    };
    expect(await describe('Harbor University Hospital', TL.hospital)).toBe(
      'Hospital · affiliated hospital of Harbor University',
    );
    expect(await describe('AHMU Chaohu Hospital', 'org/ahmu-chaohu-hospital')).toBe(
      'Hospital of Anhui Medical University',
    );
    expect(await describe('BGI', 'org/bgi')).toBe('Company · Shenzhen');
    expect(await describe('genomics agreement', TL.genomics)).toBe(
      'Agreement · HU, Lumen Labs, Meridian Institute +1 more · 2016',
    );
    expect(await describe('memorandum', 'program/ahmu-bgi-memorandum-2018')).toBe(
      'Agreement · AHMU, BGI · 2018',
    );
    expect(await describe('visit lumen', TL.visit)).toBe('Visit · 2019-05');
    expect(
      await describe('AHMU delegation visits', 'event/ahmu-delegation-visit-bgi-2018-04-20'),
    ).toBe('Visit · 2018-04-20 · Shenzhen');
    expect(await describe('Shenzhen', 'place/shenzhen')).toBe('City in Guangdong Province');
    expect(await describe('cancer', 'area/cancer')).toBe('Disease area · 3 programs');
  });

  it('reads every hit of a page in one statement per entity type', async () => {
    t.resetQueryCount();
    await query(`{ search(query: "harbor", first: 10) { description } }`);
    const contexts = t.queries.filter((cypher) => cypher.includes('UNWIND $ids AS id'));
    // Harbor hits: two organizations, a program and a person's organization do not matter:
    // one statement per type found, never one per hit.
    expect(contexts.length).toBeLessThanOrEqual(3);
    expect(new Set(contexts).size).toBe(contexts.length);
  });
});

describe('neighbours by group and date', () => {
  interface Page {
    neighbours: {
      totalCount: number;
      groups: { type: string; count: number }[];
      nodes: { description: string; node: { id: string } }[];
    };
  }
  const NEIGHBOURS = `query($id: ID!, $types: [EntityType!], $asOf: Date, $first: Int) {
    neighbours(id: $id, types: $types, asOf: $asOf, first: $first) {
      totalCount groups { type count } nodes { description node { id } }
    }
  }`;

  it('counts a university’s neighbours by type and pages one group', async () => {
    const all = await query<Page>(NEIGHBOURS, { id: TL.university });
    // Most first, ties in the order of EntityType.
    expect(all.neighbours.groups).toEqual([
      { type: 'PROGRAM', count: 2 },
      { type: 'POSITION', count: 2 },
      { type: 'ORGANIZATION', count: 1 },
      { type: 'EVENT', count: 1 },
    ]);
    expect(all.neighbours.totalCount).toBe(6);

    const positions = await query<Page>(NEIGHBOURS, { id: TL.university, types: ['POSITION'] });
    expect(positions.neighbours.totalCount).toBe(2);
    expect(positions.neighbours.groups).toEqual(all.neighbours.groups);
    expect(positions.neighbours.nodes.map((n) => [n.description, n.node.id])).toEqual([
      ['has the position', `position/tl-li-jun-harbor/tl-harbor-university/president`],
      ['has the position', `position/tl-li-jun-harbor/tl-harbor-university/professor`],
    ]);
  });

  it('leaves out, as of a date, positions and programs not running then and events after it', async () => {
    const ids = async (id: string, asOf: string) =>
      (await query<Page>(NEIGHBOURS, { id, asOf, first: 50 })).neighbours.nodes.map(
        (n) => n.node.id,
      );
    // 2013: a professor (2008–2014), no president yet; no event has happened; the training runs.
    expect(await ids(TL.liJunHarbor, '2013-06-01')).toEqual([
      'position/tl-li-jun-harbor/tl-harbor-university/professor',
    ]);
    expect(await ids(TL.university, '2013-06-01')).toEqual([
      TL.training,
      'position/tl-li-jun-harbor/tl-harbor-university/professor',
      TL.hospital,
    ]);
    // 2014-12-31: a bound of 2014 (year precision) still holds on its last day.
    expect(await ids(TL.university, '2014-12-31')).toContain(TL.training);
    expect(await ids(TL.university, '2015-01-01')).not.toContain(TL.training);
    // 2017: the genomics agreement runs, it was signed in 2016; the 2019 visit is not yet.
    expect(await ids(TL.liJunHarbor, '2017-01-01')).toEqual([
      TL.genomics,
      'position/tl-li-jun-harbor/tl-harbor-university/president',
      TL.signing,
    ]);
    // The undated meeting holds on any date.
    expect(await ids(TL.liJunLumen, '2011-01-01')).toEqual([
      'position/tl-li-jun-lumen/tl-lumen-labs/engineer',
      TL.meeting,
    ]);
    const grouped = await query<Page>(NEIGHBOURS, { id: TL.liJunHarbor, asOf: '2013-06-01' });
    expect(grouped.neighbours.groups).toEqual([{ type: 'POSITION', count: 1 }]);
    expect(grouped.neighbours.totalCount).toBe(1);
  });

  it('reads roles in words: signed, leads, was hosted by, is an affiliated hospital of', async () => {
    const data = await query<Page>(NEIGHBOURS, { id: TL.genomics, first: 20 });
    expect(data.neighbours.nodes.map((n) => [n.node.id, n.description])).toEqual([
      ['area/cancer', 'focuses on'],
      [TL.university, 'was signed by'],
      [TL.hospital, 'has as participant'],
      [TL.company, 'was signed by'],
      [TL.institute, 'has as partner'],
      [TL.liJunHarbor, 'is led by'],
      [TL.liJunLumen, 'was signed by'],
      [TL.signing, 'was produced by'],
    ]);
    const hospital = await query<Page>(NEIGHBOURS, { id: TL.hospital, types: ['ORGANIZATION'] });
    expect(hospital.neighbours.nodes.map((n) => n.description)).toEqual([
      'is an affiliated hospital of',
    ]);
  });
});

describe('asOf on programs and events', () => {
  it('keeps the roles, parties and events of a date', async () => {
    const data = await query<{
      person: { programRoles: { program: { id: string } }[]; events: { event: { id: string } }[] };
      organization: {
        programs: { program: { id: string } }[];
        hostedEvents: { id: string }[];
        all: { program: { id: string } }[];
      };
      programs: { nodes: { id: string }[] };
    }>(`{
      person(id: "${TL.liJunLumen}") {
        programRoles(asOf: "2015-01-01") { program { id } }
        events(asOf: "2015-01-01") { event { id } }
      }
      organization(id: "${TL.university}") {
        programs(asOf: "2013-01-01") { program { id } }
        hostedEvents(asOf: "2016-03-09") { id }
        all: programs { program { id } }
      }
      programs(filter: { activeOn: "2016-06-01", name: { startsWith: "Harbor" } }) { nodes { id } }
    }`);
    expect(data.person.programRoles).toEqual([]);
    expect(data.person.events).toEqual([{ event: { id: TL.meeting } }]);
    expect(data.organization.programs).toEqual([{ program: { id: TL.training } }]);
    expect(data.organization.hostedEvents).toEqual([]);
    expect(data.organization.all.map((p) => p.program.id).sort()).toEqual(
      [TL.genomics, TL.training].sort(),
    );
    expect(data.programs.nodes).toEqual([{ id: TL.genomics }]);
  });
});

describe('connection names the unknown end', () => {
  it.each([
    ['person/nobody', 'person/li-jun', 'from', [{ argument: 'from', id: 'person/nobody' }]],
    ['person/li-jun', 'org/nowhere', 'to', [{ argument: 'to', id: 'org/nowhere' }]],
    [
      'nothing-at-all',
      'person/nobody',
      'from',
      [
        { argument: 'from', id: 'nothing-at-all' },
        { argument: 'to', id: 'person/nobody' },
      ],
    ],
  ])('from %s to %s: NOT_FOUND for %s', async (from, to, argument, unknown) => {
    const result = await t.execute(
      `query($from: ID!, $to: ID!) { connection(from: $from, to: $to) { hops } }`,
      { from, to },
    );
    expect(result.data).toEqual({ connection: null });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', argument, unknown });
    expect(result.errors?.[0]?.message).toBe(
      `No entity has the id ${unknown.map((end) => `"${end.id}" (${end.argument})`).join(' and ')}: nothing to connect.`,
    );
  });

  it('keeps person(id) null without an error', async () => {
    const result = await t.execute(`{ person(id: "person/nobody") { id } }`);
    expect(result).toEqual({ data: { person: null }, errors: undefined });
  });
});

describe('dashboard aggregates under a program filter', () => {
  interface Stats {
    stats: {
      programs: number;
      counts: { programs: number };
      programsByDiseaseArea: { area: { id: string }; programs: number }[];
      programsByYear: { year: number; programs: number }[];
      programsByStatus: { status: string; programs: number }[];
      organizationsByPartners: { organization: { id: string }; partners: number }[];
      peopleByOrganization: { organization: { id: string }; people: number }[];
      collaborationMatrix: { organizations: { id: string }[]; programs: number[][] };
    };
  }
  const STATS = `query($filter: ProgramFilter, $units: Boolean) {
    stats(filter: $filter) {
      programs
      counts { programs }
      programsByDiseaseArea(first: 2) { area { id } programs }
      programsByYear { year programs }
      programsByStatus { status programs }
      organizationsByPartners(first: 3, unitPartners: $units) { organization { id } partners }
      peopleByOrganization(first: 2) { organization { id } people }
      collaborationMatrix(first: 3, unitPartners: $units) { organizations { id } programs }
    }
  }`;

  it('counts only the programs matching the filter (counts stay the whole graph)', async () => {
    const all = await query<Stats>(STATS, {});
    const total = all.stats.counts.programs;
    expect(all.stats.programs).toBe(total);

    // With unitPartners (issue 17: an organization's own unit is no partner by default), the
    // hospital counts as the university's partner, as every party of the program is.
    const genomics2016 = {
      started: { from: '2016-01-01', to: '2016-12-31' },
      diseaseArea: 'area/cancer',
    };
    const filtered = await query<Stats>(STATS, { filter: genomics2016, units: true });
    expect(filtered.stats).toEqual({
      programs: 1,
      counts: { programs: total },
      programsByDiseaseArea: [
        { area: { id: 'area/cancer' }, programs: 1 },
        { area: { id: 'area/birth-defects' }, programs: 0 },
      ],
      programsByYear: [{ year: 2016, programs: 1 }],
      programsByStatus: [
        { status: 'PLANNED', programs: 0 },
        { status: 'ACTIVE', programs: 1 },
        { status: 'ENDED', programs: 0 },
      ],
      organizationsByPartners: [
        { organization: { id: TL.university }, partners: 3 },
        { organization: { id: TL.hospital }, partners: 3 },
        { organization: { id: TL.company }, partners: 3 },
      ],
      peopleByOrganization: [
        { organization: { id: TL.university }, people: 1 },
        { organization: { id: TL.company }, people: 1 },
      ],
      collaborationMatrix: {
        organizations: [{ id: TL.university }, { id: TL.hospital }, { id: TL.company }],
        programs: [
          [0, 1, 1],
          [1, 0, 1],
          [1, 1, 0],
        ],
      },
    });

    // By default (issue 17) the university and its own hospital are not partners of each other:
    // each has the other two parties only, and the pair shares nothing in the matrix.
    const withoutUnits = await query<Stats>(STATS, { filter: genomics2016 });
    expect(withoutUnits.stats.organizationsByPartners).toEqual([
      { organization: { id: TL.company }, partners: 3 },
      { organization: { id: TL.institute }, partners: 3 },
      { organization: { id: TL.university }, partners: 2 },
    ]);
    expect(withoutUnits.stats.collaborationMatrix).toEqual({
      organizations: [{ id: TL.company }, { id: TL.institute }, { id: TL.university }],
      programs: [
        [0, 1, 1],
        [1, 0, 1],
        [1, 1, 0],
      ],
    });

    const ended = await query<Stats>(STATS, { filter: { status: ['ENDED'] }, units: true });
    expect(ended.stats.programs).toBe(1);
    expect(ended.stats.collaborationMatrix).toEqual({
      organizations: [{ id: TL.university }, { id: TL.hospital }],
      programs: [
        [0, 1],
        [1, 0],
      ],
    });
    // The ended program's only parties are the university and its hospital: no partners at all.
    const endedWithoutUnits = await query<Stats>(STATS, { filter: { status: ['ENDED'] } });
    expect(endedWithoutUnits.stats.organizationsByPartners).toEqual([]);
    expect(endedWithoutUnits.stats.collaborationMatrix).toEqual({
      organizations: [],
      programs: [],
    });
  });
});

describe('the facts each quotation states', () => {
  interface SourcePage {
    source: {
      excerpts: {
        excerpt: string;
        start: number;
        end: number;
        statedEntities: { __typename: string; id: string }[];
        statedRelationships: {
          relationship: string;
          description: string;
          qualifier: string | null;
          from: { id: string };
          to: { id: string };
          evidence: { id: string }[];
        }[];
      }[];
    };
  }
  const SOURCE = `query($id: ID!) {
    source(id: $id) {
      excerpts {
        excerpt start end
        statedEntities { __typename id }
        statedRelationships { relationship description qualifier from { id } to { id } evidence { id } }
      }
    }
  }`;

  it('lists the entities and relationships of a quotation, and nothing else', async () => {
    const data = await query<SourcePage>(SOURCE, { id: TIMELINE_SOURCE });
    const signing = data.source.excerpts.find((x) =>
      x.excerpt.startsWith('The agreement was signed'),
    );
    expect(signing?.statedEntities).toEqual([{ __typename: 'Event', id: TL.signing }]);
    expect(
      signing?.statedRelationships.map((r) => [r.relationship, r.description, r.from.id, r.to.id]),
    ).toEqual([
      ['HOSTED_BY', 'was hosted by', TL.signing, TL.university],
      ['PARTICIPATED_IN', 'signed at', TL.liJunHarbor, TL.signing],
      ['PARTICIPATED_IN', 'signed at', TL.liJunLumen, TL.signing],
      ['PRODUCED', 'produced', TL.signing, TL.genomics],
    ]);
    const hospital = data.source.excerpts.find((x) =>
      x.excerpt.startsWith('Harbor University Hospital'),
    );
    expect(hospital?.statedEntities).toEqual([{ __typename: 'Organization', id: TL.hospital }]);
    const [unit, ...others] = hospital?.statedRelationships ?? [];
    expect(others).toEqual([]);
    expect(unit).toMatchObject({
      relationship: 'UNIT_OF',
      description: 'is an affiliated hospital of',
      qualifier: 'affiliated hospital',
      from: { id: TL.hospital },
      to: { id: TL.university },
    });
    expect(unit?.evidence.map((e) => e.id)).toEqual([
      `${TIMELINE_SOURCE}#${hospital?.start ?? -1}-${hospital?.end ?? -1}`,
    ]);
    // Every excerpt of the fixture states something, and every one of its facts is found.
    expect(
      data.source.excerpts.every((x) => x.statedEntities.length + x.statedRelationships.length > 0),
    ).toBe(true);
    const stated = data.source.excerpts.reduce((n, x) => n + x.statedRelationships.length, 0);
    // 1 unit link, 4 positions (2 each), 7 of the agreement, 2 of the training, 4 of the
    // signing, 2 of the visit, 1 of the meeting.
    expect(stated).toBe(25);
  });

  it('finds positions as entities, and quotations of the seed by their own source only', async () => {
    const data = await query<SourcePage>(SOURCE, { id: 'source/ahmu-bgi-2018-04-20' });
    const quote = data.source.excerpts.find((x) => x.excerpt === 'Mr. Wang Jian, president of BGI');
    expect(quote?.statedEntities).toEqual([
      { __typename: 'Person', id: 'person/wang-jian' },
      { __typename: 'Position', id: 'position/wang-jian/bgi/president' },
    ]);
    expect(quote?.statedRelationships.map((r) => [r.relationship, r.from.id, r.to.id])).toEqual([
      ['HOLDS_POSITION', 'person/wang-jian', 'position/wang-jian/bgi/president'],
      ['POSITION_AT', 'position/wang-jian/bgi/president', 'org/bgi'],
    ]);
  });

  it('reads a source with what its quotations state in one statement, however many there are', async () => {
    t.resetQueryCount();
    await query(SOURCE, { id: 'source/ahmu-bgi-2018-04-20' });
    // The planner reads both evidence indexes inside the source's statement (the reference path
    // reads them in two statements of their own: see the planner's differential test).
    expect(t.queries).toHaveLength(1);
    expect(t.queries[0]).toContain('db.index.fulltext.queryNodes');
    expect(t.queries[0]).toContain('db.index.fulltext.queryRelationships');
  });
});
