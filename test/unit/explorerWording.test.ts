/**
 * Pure wording and time logic behind the explorer's answers: relationships in words with their
 * roles, the line that tells same-named entities apart, and "as of" at a date's own precision.
 */
import { happenedBy, validOn } from '../../src/domain/asOf';
import { describeEntity, latestPosition, yearsText } from '../../src/domain/describeEntity';
import { describeRelationship } from '../../src/domain/relationshipWording';

const d = (text: string) => {
  const [y, m, day] = text.split('-');
  const last = m ? (day ?? String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate())) : '31';
  return {
    text,
    earliest: `${y}-${m ?? '01'}-${day ?? '01'}`,
    latest: `${y}-${m ?? '12'}-${last.padStart(2, '0')}`,
  };
};

describe('describeRelationship', () => {
  it.each([
    ['PARTICIPATED_IN', true, 'HOST', 'hosted'],
    ['PARTICIPATED_IN', false, 'HOST', 'was hosted by'],
    ['PARTICIPATED_IN', true, 'LEADER', 'led'],
    ['PARTICIPATED_IN', false, 'PARTICIPANT', 'had as participant'],
    ['HAS_ROLE_IN', true, 'SIGNED', 'signed'],
    ['HAS_ROLE_IN', false, 'LEADS', 'is led by'],
    ['HAS_PARTY', true, 'SIGNATORY', 'was signed by'],
    ['HAS_PARTY', false, 'PARTNER', 'is a partner in'],
    ['UNIT_OF', true, 'affiliated hospital', 'is an affiliated hospital of'],
    ['UNIT_OF', false, 'department', 'has as department'],
    ['UNIT_OF', true, 'operated by', 'is operated by'],
    ['UNIT_OF', false, 'operated by', 'operates'],
    ['UNIT_OF', true, null, 'is a unit of'],
    ['HAS_PARTY', true, 'SOMETHING_NEW', 'has as party'],
    ['HOSTED_BY', false, null, 'hosted'],
    // Issue 17's relationships and curated role terms (stored as the role, by id).
    ['WITHIN_PROGRAM', true, 'preparation of', 'belongs to the program'],
    ['STATED_BY', false, null, 'stated'],
    ['DESIGNATED_AS', true, null, 'is designated as'],
    ['PARTICIPATED_IN', true, 'term/event-role/head-of-delegation', 'was a head of delegation at'],
    ['PARTICIPATED_IN', false, 'term/event-role/witness', 'had as witness'],
    ['HAS_ROLE_IN', true, 'term/person-role/research-advisor', 'is a research advisor of'],
    ['HAS_ROLE_IN', false, 'term/person-role/inaugurator', 'has as inaugurator'],
    ['HAS_PARTY', true, 'term/party-role/sponsor', 'has as sponsor'],
    ['HAS_PARTY', false, 'term/party-role/operator', 'is an operator of'],
    ['LOCATED_IN', true, 'term/party-role/operator', 'is located in'],
  ] as const)('%s forward=%s %s reads "%s"', (type, forward, qualifier, words) => {
    expect(describeRelationship(type, forward, qualifier)).toBe(words);
  });
});

describe('describeEntity', () => {
  const position = (title: string, start?: string, end?: string, attested?: string) => ({
    title,
    organization: 'Harbor University',
    start: start ? d(start) : null,
    end: end ? d(end) : null,
    attestedOn: attested ? d(attested) : null,
  });

  it('prefers a current position, the latest started', () => {
    expect(
      latestPosition([position('Professor', '2008', '2014'), position('President', '2015')])?.title,
    ).toBe('President');
    expect(
      latestPosition([position('Engineer', '2010', '2016'), position('Chief', '2016', '2019')])
        ?.title,
    ).toBe('Chief');
  });

  it('writes years at year precision', () => {
    expect(yearsText(d('2015'), null)).toBe('since 2015');
    expect(yearsText(null, d('2019-05'))).toBe('until 2019');
    expect(yearsText(d('2016-03'), d('2016-11'))).toBe('2016');
    expect(yearsText(null, null, d('2018-04-20'))).toBe('2018');
    expect(yearsText(null, null)).toBe('');
  });

  it('describes each type, null when nothing is known', () => {
    expect(describeEntity({ type: 'Person', positions: [], roles: [] })).toBeNull();
    expect(
      describeEntity({
        type: 'Person',
        positions: [],
        roles: [{ role: 'SIGNED', program: 'The memorandum', start: d('2018-04-20') }],
      }),
    ).toBe('signed The memorandum (2018)');
    expect(
      describeEntity({ type: 'Organization', kind: 'GENE_BANK', parent: null, place: null }),
    ).toBe('Gene bank');
    expect(
      describeEntity({
        type: 'Program',
        kind: 'CENTER',
        start: null,
        parties: ['AHMU'],
        partyCount: 1,
      }),
    ).toBe('Center · AHMU');
    expect(describeEntity({ type: 'Event', kind: 'MEETING', date: null, place: null })).toBe(
      'Meeting',
    );
    expect(describeEntity({ type: 'Place', kind: 'COUNTRY', within: null })).toBe('Country');
    // A curated kind (issue 17) is named by its term, not by the built-in kind it counts as.
    expect(
      describeEntity({
        type: 'Organization',
        kind: 'DEPARTMENT',
        kindName: 'School',
        parent: { name: 'Anhui Medical University', relation: 'school' },
        place: null,
      }),
    ).toBe('School of Anhui Medical University');
    expect(
      describeEntity({
        type: 'Place',
        kind: 'OTHER',
        kindName: 'Special administrative region',
        within: 'China',
      }),
    ).toBe('Special administrative region in China');
    expect(describeEntity({ type: 'CooperationAspect', programs: 1 })).toBe(
      'Cooperation aspect · 1 program',
    );
  });
});

describe('asOf', () => {
  it('compares a bound at its own precision', () => {
    expect(validOn({ start: d('2008'), end: d('2014') }, '2014-12-31')).toBe(true);
    expect(validOn({ start: d('2008'), end: d('2014') }, '2015-01-01')).toBe(false);
    expect(validOn({ start: d('2016-03'), end: null }, '2016-02-29')).toBe(false);
    expect(validOn({ start: null, end: null }, '1900-01-01')).toBe(true);
    expect(happenedBy(d('2019-05'), '2019-05-01')).toBe(true);
    expect(happenedBy(d('2019-05'), '2019-04-30')).toBe(false);
    expect(happenedBy(null, '1900-01-01')).toBe(true);
  });
});
