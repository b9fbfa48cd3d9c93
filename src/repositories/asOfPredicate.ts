import { Label } from '../db/labelsAndTypes';

/**
 * The end of a period stored as its first day and precision (`endDate`, `endPrecision`) is on or
 * after `asOf` at its own precision: an end in 2018 still holds on 2018-12-31 (as `validOn`).
 */
function endsOnOrAfter(v: string, field: string, asOf: string): string {
  return `${v}.${field}Date >= CASE ${v}.${field}Precision
      WHEN 'YEAR' THEN date.truncate('year', ${asOf})
      WHEN 'MONTH' THEN date.truncate('month', ${asOf})
      ELSE ${asOf} END`;
}

/** A program or position `v` was running on `asOf`: not started after it, not ended before it. */
export function runningOn(v: string, asOf: string): string {
  return `((${v}.startDate IS NULL OR ${v}.startDate <= ${asOf}) AND (${v}.endDate IS NULL OR ${endsOnOrAfter(v, 'end', asOf)}))`;
}

/**
 * Any node `v` holds on `asOf` (a Cypher date): positions and programs running then, events and
 * statements not dated after it; undated facts and entities without time hold. The Cypher twin
 * of `domain/asOf.ts`.
 */
export function holdsOn(v: string, asOf: string): string {
  return `CASE
      WHEN ${v}:${Label.Position} OR ${v}:${Label.Program} THEN ${runningOn(v, asOf)}
      WHEN ${v}:${Label.Event} OR ${v}:${Label.Statement} THEN ${v}.dateDate IS NULL OR ${v}.dateDate <= ${asOf}
      ELSE true END`;
}
