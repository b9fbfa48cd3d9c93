const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const TO = '\\s*(?:-|–|—|to|until|till)\\s*';

/** EDTF level 1 seasons: spring 21, summer 22, autumn 23, winter 24. */
const SEASONS: Record<string, number> = {
  spring: 21,
  summer: 22,
  autumn: 23,
  fall: 23,
  winter: 24,
};

/** A date the article states: the day, month, range or approximate date, and where it is written. */
export interface StatedDate {
  /**
   * As EDTF level 1: `2018-04-20`; `2019-09-22/2019-09-24` for a range ("From September 22 to
   * 24, 2019"); `2019-05~` for "around May 2019"; `2023-23` for "in the autumn of 2023";
   * `2011-01~` for "at the beginning of 2011".
   */
  date: string;
  /** The date an article so dated carries: the last day of a range, else `date` itself. */
  lastDay: string;
  start: number;
  end: number;
  /** Set when the EDTF form is a reading the curator should confirm ("early 2011" as about January). */
  check?: string;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthNumber(word: string): number {
  const lower = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

function isDay(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

const day = (y: number, mo: number, d: number) => `${y}-${pad(mo)}-${pad(d)}`;

/** What a pattern reads: the EDTF date and the date an article so dated carries. */
type Reading = { date: string; lastDay?: string; check?: string } | null;

/** A range of two days, or null when one is not a calendar day or it ends before it starts. */
function range(y: number, mo: number, d: number, mo2: number, d2: number, y2 = y): Reading {
  if (!isDay(y, mo, d) || !isDay(y2, mo2, d2)) return null;
  const from = day(y, mo, d);
  const to = day(y2, mo2, d2);
  if (to < from) return null;
  return from === to ? { date: from } : { date: `${from}/${to}`, lastDay: to };
}

/**
 * The dates an article states, in order, as EDTF: days ("April 20, 2018", "20 April 2018",
 * "2018-04-20"), ranges ("From 19 to 23 June 2018", "September 22-24, 2019", "from 30 June to 2
 * July 2018"), months ("in May 2019"), approximate months and years ("around May 2019", "circa
 * 2019"), seasons ("in the autumn of 2023"), parts of a year ("early 2011", "at the beginning
 * of the new year", the year taken from `year` when the text does not give one), and days
 * without a year ("On September 23") in the year of the last full date.
 */
export function statedDates(text: string, year?: number): StatedDate[] {
  const found: StatedDate[] = [];
  const patterns: [RegExp, (m: RegExpExecArray) => Reading][] = [
    [
      // from 30 June to 2 July 2018
      new RegExp(`\\b${DAY}\\s+${MONTH}${TO}${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'gi'),
      (m) => {
        const y = Number(m[5]);
        return range(
          y,
          monthNumber(m[2] ?? ''),
          Number(m[1]),
          monthNumber(m[4] ?? ''),
          Number(m[3]),
        );
      },
    ],
    [
      // June 30 to July 2, 2018
      new RegExp(`\\b${MONTH}\\s+${DAY}${TO}${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'gi'),
      (m) => {
        const y = Number(m[5]);
        return range(
          y,
          monthNumber(m[1] ?? ''),
          Number(m[2]),
          monthNumber(m[3] ?? ''),
          Number(m[4]),
        );
      },
    ],
    [
      // From 19 to 23 June 2018
      new RegExp(`\\b${DAY}${TO}${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'gi'),
      (m) => {
        const mo = monthNumber(m[3] ?? '');
        return range(Number(m[4]), mo, Number(m[1]), mo, Number(m[2]));
      },
    ],
    [
      // September 22 to 24, 2019
      new RegExp(`\\b${MONTH}\\s+${DAY}${TO}${DAY},?\\s+${YEAR}`, 'gi'),
      (m) => {
        const mo = monthNumber(m[1] ?? '');
        return range(Number(m[4]), mo, Number(m[2]), mo, Number(m[3]));
      },
    ],
    [
      new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'gi'),
      (m) => {
        const [y, mo, d] = [Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])];
        return isDay(y, mo, d) ? { date: day(y, mo, d) } : null;
      },
    ],
    [
      new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'gi'),
      (m) => {
        const [y, mo, d] = [Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])];
        return isDay(y, mo, d) ? { date: day(y, mo, d) } : null;
      },
    ],
    [
      /\b(\d{4})-(\d{2})-(\d{2})\b/g,
      (m) => {
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        return isDay(y, mo, d) ? { date: day(y, mo, d) } : null;
      },
    ],
    [
      // around May 2019 (approximate); in (early, late) May 2019 (that month)
      new RegExp(
        `\\b(?:(?:(around|about|circa|approximately|roughly|c\\.)|in|during|since|early|late|mid-|(?:at|by) the (?:beginning|start|end) of)\\s*)?(?:(?:early|late|mid-)\\s*)?${MONTH},?\\s+${YEAR}`,
        'gi',
      ),
      (m) => {
        const mo = monthNumber(m[2] ?? '');
        return mo < 1 ? null : { date: `${m[3]}-${pad(mo)}${m[1] ? '~' : ''}` };
      },
    ],
    [
      // in the autumn of 2023, spring 2019
      new RegExp(
        `\\b(?:in\\s+)?(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}`,
        'gi',
      ),
      (m) => ({ date: `${m[2]}-${SEASONS[(m[1] ?? '').toLowerCase()] ?? 21}` }),
    ],
    [
      // early 2011, at the beginning of 2011, late 2011, mid-2011
      new RegExp(
        `\\b(?:(?:in|at|by|towards?)\\s+)?(?:the\\s+)?(early|beginning of|start of|late|end of|mid-|middle of)\\s*${YEAR}\\b`,
        'gi',
      ),
      (m) => partOfYear(m[1] ?? '', Number(m[2]), m[0]),
    ],
    [
      // around 2019, circa 2019
      new RegExp(`\\b(?:around|about|circa|approximately|c\\.)\\s+${YEAR}\\b`, 'gi'),
      (m) => ({ date: `${m[1]}~` }),
    ],
  ];
  if (year !== undefined) {
    // "at the beginning of the new year", "early this year": the year comes from outside the text.
    patterns.push([
      /\b(?:(?:in|at|by|towards?)\s+)?(?:the\s+)?(early|beginning of|start of|late|end of|middle of)\s+(?:the\s+(?:new\s+)?|this\s+)year\b/gi,
      (m) => partOfYear(m[1] ?? '', year, m[0]),
    ]);
  }
  for (const [pattern, read] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const reading = read(match);
      if (!reading) continue;
      found.push({
        date: reading.date,
        lastDay: reading.lastDay ?? reading.date,
        start,
        end,
        ...(reading.check ? { check: reading.check } : {}),
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // "On September 23," after a full date: that day of the same year.
  const withoutYear = new RegExp(
    `\\b(?:on|by|since)\\s+${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`,
    'gi',
  );
  for (const match of text.matchAll(withoutYear)) {
    const start = match.index ?? 0;
    if (found.some((f) => f.start <= start + match[0].length && start < f.end)) continue;
    const before = found.filter((f) => f.start < start).pop();
    if (!before) continue;
    const y = Number(before.date.slice(0, 4));
    const mo = monthNumber(match[1] ?? '');
    const d = Number(match[2]);
    if (!isDay(y, mo, d)) continue;
    const date = day(y, mo, d);
    found.push({ date, lastDay: date, start, end: start + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A part of a year, which EDTF level 1 cannot say: the month it most likely means, as an
 * approximate month, with a check ("early 2011" -> 2011-01~).
 */
function partOfYear(part: string, y: number, written: string): Reading {
  const lower = part.toLowerCase();
  const month = /early|beginning|start/.test(lower) ? 1 : /late|end/.test(lower) ? 12 : 6;
  return {
    date: `${y}-${pad(month)}~`,
    check: `"${written.trim()}" is drafted as about ${capitalised(MONTHS[month - 1] ?? '')} ${y} (${y}-${pad(month)}~): give the month or season the article means`,
  };
}

/** The first of the article's dates stated within a sentence. */
export function dateIn(
  dates: StatedDate[],
  sentence: { start: number; end: number },
): StatedDate | undefined {
  return dates.find((d) => d.start >= sentence.start && d.end <= sentence.end);
}

/**
 * The date for an id made from an EDTF date: its start without qualifiers, a range within one
 * month as that month (`2019-09-22/2019-09-24` -> `2019-09`), a season as its year.
 */
export function idDate(edtf: string | null | undefined): string {
  if (!edtf) return '';
  const [from = '', to = ''] = edtf.replace(/[~?%]/g, '').split('/');
  if (/^\d{4}-2[1-4]$/.test(from)) return from.slice(0, 4);
  if (to !== '' && from.slice(0, 7) === to.slice(0, 7)) return from.slice(0, 7);
  return from;
}

/**
 * The date a file name carries, as curators name articles (`ahmu-bgi-2018-04-20.txt`,
 * `bgi-delegation-visits-ahmu-2018-06.txt`, `ahmu-new-year-meeting-2011.txt`): the last
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of it, when it is a calendar date.
 */
export function dateFromFileName(path: string): string | undefined {
  const name = path.split(/[\\/]/).pop() ?? '';
  const found = [
    ...name.matchAll(/(?<!\d)((?:19|20)\d{2})(?:-(\d{2}))?(?:-(\d{2}))?(?!\d)/g),
  ].pop();
  if (!found?.[1]) return undefined;
  const [, y, month, d] = found;
  if (month && (Number(month) < 1 || Number(month) > 12)) return y;
  if (d && month)
    return isDay(Number(y), Number(month), Number(d)) ? `${y}-${month}-${d}` : `${y}-${month}`;
  return month ? `${y}-${month}` : y;
}
