import { normalizeName } from '../../src/domain/normalizeName';
import { parsePartialDate, partialDateFromStored } from '../../src/domain/partialDate';
import { locateExcerpt } from '../../src/import/locateExcerpt';
import { encodeNames } from '../../src/import/plan/encodeNames';
import { formatPath } from '../../src/import/plan/formatPath';
import { toLuceneQuery } from '../../src/repositories/searchRepository';

/** The pure helpers of the import pipeline and search, without a database. */

describe('normalizeName', () => {
  test.each([
    ['Li Jun', 'li jun'],
    ['Prof. Li jun', 'li jun'],
    ['  LI    JUN  ', 'li jun'],
    ['Li\tJun\n', 'li jun'],
    ['Professor Li', 'li'],
    ['Mr. Wang Jian', 'wang jian'],
    ['Dr. Prof. Wang Kai', 'wang kai'],
    ['Madam Sir Wang', 'wang'],
  ])('%j -> %j (case, spacing, leading honorifics)', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });

  test.each([
    ['Prof.', 'prof'],
    ['Dr', 'dr'],
    ['Mr Ms', 'ms'],
  ])('a name that is only honorifics keeps its last word: %j -> %j', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });

  test('honorifics inside or after a name are kept', () => {
    expect(normalizeName('Li Prof')).toBe('li prof');
    expect(normalizeName('Wang Dr Kai')).toBe('wang dr kai');
  });

  test.each([
    ['Anhui Medical University (AHMU)', 'anhui medical university ahmu'],
    [
      'precise diagnosis-treatment-recovery of/from cancer',
      'precise diagnosis treatment recovery of from cancer',
    ],
    ['“co-construction and co-ownership”', 'co construction and co ownership'],
    ['R&D', 'r d'],
    ["People's Republic of China", 'people s republic of china'],
    ['trans-Omics + big data = $$$', 'trans omics big data'],
  ])('punctuation and symbols separate words: %j -> %j', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });

  test('Unicode is normalised (NFKC) and non-Latin letters are kept', () => {
    expect(normalizeName('ＡＨＭＵ')).toBe('ahmu');
    expect(normalizeName('Zu\u0308rich')).toBe('zürich');
    expect(normalizeName('安徽医科大学')).toBe('安徽医科大学');
    expect(normalizeName('Ⅳ Hospital')).toBe('iv hospital');
  });

  test('nothing but punctuation normalises to the empty key', () => {
    expect(normalizeName('')).toBe('');
    expect(normalizeName(' — ... ')).toBe('');
  });
});

describe('parsePartialDate', () => {
  test('a year covers the whole year', () => {
    expect(parsePartialDate('2018')).toEqual({
      text: '2018',
      precision: 'YEAR',
      earliest: '2018-01-01',
      latest: '2018-12-31',
    });
  });

  test('a month covers the whole month', () => {
    expect(parsePartialDate('2018-04')).toEqual({
      text: '2018-04',
      precision: 'MONTH',
      earliest: '2018-04-01',
      latest: '2018-04-30',
    });
    expect(parsePartialDate('2018-12')?.latest).toBe('2018-12-31');
  });

  test('a day is its own first and last day', () => {
    expect(parsePartialDate('2018-04-20')).toEqual({
      text: '2018-04-20',
      precision: 'DAY',
      earliest: '2018-04-20',
      latest: '2018-04-20',
    });
  });

  test.each([
    ['2020-02', '2020-02-29'],
    ['2019-02', '2019-02-28'],
    ['2000-02', '2000-02-29'],
    ['1900-02', '1900-02-28'],
    ['2100-02', '2100-02-28'],
  ])('February of leap and common years: %s ends on %s', (month, last) => {
    expect(parsePartialDate(month)?.latest).toBe(last);
  });

  test('29 February exists only in leap years', () => {
    expect(parsePartialDate('2020-02-29')?.precision).toBe('DAY');
    expect(parsePartialDate('2000-02-29')?.earliest).toBe('2000-02-29');
    expect(parsePartialDate('2019-02-29')).toBeNull();
    expect(parsePartialDate('1900-02-29')).toBeNull();
  });

  test.each([
    '2018-02-30',
    '2018-04-31',
    '2018-04-00',
    '2018-13',
    '2018-00',
    '2018-13-01',
    'April 2018',
    '20/04/2018',
    '2018-4-20',
    '18-04-20',
    ' 2018',
    '2018-04-20T00:00:00Z',
    '',
  ])('%j is not a calendar date', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });
});

describe('partialDateFromStored', () => {
  test('rebuilds each precision from its stored first day', () => {
    expect(partialDateFromStored('2018-01-01', 'YEAR')).toEqual({
      text: '2018',
      precision: 'YEAR',
      earliest: '2018-01-01',
      latest: '2018-12-31',
    });
    expect(partialDateFromStored('2020-02-01', 'MONTH')).toEqual({
      text: '2020-02',
      precision: 'MONTH',
      earliest: '2020-02-01',
      latest: '2020-02-29',
    });
    expect(partialDateFromStored('2018-04-20', 'DAY')).toEqual({
      text: '2018-04-20',
      precision: 'DAY',
      earliest: '2018-04-20',
      latest: '2018-04-20',
    });
  });

  test('round-trips what parsePartialDate stores', () => {
    for (const text of ['2018', '2018-04', '2018-04-20', '2020-02-29']) {
      const parsed = parsePartialDate(text);
      expect(partialDateFromStored(parsed?.earliest ?? null, parsed?.precision ?? null)).toEqual(
        parsed,
      );
    }
  });

  test('ignores a time part of the stored value', () => {
    expect(partialDateFromStored('2018-04-20T08:00:00Z', 'DAY')?.text).toBe('2018-04-20');
  });

  test('is null without a date or a precision', () => {
    expect(partialDateFromStored(null, 'DAY')).toBeNull();
    expect(partialDateFromStored('2018-04-20', null)).toBeNull();
    expect(partialDateFromStored('', 'YEAR')).toBeNull();
  });
});

describe('locateExcerpt', () => {
  const text = 'AHMU and BGI signed a memorandum. AHMU and BGI plan to establish a center.';

  test('finds the first occurrence by default, as [start, end)', () => {
    expect(locateExcerpt(text, 'AHMU and BGI')).toEqual({ start: 0, end: 12 });
    expect(locateExcerpt(text, 'memorandum')).toEqual({ start: 22, end: 32 });
    expect(text.slice(22, 32)).toBe('memorandum');
  });

  test('finds the n-th occurrence', () => {
    expect(locateExcerpt(text, 'AHMU and BGI', 2)).toEqual({ start: 34, end: 46 });
    expect(locateExcerpt(text, 'AHMU and BGI', 3)).toBeNull();
  });

  test('counts overlapping occurrences', () => {
    expect(locateExcerpt('aaaa', 'aa', 1)).toEqual({ start: 0, end: 2 });
    expect(locateExcerpt('aaaa', 'aa', 2)).toEqual({ start: 1, end: 3 });
    expect(locateExcerpt('aaaa', 'aa', 3)).toEqual({ start: 2, end: 4 });
    expect(locateExcerpt('aaaa', 'aa', 4)).toBeNull();
  });

  test('is exact: case, spacing and punctuation must match', () => {
    expect(locateExcerpt(text, 'ahmu and bgi')).toBeNull();
    expect(locateExcerpt(text, 'AHMU  and BGI')).toBeNull();
    expect(locateExcerpt(text, 'a memorandum,')).toBeNull();
    expect(locateExcerpt(text, 'a center. ')).toBeNull();
  });

  test('an occurrence below 1 is never found', () => {
    expect(locateExcerpt(text, 'AHMU', 0)).toBeNull();
    expect(locateExcerpt(text, 'AHMU', -1)).toBeNull();
  });

  test('counts offsets in UTF-16 code units', () => {
    const quoted = 'the principle of “co-construction and co-ownership”.';
    expect(locateExcerpt(quoted, '“co-construction and co-ownership”')).toEqual({
      start: 17,
      end: 51,
    });
    const withEmoji = '🧬 BGI';
    expect(locateExcerpt(withEmoji, 'BGI')).toEqual({ start: 3, end: 6 });
    expect(withEmoji.slice(3, 6)).toBe('BGI');
  });
});

describe('encodeNames', () => {
  test('an organization with an acronym', () => {
    expect(encodeNames('Anhui Medical University', [], 'AHMU')).toEqual({
      entries: ['ACRONYM||AHMU'],
      values: ['AHMU'],
      matchKeys: ['anhui medical university', 'ahmu'],
    });
  });

  test('aliases of every form, with kind and language', () => {
    expect(
      encodeNames('National Gene Bank', [
        'China National GeneBank',
        { value: 'CNGB', kind: 'ACRONYM' },
        { value: '国家基因库', kind: 'ALIAS', language: 'zh' },
        { value: 'Shenzhen National Gene Bank', kind: 'FORMER' },
      ]),
    ).toEqual({
      entries: [
        'ALIAS||China National GeneBank',
        'ACRONYM||CNGB',
        'ALIAS|zh|国家基因库',
        'FORMER||Shenzhen National Gene Bank',
      ],
      values: ['China National GeneBank', 'CNGB', '国家基因库', 'Shenzhen National Gene Bank'],
      matchKeys: [
        'national gene bank',
        'china national genebank',
        'cngb',
        '国家基因库',
        'shenzhen national gene bank',
      ],
    });
  });

  test('spellings that normalise alike share one match key', () => {
    expect(encodeNames('Li Jun', ['Prof. Li', 'Prof. Li jun', 'LI JUN'])).toEqual({
      entries: ['ALIAS||Prof. Li', 'ALIAS||Prof. Li jun', 'ALIAS||LI JUN'],
      values: ['Prof. Li', 'Prof. Li jun', 'LI JUN'],
      matchKeys: ['li jun', 'li'],
    });
  });

  test('a value repeated with another kind keeps both entries and one value', () => {
    expect(encodeNames('BGI', ['BGI', { value: 'BGI', kind: 'ACRONYM' }], 'BGI')).toEqual({
      entries: ['ACRONYM||BGI', 'ALIAS||BGI'],
      values: ['BGI'],
      matchKeys: ['bgi'],
    });
  });

  test('names with no letters give no match key', () => {
    expect(encodeNames('—', ['...'])).toEqual({
      entries: ['ALIAS||...'],
      values: ['...'],
      matchKeys: [],
    });
  });
});

describe('formatPath', () => {
  test.each([
    [['people', 3, 'evidence', 0], 'people[3].evidence[0]'],
    [['people', 3, 'positions', 0, 'organization'], 'people[3].positions[0].organization'],
    [['source', 'date'], 'source.date'],
    [['events', 0, 'participants', 12, 'onBehalfOf'], 'events[0].participants[12].onBehalfOf'],
    [['$schema'], '$schema'],
    [[0, 'id'], '[0].id'],
    [[], '(document)'],
  ])('%j -> %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });

  test('symbols print as their description', () => {
    expect(formatPath(['people', Symbol('key')])).toBe('people.Symbol(key)');
  });
});

describe('toLuceneQuery', () => {
  test('short words match exactly, three letters as a prefix too, longer ones also fuzzily', () => {
    expect(toLuceneQuery('li jun')).toBe('li AND (jun^3 OR jun*)');
    expect(toLuceneQuery('AHMU')).toBe('(ahmu^3 OR ahmu* OR ahmu~1)');
    expect(toLuceneQuery('Anhui Medical Univ')).toBe(
      '(anhui^3 OR anhui* OR anhui~1) AND (medical^3 OR medical* OR medical~1) AND (univ^3 OR univ* OR univ~1)',
    );
  });

  test('honorifics, case and punctuation do not matter', () => {
    expect(toLuceneQuery('Prof. Li Jun')).toBe(toLuceneQuery('li jun'));
    expect(toLuceneQuery('  LI,   JUN!  ')).toBe('li AND (jun^3 OR jun*)');
    expect(toLuceneQuery('co-construction')).toBe(
      'co AND (construction^3 OR construction* OR construction~1)',
    );
  });

  test('Lucene operators typed by a user become plain words', () => {
    expect(toLuceneQuery('name:"BGI" OR (AHMU)')).toBe(
      '(name^3 OR name* OR name~1) AND (bgi^3 OR bgi*) AND or AND (ahmu^3 OR ahmu* OR ahmu~1)',
    );
    expect(toLuceneQuery('AND')).toBe('(and^3 OR and*)');
    expect(toLuceneQuery('a+b-c&&d||e!f(g)')).toBe('a AND b AND c AND d AND e AND f AND g');
    expect(toLuceneQuery('x^2 y~1 z* w? v\\u/t[s]{r}')).toBe(
      'x AND 2 AND y AND 1 AND z AND w AND v AND u AND t AND s AND r',
    );
  });

  test('at most twelve words are searched', () => {
    expect(toLuceneQuery('a b c d e f g h i j k l m n o')).toBe(
      'a AND b AND c AND d AND e AND f AND g AND h AND i AND j AND k AND l',
    );
  });

  test('non-Latin text and digits are searchable', () => {
    expect(toLuceneQuery('安徽医科大学')).toBe(
      '(安徽医科大学^3 OR 安徽医科大学* OR 安徽医科大学~1)',
    );
    expect(toLuceneQuery('2018')).toBe('(2018^3 OR 2018* OR 2018~1)');
  });

  test('nothing searchable is null', () => {
    expect(toLuceneQuery('')).toBeNull();
    expect(toLuceneQuery('   ')).toBeNull();
    expect(toLuceneQuery('!!! *** ???')).toBeNull();
  });

  test('an honorific alone is still searched', () => {
    expect(toLuceneQuery('Prof.')).toBe('(prof^3 OR prof* OR prof~1)');
  });
});
