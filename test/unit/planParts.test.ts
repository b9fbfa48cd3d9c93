import type { EntityDirectory } from '../../src/domain/entityDirectory';
import {
  idFits,
  participantGroupId,
  positionId,
  slugOf,
  statementId,
} from '../../src/import/plan/derivedIds';
import { compactKeys, encodeAliases, mergeNames } from '../../src/import/plan/encodeNames';
import { ProblemList } from '../../src/import/plan/problemList';
import { checkDateOrder, storedDates } from '../../src/import/plan/storedDates';
import {
  ClosestIdSuggester,
  closestIds,
  MAX_SUGGESTIONS,
} from '../../src/import/plan/suggestClosestIds';

/** The pure parts of the document planner, one by one. */

describe('derived ids', () => {
  test('the part of an id after its type prefix', () => {
    expect(slugOf('org/ahmu')).toBe('ahmu');
    expect(slugOf('term/event-role/chair')).toBe('event-role/chair');
  });

  test('a position is one per person, organization and title', () => {
    expect(positionId('person/li-jun', 'org/ahmu', 'Prof. Vice-President')).toBe(
      'position/li-jun/ahmu/vice-president',
    );
    expect(positionId('person/li-jun', 'org/ahmu', '—')).toBe('position/li-jun/ahmu/untitled');
  });

  test('a participant group is one per event and description', () => {
    expect(participantGroupId('event/bgi-visit-2018', 'Delegation of BGI (12 people)')).toBe(
      'group/bgi-visit-2018/delegation-of-bgi-12-people',
    );
  });

  test('a statement is one per quote: the offsets of its excerpt', () => {
    expect(statementId('source/unit', 'source/unit#17-60')).toBe('statement/unit/17-60');
  });

  test('a computed id longer than an id may be is a problem asking for an id', () => {
    const problems = new ProblemList();
    expect(idFits(`position/${'a'.repeat(247)}`, 'positions[0]', 'position', problems)).toBe(true);
    expect(problems.list()).toEqual([]);
    const long = `position/${'a'.repeat(248)}`;
    expect(idFits(long, 'positions[1]', 'position', problems)).toBe(false);
    expect(problems.list()).toEqual([
      {
        path: 'positions[1]',
        message: `its computed id "${long.slice(0, 60)}…" has 257 characters, more than the 256 an id may have: give the position a shorter "id"`,
      },
    ]);
  });
});

describe('name sets', () => {
  test('an amendment adds alternative names without a display name', () => {
    expect(encodeAliases(['Prof. Li', { value: 'LJ', kind: 'ACRONYM' }])).toEqual({
      entries: ['ALIAS||Prof. Li', 'ACRONYM||LJ'],
      values: ['Prof. Li', 'LJ'],
      matchKeys: ['li', 'lj'],
    });
  });

  test('merged name sets keep the first order and no repeats', () => {
    expect(
      mergeNames(
        { entries: ['ALIAS||A'], values: ['A'], matchKeys: ['a'] },
        { entries: ['ALIAS||B', 'ALIAS||A'], values: ['B', 'A'], matchKeys: ['b', 'a'] },
      ),
    ).toEqual({ entries: ['ALIAS||A', 'ALIAS||B'], values: ['A', 'B'], matchKeys: ['a', 'b'] });
  });

  test('references compare match keys without spaces', () => {
    expect(compactKeys(['li jun', 'lijun', 'cao yun xia'])).toEqual(['lijun', 'caoyunxia']);
  });
});

describe('stored dates', () => {
  test('a plain date is stored as its first day and precision, clearing an EDTF text', () => {
    const problems = new ProblemList();
    expect(storedDates({ start: '2018-04', end: undefined }, 'programs[0]', problems)).toEqual({
      dates: { startDate: '2018-04-01' },
      props: { startPrecision: 'MONTH' },
      clear: ['startEdtf'],
    });
    expect(problems.list()).toEqual([]);
  });

  test('an EDTF form keeps its text; attestedOn is stored as attested', () => {
    const problems = new ProblemList();
    expect(storedDates({ attestedOn: '2018/2019' }, 'positions[0]', problems)).toEqual({
      dates: { attestedDate: '2018-01-01' },
      props: { attestedPrecision: 'YEAR', attestedEdtf: '2018/2019' },
      clear: [],
    });
  });

  test('an invalid date is a problem at its field', () => {
    const problems = new ProblemList();
    expect(storedDates({ date: '2018-02-30' }, 'events[2]', problems)).toEqual({
      dates: {},
      props: {},
      clear: [],
    });
    expect(problems.list()).toEqual([
      { path: 'events[2].date', message: '"2018-02-30" is not a calendar date' },
    ]);
  });

  test('an end before the start is a problem at the end', () => {
    const problems = new ProblemList();
    checkDateOrder('2018-04', '2018-04-30', 'programs[0]', problems);
    checkDateOrder('2018-04', '2018-03', 'programs[1]', problems);
    expect(problems.list()).toEqual([
      { path: 'programs[1].end', message: 'ends (2018-03) before it starts (2018-04)' },
    ]);
  });
});

describe('problem list', () => {
  test('throws nothing while empty, then every problem in the order found', () => {
    const problems = new ProblemList();
    expect(() => problems.throwIfAny('unit.yaml')).not.toThrow();
    problems.add('people[0].name', 'first');
    problems.add('source.date', 'second');
    expect(() => problems.throwIfAny('unit.yaml')).toThrow(
      'unit.yaml: 2 problems, nothing was imported:\n' +
        '  unit.yaml: people[0].name: first\n' +
        '  unit.yaml: source.date: second',
    );
  });
});

describe('closest ids', () => {
  const candidates = new Map([
    ['org/ahmu', ['Anhui Medical University', 'AHMU']],
    ['org/bgi', ['BGI Group', 'BGI']],
    ['aspect/personnel-training', ['Personnel training']],
  ]);

  test('by edit distance to the id or a name, normalised', () => {
    expect(closestIds('Anhui Medical Univ.', candidates)).toEqual([
      'org/ahmu',
      'org/bgi',
      'aspect/personnel-training',
    ]);
    expect(closestIds('BG1', candidates, 1)).toEqual(['org/bgi']);
  });

  test('a name whose words all occur in the reference is close', () => {
    expect(closestIds('training', candidates, 1)).toEqual(['aspect/personnel-training']);
  });

  test('ties go in id order', () => {
    const tied = new Map([
      ['org/b', ['xx']],
      ['org/a', ['xx']],
    ]);
    expect(closestIds('yy', tied)).toEqual(['org/a', 'org/b']);
  });

  test(`only the first ${MAX_SUGGESTIONS} unknown references of a document get suggestions`, async () => {
    let reads = 0;
    const directory: EntityDirectory = {
      existingIds: () => Promise.resolve(new Set()),
      idsByMatchKey: () => Promise.resolve(new Map()),
      knownNames: () => {
        reads += 1;
        return Promise.resolve([{ id: 'org/ahmu', name: 'Anhui Medical University' }]);
      },
    };
    const suggester = new ClosestIdSuggester(directory, []);
    const endpoint = { label: 'Organization' as const, ref: 'AMHU', path: 'x' };
    const messages: string[] = [];
    for (let i = 0; i <= MAX_SUGGESTIONS; i += 1) messages.push(await suggester.suggest(endpoint));
    expect(messages[0]).toBe('; closest known ids: org/ahmu');
    expect(messages[MAX_SUGGESTIONS - 1]).toBe('; closest known ids: org/ahmu');
    expect(messages[MAX_SUGGESTIONS]).toBe('');
    // The known names of a label are read once per document.
    expect(reads).toBe(1);
  });
});
