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

/** A date the article states: the day (or month) and where it is written. */
export interface StatedDate {
  /** `YYYY-MM-DD`, or `YYYY-MM` for a range of days ("From September 22 to 24, 2019"). */
  date: string;
  /** The last day of a range, else the day itself. */
  lastDay: string;
  start: number;
  end: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthNumber(word: string): number {
  const lower = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

/**
 * The dates an article states, in order: "April 20, 2018", "20 April 2018", "2018-04-20",
 * "From September 22 to 24, 2019" (a month), and days without a year ("On September 23") in
 * the year of the last full date.
 */
export function statedDates(text: string): StatedDate[] {
  const found: StatedDate[] = [];
  const patterns: [
    RegExp,
    (m: RegExpExecArray) => { y: number; mo: number; d: number; d2?: number } | null,
  ][] = [
    [
      new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\s*(?:-|–|to)\\s*(\\d{1,2}),?\\s+(\\d{4})`, 'gi'),
      (m) => ({ y: Number(m[4]), mo: monthNumber(m[1] ?? ''), d: Number(m[2]), d2: Number(m[3]) }),
    ],
    [
      new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'gi'),
      (m) => ({ y: Number(m[3]), mo: monthNumber(m[1] ?? ''), d: Number(m[2]) }),
    ],
    [
      new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})`, 'gi'),
      (m) => ({ y: Number(m[3]), mo: monthNumber(m[2] ?? ''), d: Number(m[1]) }),
    ],
    [
      /\b(\d{4})-(\d{2})-(\d{2})\b/g,
      (m) => ({ y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]) }),
    ],
  ];
  for (const [pattern, read] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (found.some((f) => f.start <= start && start < f.end)) continue;
      const parts = read(match);
      if (!parts || parts.mo < 1 || parts.d < 1 || parts.d > 31) continue;
      const day = `${parts.y}-${pad(parts.mo)}-${pad(parts.d)}`;
      const lastDay = parts.d2 ? `${parts.y}-${pad(parts.mo)}-${pad(parts.d2)}` : day;
      found.push({
        date: parts.d2 ? `${parts.y}-${pad(parts.mo)}` : day,
        lastDay,
        start,
        end: start + match[0].length,
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
    const mo = monthNumber(match[1] ?? '');
    const day = `${before.date.slice(0, 4)}-${pad(mo)}-${pad(Number(match[2]))}`;
    found.push({ date: day, lastDay: day, start, end: start + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
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
  const [, year, month, day] = found;
  if (month && (Number(month) < 1 || Number(month) > 12)) return year;
  if (day && month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last) return `${year}-${month}`;
    return `${year}-${month}-${day}`;
  }
  return month ? `${year}-${month}` : year;
}
