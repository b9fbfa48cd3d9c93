/** One stretch of a text and the quotations that cover it (none for plain text). */
export interface Segment<T> {
  text: string;
  excerpts: T[];
}

/**
 * Cuts a text at every quotation's start and end, so that overlapping quotations each keep their
 * highlight: every stretch lists the quotations covering it, in the order given. Offsets are
 * UTF-16 code units, as the API's `start` and `end`.
 */
export function highlightSegments<T extends { start: number; end: number }>(
  text: string,
  excerpts: readonly T[],
): Segment<T>[] {
  const cuts = new Set<number>([0, text.length]);
  for (const excerpt of excerpts) {
    cuts.add(Math.max(0, Math.min(text.length, excerpt.start)));
    cuts.add(Math.max(0, Math.min(text.length, excerpt.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    if (to <= from) continue;
    segments.push({
      text: text.slice(from, to),
      excerpts: excerpts.filter((excerpt) => excerpt.start <= from && excerpt.end >= to),
    });
  }
  return segments;
}
