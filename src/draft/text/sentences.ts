import nlp from 'compromise';

import type { Token } from './tokenize';
import { tokenize } from './tokenize';

/** A sentence of the article: its text, offsets and tokens. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** The title line: headline capitalisation, so capitalised words are not names by themselves. */
  isTitle: boolean;
}

/** How many lines a note before the title may take ("Editor's note: ..."). */
const NOTE_LINES = 2;

/**
 * The index of the title among the article's non-empty lines: the first line, unless it and
 * at most one more read as sentences (ending in a full stop) before a line that does not, as an
 * editor's note before the headline does.
 */
function titleIndex(lines: string[]): number {
  const headline = lines.findIndex((line) => !/[.!?:;"”)]$/.test(line.trim()));
  return headline > 0 && headline <= NOTE_LINES ? headline : 0;
}

/** The article's title line (see `splitSentences`), trimmed; null for an empty text. */
export function titleLine(text: string): string | null {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines[titleIndex(lines)]?.trim() ?? null;
}

/**
 * Splits an article into sentences with compromise (which knows abbreviations such as "Prof."
 * and "e.g."), never across a line break, with the headline as the title: the first line, or
 * the line after a note of one or two sentences.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lines = /[^\n]+/g;
  const title = titleIndex(text.split('\n').filter((line) => line.trim() !== ''));
  let lineNumber = -1;
  for (const line of text.matchAll(lines)) {
    const lineStart = line.index ?? 0;
    const lineText = line[0];
    if (lineText.trim() === '') continue;
    lineNumber += 1;
    const isTitle = lineNumber === title;
    const parts = isTitle ? [lineText] : (nlp(lineText).sentences().out('array') as string[]);
    let from = 0;
    for (const part of parts) {
      const trimmed = part.trim();
      if (trimmed === '') continue;
      const at = lineText.indexOf(trimmed, from);
      if (at < 0) continue;
      from = at + trimmed.length;
      const start = lineStart + at;
      sentences.push({
        index: sentences.length,
        start,
        end: start + trimmed.length,
        text: trimmed,
        tokens: tokenize(trimmed, start),
        isTitle,
      });
    }
  }
  return sentences;
}
