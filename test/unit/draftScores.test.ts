/**
 * The drafting bench's scoring: entities paired by id or a shared name, positions by person,
 * title and organization, references to the graph right only with the graph's id; and the
 * bench itself on the seed article (drafted from its text alone) meeting the targets.
 */
import { benchArticle, benchArticles, meetsTargets } from '../../src/draft/score/runDraftBench';
import { scoreDraft } from '../../src/draft/score/scoreDraft';
import type { KnownEntity } from '../../src/domain/knownEntity';
import { PROJECT_ROOT } from '../../src/projectRoot';

const graph: KnownEntity[] = [
  {
    id: 'person/li-jun',
    label: 'Person',
    name: 'Li Jun',
    matchKeys: ['li jun'],
    kind: null,
    acronym: null,
    parentId: null,
    positions: [],
  },
  {
    id: 'org/ahmu',
    label: 'Organization',
    name: 'Anhui Medical University',
    matchKeys: ['anhui medical university', 'ahmu'],
    kind: 'UNIVERSITY',
    acronym: 'AHMU',
    parentId: null,
    positions: [],
  },
];

const expected = {
  people: [{ id: 'person/zhou-min', name: 'Zhou Min' }],
  organizations: [
    { id: 'org/ahmu-school-of-public-health', name: 'School of Public Health of AHMU' },
  ],
  positions: [
    { person: 'person/zhou-min', title: 'Dean', organization: 'org/ahmu-school-of-public-health' },
    { person: 'person/li-jun', title: 'Secretary', organization: 'org/ahmu' },
  ],
};

it('pairs entities by id or name, and counts positions and ids', () => {
  const draft = {
    people: [
      { id: 'person/zhou-m', name: 'Zhou Min' },
      { id: 'person/li-jun-2', name: 'Li Jun' },
      { id: 'person/extra', name: 'Someone Else' },
    ],
    organizations: [{ id: 'org/sph', name: 'School of Public Health of AHMU' }],
    positions: [
      { person: 'person/zhou-m', title: 'Dean', organization: 'org/sph' },
      { person: 'person/li-jun-2', title: 'President', organization: 'org/ahmu' },
    ],
  };
  const score = scoreDraft(draft, expected, graph);
  // Li Jun is found by name but under a new id: found, yet a reference resolved wrong.
  expect(score.people).toMatchObject({ expected: 2, found: 3, matched: 2 });
  expect(score.extra.people).toEqual(['Someone Else']);
  expect(score.organizations).toMatchObject({ expected: 2, matched: 2, recall: 1 });
  expect(score.positions).toMatchObject({ expected: 2, matched: 1, recall: 0.5 });
  expect(score.missed.positions).toEqual(['person/li-jun|secretary|org/ahmu']);
  expect(score.references).toMatchObject({
    expected: 2,
    correct: 1,
    wrong: ['person/li-jun -> person/li-jun-2'],
  });
});

it('scores a perfect draft as perfect', () => {
  const score = scoreDraft(expected, expected, graph);
  expect([
    score.people.recall,
    score.people.precision,
    score.positions.recall,
    score.references.rate,
  ]).toEqual([1, 1, 1, 1]);
});

it('scores statements, events with their dates and links, groups and amendments', () => {
  const text =
    'Li Jun chaired a meeting on reform attended by 12 deans. Li Jun pledged that the university would grow. BGI, also known as BGI Group, came.';
  const expectedDoc = {
    people: [{ id: 'person/li-jun', name: 'Li Jun' }],
    events: [
      {
        id: 'event/reform-meeting',
        name: 'Reform meeting',
        kind: 'MEETING',
        date: '2011-01~',
        places: [{ place: 'place/hefei' }],
        participants: [{ person: 'person/li-jun', role: 'term/event-role/chair' }],
        groups: [{ description: 'deans of schools', count: 12 }],
        evidence: ['Li Jun chaired a meeting on reform'],
      },
    ],
    statements: [{ speaker: 'person/li-jun', kind: 'PLEDGED', quote: 'the university would grow' }],
    amend: [{ organization: 'org/bgi', aliases: ['BGI Group'] }],
  };
  const drafted = {
    people: [{ id: 'person/li-jun', name: 'Li Jun' }],
    events: [
      {
        id: 'event/meeting-on-reform-2011',
        kind: 'MEETING',
        date: '2011',
        participants: [{ person: 'person/li-jun', role: 'LEADER' }],
        groups: [{ description: 'deans', count: 12 }, { description: 'officials' }],
        evidence: ['chaired a meeting on reform attended by 12 deans'],
      },
      { id: 'event/other', kind: 'VISIT', evidence: ['BGI, also known as BGI Group, came'] },
    ],
    statements: [
      { speaker: 'person/li-jun', kind: 'SAID', quote: 'university would grow' },
      { speaker: 'person/li-jun', kind: 'HOPED', quote: 'BGI Group' },
    ],
    amend: [
      { organization: 'org/bgi', aliases: ['BGI group'] },
      { place: 'place/hefei', aliases: ['HF'] },
    ],
  };
  const score = scoreDraft(drafted, expectedDoc, graph, text);
  // Paired by speaker and overlapping quotes; the kind differs.
  expect(score.statements).toMatchObject({ expected: 1, found: 2, matched: 1, kindRight: 0 });
  // Paired by kind and overlapping evidence; the date differs; the place is missed.
  expect(score.events).toMatchObject({ expected: 1, found: 2, matched: 1, dateRight: 0 });
  expect(score.eventLinks).toMatchObject({ expected: 1, matched: 0 });
  expect(score.missed.eventLinks).toEqual(['event/reform-meeting places:place/hefei']);
  expect(score.participants).toMatchObject({ expected: 1, matched: 1, roleRight: 0 });
  // Groups by the noun they count ("deans") and the count.
  expect(score.groups).toMatchObject({ expected: 1, found: 2, matched: 1 });
  // An alias is compared by its match key.
  expect(score.amendments).toMatchObject({ expected: 1, found: 2, matched: 1 });
  expect(score.extra.amendments).toEqual(['place/hefei|alias|hf']);
});

it('drafts the seed article from its text alone within the targets', async () => {
  const seed = benchArticles(PROJECT_ROOT)[0];
  if (!seed) throw new Error('no seed article in the bench');
  const result = await benchArticle(seed);
  expect(result.valid).toBe(true);
  expect(result.excerpts.verbatim).toBe(result.excerpts.total);
  expect(result.people.recall).toBeGreaterThanOrEqual(0.9);
  expect(result.organizations.recall).toBeGreaterThanOrEqual(0.8);
  expect(result.positions.recall).toBeGreaterThanOrEqual(0.75);
  // Time is reported by the bench, not asserted (a shared machine): every other target holds.
  expect(meetsTargets({ ...result, ms: 0 })).toBe(true);
  // Its statements (seed/examples/10): who hoped, said and pointed out what.
  expect(result.statements).toMatchObject({ expected: 3, matched: 3, kindRight: 3 });
});

it('keeps the held-out articles and the worked examples within the targets', async () => {
  const articles = benchArticles(PROJECT_ROOT).slice(1);
  expect(articles.filter((a) => a.set === 'examples').map((a) => a.name)).toEqual([
    '04-ahmu-new-year-meeting-2011',
    '05-erasmus-public-health-kick-off-2016',
    '06-bgi-delegation-visits-ahmu-2018-06',
    '07-bgi-macao-genomics-2019',
    '08-shanghai-tenth-genetic-center-2021',
    '09-hefei-health-big-data-forum-2023',
  ]);
  for (const article of articles) {
    const result = await benchArticle(article);
    expect({ name: article.name, met: meetsTargets({ ...result, ms: 0 }) }).toEqual({
      name: article.name,
      met: true,
    });
  }
});
