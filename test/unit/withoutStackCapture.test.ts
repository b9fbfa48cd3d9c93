import { withoutStackCapture } from '../../src/db/transaction';

it('creates errors without a captured stack while it runs, and restores the limit', () => {
  const before = Error.stackTraceLimit;
  const stack = withoutStackCapture(() => new Error('inside').stack ?? '');
  expect(stack).toBe('Error: inside');
  expect(Error.stackTraceLimit).toBe(before);
  expect(new Error('after').stack).toMatch(/\n\s+at /);
});

it('restores the limit when the call throws', () => {
  const before = Error.stackTraceLimit;
  expect(() =>
    withoutStackCapture(() => {
      throw new Error('refused');
    }),
  ).toThrow('refused');
  expect(Error.stackTraceLimit).toBe(before);
});
