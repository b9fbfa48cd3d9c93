/**
 * "As of" a date: which facts bounded in time hold on it. Dates are partial (a year, a month or
 * a day), so a bound is compared at its own precision: a position that ended in 2018 still holds
 * on 2018-12-31. An unknown start or end does not bound.
 */

/** A partial date as the models carry it: the first and last day it covers. */
export interface DateBounds {
  earliest: string;
  latest: string;
}

/** True when a period is not bounded away from `asOf` (an ISO date) by its start or end. */
export function validOn(
  period: { start: DateBounds | null; end: DateBounds | null },
  asOf: string,
): boolean {
  return (
    (period.start === null || period.start.earliest <= asOf) &&
    (period.end === null || period.end.latest >= asOf)
  );
}

/** True when something dated `date` can have happened by `asOf` (undated things can). */
export function happenedBy(date: DateBounds | null, asOf: string): boolean {
  return date === null || date.earliest <= asOf;
}
