/**
 * The drafting bench's scoring: entities paired by id or a shared name, positions by person,
 * title and organization, references to the graph right only with the graph's id; and the
 * bench itself on the seed article (drafted from its text alone) meeting the targets.
 */
import { benchArticle, benchArticles, meetsTargets } from '../../src/draft/score/runDraftBench';
import { scoreDraft } from '../../src/draft/score/scoreDraft';
import type { KnownEntity } from '../../src/draft/resolve/knownEntity';
import { PROJECT_ROOT } from '../../src/server';

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
});

it('keeps the held-out articles within the targets', async () => {
  for (const article of benchArticles(PROJECT_ROOT).slice(1)) {
    const result = await benchArticle(article);
    expect({ name: article.name, met: meetsTargets({ ...result, ms: 0 }) }).toEqual({
      name: article.name,
      met: true,
    });
  }
});
