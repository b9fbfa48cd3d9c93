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

/**
 * Splits an article into sentences with compromise (which knows abbreviations such as "Prof."
 * and "e.g."), never across a line break, with the first line as the title.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lines = /[^\n]+/g;
  let first = true;
  for (const line of text.matchAll(lines)) {
    const lineStart = line.index ?? 0;
    const lineText = line[0];
    if (lineText.trim() === '') continue;
    const isTitle = first;
    first = false;
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
