/**
 * Finds the `occurrence`-th (1-based) exact occurrence of `quote` in `text`; returns its
 * [start, end) offsets in UTF-16 code units, or null when it does not occur that often.
 */
export function locateExcerpt(
  text: string,
  quote: string,
  occurrence = 1,
): { start: number; end: number } | null {
  let from = 0;
  for (let seen = 1; ; seen += 1) {
    const start = text.indexOf(quote, from);
    if (start < 0) return null;
    if (seen === occurrence) return { start, end: start + quote.length };
    from = start + 1;
  }
}
