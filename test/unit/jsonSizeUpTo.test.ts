import fc from 'fast-check';

import { jsonSizeBoundUpTo, jsonSizeUpTo } from '../../src/limits/responseSizePlugin';

// Printable text only: the count leaves out the escapes of control characters (documented).
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'grapheme' }).filter((s) => !/["\\\p{Cc}]/u.test(s)),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.string({ unit: 'grapheme-ascii' }).filter((s) => !/["\\\p{Cc}]/u.test(s)),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

it('never counts less than the JSON the answer serialises to', () => {
  fc.assert(
    fc.property(json, (value) => {
      const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
      expect(jsonSizeUpTo(value, Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(bytes);
    }),
    { numRuns: 300 },
  );
});

it('counts UTF-8 bytes, not characters', () => {
  expect(jsonSizeUpTo('合作', 1_000)).toBe(6 + 3);
  expect(jsonSizeUpTo({ text: '合作' }, 1_000)).toBe(3 + 4 + 4 + 6 + 3);
});

it('counts the separator after a container (found by fast-check, seed 1311822361)', () => {
  const value = [[], {}];
  expect(jsonSizeUpTo(value, 1_000)).toBeGreaterThanOrEqual(JSON.stringify(value).length);
});

it('stops soon after the budget is passed', () => {
  const answer = { data: { items: Array.from({ length: 100_000 }, (_, i) => ({ i: [i] })) } };
  const size = jsonSizeUpTo(answer, 1_000);
  expect(size).toBeGreaterThan(1_000);
  expect(size).toBeLessThan(1_000_000);
});

it('bounds the exact count from above, so an answer it lets through is within the budget', () => {
  fc.assert(
    fc.property(json, fc.integer({ min: 0, max: 2_000 }), (value, stop) => {
      const exact = jsonSizeUpTo(value, Number.POSITIVE_INFINITY);
      expect(jsonSizeBoundUpTo(value, Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(exact);
      if (jsonSizeBoundUpTo(value, stop) <= stop) expect(exact).toBeLessThanOrEqual(stop);
    }),
    { numRuns: 300 },
  );
});
