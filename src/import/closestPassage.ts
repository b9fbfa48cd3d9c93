/**
 * For an excerpt that is not verbatim in its source: the passage of the text it was most likely
 * copied from, and how the two differ, so a curator sees "a curly apostrophe" or "a capital L"
 * instead of hunting for it.
 */

/** The closest passage: where it is, its text and the differences, in words. */
export interface ClosestPassage {
  start: number;
  end: number;
  passage: string;
  differences: string[];
}

/** Cost budget of the approximate search (quote length x text length). */
const MAX_CELLS = 20_000_000;
/** Differences described at most. */
const MAX_DIFFERENCES = 3;

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

/** A text folded for comparison, with the offset in the original of each folded character. */
function fold(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (/\s/.test(char)) {
      if (!lastWasSpace) {
        folded += ' ';
        offsets.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    const mapped = FOLD[char] ?? char.toLowerCase();
    // Keep one folded character per original one, so offsets map back exactly.
    folded += mapped.length === 1 ? mapped : char;
    offsets.push(i);
  }
  return { folded, offsets };
}

/**
 * The passage of `text` closest to `quote`, or null when nothing is close (more than a third
 * of the quote would have to change) or the text is too long to search.
 */
export function closestPassage(text: string, quote: string): ClosestPassage | null {
  if (quote.length === 0 || text.length === 0) return null;
  const foldedText = fold(text);
  const foldedQuote = fold(quote).folded.trim();
  const at = foldedQuote.length > 0 ? foldedText.folded.indexOf(foldedQuote) : -1;
  let start: number;
  let end: number;
  if (at >= 0) {
    start = foldedText.offsets[at] ?? 0;
    const lastFolded = at + foldedQuote.length - 1;
    end = (foldedText.offsets[lastFolded] ?? start) + 1;
  } else {
    const found = approximateMatch(text, quote);
    if (!found) return null;
    ({ start, end } = found);
  }
  const passage = text.slice(start, end);
  return { start, end, passage, differences: describeDifferences(quote, passage) };
}

/** Sellers' algorithm: the substring of `text` with the fewest edits from `quote`. */
function approximateMatch(text: string, quote: string): { start: number; end: number } | null {
  const m = quote.length;
  const windows = candidateWindows(text, quote);
  let best: { start: number; end: number; cost: number } | null = null;
  for (const [from, to] of windows) {
    const found = sellers(text, quote, from, to);
    if (found && (!best || found.cost < best.cost)) best = found;
  }
  if (!best || best.cost > Math.max(2, Math.floor(m / 3))) return null;
  return { start: best.start, end: best.end };
}

/** Stretches of the text worth searching: around exact 8-character chunks of the quote. */
function candidateWindows(text: string, quote: string): [number, number][] {
  const m = quote.length;
  if (text.length * m <= MAX_CELLS / 4) return [[0, text.length]];
  const spans: [number, number][] = [];
  const chunk = 8;
  for (let offset = 0; offset + chunk <= m && spans.length < 50; offset += chunk) {
    const piece = quote.slice(offset, offset + chunk);
    let from = text.indexOf(piece);
    while (from >= 0 && spans.length < 50) {
      spans.push([Math.max(0, from - offset - m), Math.min(text.length, from - offset + 2 * m)]);
      from = text.indexOf(piece, from + 1);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  let cells = 0;
  return merged.filter(([from, to]) => {
    cells += (to - from) * m;
    return cells <= MAX_CELLS;
  });
}

function sellers(
  text: string,
  quote: string,
  from: number,
  to: number,
): { start: number; end: number; cost: number } | null {
  const m = quote.length;
  const n = to - from;
  if (n <= 0) return null;
  // cost[j] / origin[j]: the best alignment of the quote so far ending at text position j.
  let cost = new Array<number>(n + 1).fill(0);
  let origin = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i += 1) {
    const nextCost = new Array<number>(n + 1);
    const nextOrigin = new Array<number>(n + 1);
    nextCost[0] = i;
    nextOrigin[0] = 0;
    const q = quote.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const substitute = (cost[j - 1] ?? 0) + (text.charCodeAt(from + j - 1) === q ? 0 : 1);
      const skipQuote = (cost[j] ?? 0) + 1;
      const skipText = (nextCost[j - 1] ?? 0) + 1;
      if (substitute <= skipQuote && substitute <= skipText) {
        nextCost[j] = substitute;
        nextOrigin[j] = origin[j - 1] ?? 0;
      } else if (skipQuote <= skipText) {
        nextCost[j] = skipQuote;
        nextOrigin[j] = origin[j] ?? 0;
      } else {
        nextCost[j] = skipText;
        nextOrigin[j] = nextOrigin[j - 1] ?? 0;
      }
    }
    cost = nextCost;
    origin = nextOrigin;
  }
  let bestEnd = 1;
  for (let j = 1; j <= n; j += 1) if ((cost[j] ?? 0) < (cost[bestEnd] ?? 0)) bestEnd = j;
  return { start: from + (origin[bestEnd] ?? 0), end: from + bestEnd, cost: cost[bestEnd] ?? m };
}

/** An edit between the excerpt and the passage: what the excerpt has, what the text has. */
interface Difference {
  excerpt: string;
  text: string;
}

/** The differing stretches of two short strings, from an edit-distance alignment. */
function differencesOf(excerpt: string, passage: string): Difference[] {
  const m = excerpt.length;
  const n = passage.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= m; i += 1) {
    const row = d[i] ?? [];
    const above = d[i - 1] ?? [];
    for (let j = 1; j <= n; j += 1) {
      const same = excerpt.charAt(i - 1) === passage.charAt(j - 1) ? 0 : 1;
      row[j] = Math.min((above[j - 1] ?? 0) + same, (above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1);
    }
  }
  const out: Difference[] = [];
  let current: Difference | null = null;
  let i = m;
  let j = n;
  const flush = () => {
    if (current) out.unshift(current);
    current = null;
  };
  while (i > 0 || j > 0) {
    const here = d[i]?.[j] ?? 0;
    const same = i > 0 && j > 0 && excerpt.charAt(i - 1) === passage.charAt(j - 1);
    if (same && (d[i - 1]?.[j - 1] ?? 0) === here) {
      flush();
      i -= 1;
      j -= 1;
      continue;
    }
    current ??= { excerpt: '', text: '' };
    if (i > 0 && j > 0 && (d[i - 1]?.[j - 1] ?? 0) + 1 === here) {
      current.excerpt = excerpt.charAt(i - 1) + current.excerpt;
      current.text = passage.charAt(j - 1) + current.text;
      i -= 1;
      j -= 1;
    } else if (i > 0 && (d[i - 1]?.[j] ?? 0) + 1 === here) {
      current.excerpt = excerpt.charAt(i - 1) + current.excerpt;
      i -= 1;
    } else {
      current.text = passage.charAt(j - 1) + current.text;
      j -= 1;
    }
  }
  flush();
  return out;
}

const NAMES: Record<string, string> = {
  "'": 'a straight apostrophe',
  '\u2019': 'a curly apostrophe (\u2019)',
  '\u2018': 'a curly opening quote (\u2018)',
  '"': 'a straight double quote',
  '\u201c': 'a curly opening double quote (\u201c)',
  '\u201d': 'a curly closing double quote (\u201d)',
  '-': 'a hyphen (-)',
  '\u2013': 'an en dash (\u2013)',
  '\u2014': 'an em dash (\u2014)',
  '\n': 'a line break',
  '\u00a0': 'a non-breaking space',
};

function spaces(text: string): string | null {
  if (!/^\s+$/.test(text)) return null;
  if (text.includes('\n')) return 'a line break';
  return text.length === 1 ? 'one space' : `${text.length} spaces`;
}

function named(text: string): string {
  if (text === '') return 'nothing';
  const known = NAMES[text];
  if (known) return known;
  return spaces(text) ?? `"${text}"`;
}

/** One difference in words: "the text has a capital "L" where the excerpt has "l"". */
function describe(difference: Difference): string {
  const { excerpt, text } = difference;
  if (excerpt.toLowerCase() === text.toLowerCase() && excerpt !== text) {
    const capital = text !== text.toLowerCase();
    return `the text has ${capital ? 'a capital' : 'a lower-case'} "${text}" where the excerpt has "${excerpt}"`;
  }
  if (excerpt === '' && spaces(text)) return `the text has ${named(text)} more`;
  if (text === '' && spaces(excerpt)) return `the excerpt has ${named(excerpt)} too many`;
  if (excerpt === '') return `the text has ${named(text)} the excerpt leaves out`;
  if (text === '') return `the excerpt has ${named(excerpt)} the text does not`;
  return `the text has ${named(text)} where the excerpt has ${named(excerpt)}`;
}

function describeDifferences(excerpt: string, passage: string): string[] {
  return differencesOf(excerpt, passage).slice(0, MAX_DIFFERENCES).map(describe);
}
