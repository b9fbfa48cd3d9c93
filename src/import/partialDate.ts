import type { DatePrecision, PartialDateModel } from '../models';

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a date with its precision and the first and
 * last day it covers; null when the text is not a real calendar date.
 */
export function parsePartialDate(text: string): PartialDateModel | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  const precision: DatePrecision = day !== null ? 'DAY' : month !== null ? 'MONTH' : 'YEAR';
  const firstMonth = month ?? 1;
  const lastMonth = month ?? 12;
  return {
    text,
    precision,
    earliest: isoDate(year, firstMonth, day ?? 1),
    latest: isoDate(year, lastMonth, day ?? daysInMonth(year, lastMonth)),
  };
}

/** Rebuilds the partial date stored as its first day plus a precision. */
export function partialDateFromStored(
  earliest: string | null,
  precision: string | null,
): PartialDateModel | null {
  if (!earliest || !precision) return null;
  const text =
    precision === 'YEAR'
      ? earliest.slice(0, 4)
      : precision === 'MONTH'
        ? earliest.slice(0, 7)
        : earliest.slice(0, 10);
  return parsePartialDate(text);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
