export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** A date as precise as its source states it. */
export interface PartialDateModel {
  text: string;
  precision: DatePrecision;
  earliest: string;
  latest: string;
}

/*
 * Dates as precise as the sources state them, after the Extended Date/Time Format (EDTF,
 * ISO 8601-2) level 1: `2018`, `2018-04`, `2018-04-20` (level 0), and
 *   - qualifiers for the whole date: `2011?` (uncertain), `2011-01~` (approximate), `2011%` (both);
 *   - unspecified digits: `201X` (the 2010s), `20XX`, `2004-XX` (some month), `1985-04-XX`;
 *   - seasons: `2011-21` (spring) .. `2011-24` (winter, into the next year);
 *   - intervals: `2018-06-19/2018-06-23`, with qualified ends (`2011~/2013`), an open end
 *     (`2015/..`, `../2015`) or an unknown one (`2015/`, `/2015`).
 * A stored date keeps its first day (for indexes and sorting), its precision and this text.
 */

/** The shape of a date the format accepts (calendar validity is checked by `parseDate`). */
const SINGLE = String.raw`(?:\d{4}|\d{3}X|\d{2}XX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?[?~%]?`;
export const EDTF_PATTERN = new RegExp(
  `^(?:${SINGLE}|${SINGLE}/(?:${SINGLE}|\\.\\.)?|(?:\\.\\.)?/${SINGLE})$`,
);

/** An interval end that is open (`..`) or unknown (empty) reaches this far. */
const UNBOUNDED_EARLIEST = '0000-01-01';
const UNBOUNDED_LATEST = '9999-12-31';

/** First and last month of each EDTF season (21 spring .. 24 winter, northern hemisphere). */
const SEASONS: Record<number, [number, number]> = {
  21: [3, 5],
  22: [6, 8],
  23: [9, 11],
  24: [12, 2],
};

/** What a date text says, in full: the partial-date summary plus its EDTF qualities. */
export interface DateDetails extends PartialDateModel {
  /** `~` or `%`: the source says "about", "circa". */
  approximate: boolean;
  /** `?` or `%`: the source is not sure. */
  uncertain: boolean;
  /** Some digits are `X`. */
  unspecified: boolean;
  /** A range of two dates. */
  interval: boolean;
  /** The ends of an interval; null for an open or unknown end, or when not an interval. */
  from: DateDetails | null;
  to: DateDetails | null;
}

/** A date text that cannot be a date, and why. */
export interface DateError {
  error: string;
}

const PRECISION_RANK: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/**
 * Parses a date text (see the grammar above) into its summary and qualities, or says why it is
 * not a date: `"2018-02-30" is not a calendar date`, `ends before it starts`.
 */
export function checkDate(text: string): DateDetails | DateError {
  if (!EDTF_PATTERN.test(text)) return { error: `"${text}" is not a date` };
  const slash = text.indexOf('/');
  if (slash < 0) {
    return parseSingle(text) ?? { error: `"${text}" is not a calendar date` };
  }
  const [left = '', right = ''] = [text.slice(0, slash), text.slice(slash + 1)];
  const from = left === '' || left === '..' ? null : parseSingle(left);
  const to = right === '' || right === '..' ? null : parseSingle(right);
  if ((left !== '' && left !== '..' && !from) || (right !== '' && right !== '..' && !to)) {
    return { error: `"${text}" is not a calendar date` };
  }
  if (!from && !to) return { error: `"${text}" is not a date` };
  if (from && to && to.latest < from.earliest) {
    return { error: `"${text}" ends before it starts` };
  }
  const known = [from, to].filter((end): end is DateDetails => end !== null);
  const precision = known
    .map((end) => end.precision)
    .reduce((a, b) => (PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b));
  return {
    text,
    precision,
    earliest: from?.earliest ?? UNBOUNDED_EARLIEST,
    latest: to?.latest ?? UNBOUNDED_LATEST,
    approximate: known.some((end) => end.approximate),
    uncertain: known.some((end) => end.uncertain),
    unspecified: known.some((end) => end.unspecified),
    interval: true,
    from,
    to,
  };
}

/** The details of a date text; null when it is not a date. */
export function parseDate(text: string): DateDetails | null {
  const checked = checkDate(text);
  return 'error' in checked ? null : checked;
}

/**
 * Parses a date text into a date with its precision and the first and last day it covers;
 * null when the text is not a real calendar date (or range).
 */
export function parsePartialDate(text: string): PartialDateModel | null {
  const details = parseDate(text);
  if (!details) return null;
  return {
    text: details.text,
    precision: details.precision,
    earliest: details.earliest,
    latest: details.latest,
  };
}

/**
 * Rebuilds a stored date: from its text where one was stored (`<field>Edtf`), otherwise from
 * its first day and precision (dates stored before the text was kept).
 */
export function partialDateFromStored(
  earliest: string | null,
  precision: string | null,
  edtf: string | null = null,
): PartialDateModel | null {
  if (edtf) {
    const parsed = parsePartialDate(edtf);
    if (parsed) return parsed;
  }
  if (!earliest || !precision) return null;
  const text =
    precision === 'YEAR'
      ? earliest.slice(0, 4)
      : precision === 'MONTH'
        ? earliest.slice(0, 7)
        : earliest.slice(0, 10);
  return parsePartialDate(text);
}

function parseSingle(raw: string): DateDetails | null {
  const qualifier = /[?~%]$/.exec(raw)?.[0] ?? '';
  const body = qualifier ? raw.slice(0, -1) : raw;
  const [yearText = '', monthText, dayText] = body.split('-');
  const unspecifiedYear = yearText.includes('X');
  const firstYear = Number(yearText.replace(/X/g, '0'));
  const lastYear = Number(yearText.replace(/X/g, '9'));
  // Level 1 leaves digits of a year unspecified only when nothing finer is given.
  if (unspecifiedYear && monthText !== undefined) return null;
  let precision: DatePrecision = 'YEAR';
  let earliest = isoDate(firstYear, 1, 1);
  let latest = isoDate(lastYear, 12, 31);
  let unspecified = unspecifiedYear;
  if (monthText !== undefined && monthText !== 'XX') {
    const month = Number(monthText);
    const season = SEASONS[month];
    if (season) {
      if (dayText !== undefined) return null;
      const [first, last] = season;
      const lastYearOfSeason = last < first ? firstYear + 1 : firstYear;
      precision = 'MONTH';
      earliest = isoDate(firstYear, first, 1);
      latest = isoDate(lastYearOfSeason, last, daysInMonth(lastYearOfSeason, last));
    } else {
      if (month < 1 || month > 12) return null;
      precision = 'MONTH';
      earliest = isoDate(firstYear, month, 1);
      latest = isoDate(firstYear, month, daysInMonth(firstYear, month));
      if (dayText === 'XX') {
        unspecified = true;
      } else if (dayText !== undefined) {
        const day = Number(dayText);
        if (day < 1 || day > daysInMonth(firstYear, month)) return null;
        precision = 'DAY';
        earliest = isoDate(firstYear, month, day);
        latest = earliest;
      }
    }
  } else if (monthText === 'XX') {
    // Some month (and day) of the year: as wide as the year.
    if (dayText !== undefined && dayText !== 'XX') return null;
    unspecified = true;
  }
  return {
    text: raw,
    precision,
    earliest,
    latest,
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
    unspecified,
    interval: false,
    from: null,
    to: null,
  };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
