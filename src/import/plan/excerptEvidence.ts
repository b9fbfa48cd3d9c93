import { excerptId } from '../../db/labelsAndTypes';
import type { ExcerptRecord } from '../../domain/importPlan';
import { closestPassage } from '../closestPassage';
import type { Excerpt } from '../documentSchema';
import { locateExcerpt } from '../locateExcerpt';
import type { ProblemList } from './problemList';

/**
 * The excerpts a document cites as evidence, located in its source text. Every excerpt used
 * anywhere in the document is recorded once, under its id (the source and its offsets).
 */
export class ExcerptEvidence {
  private readonly located = new Map<string, ExcerptRecord>();

  constructor(
    private readonly sourceId: string,
    private readonly sourceText: string,
    private readonly problems: ProblemList,
  ) {}

  /** Every excerpt located so far, in the order first cited. */
  excerpts(): ExcerptRecord[] {
    return [...this.located.values()];
  }

  /**
   * Locates each excerpt in the source text and returns their ids (each once). One that is not
   * there is a problem at `<path>[i]` (at `path` itself for a `single` excerpt), naming the
   * closest passage when it is not found at all.
   */
  locate(excerpts: Excerpt[], path: string, single = false): string[] {
    const ids: string[] = [];
    excerpts.forEach((excerpt, i) => {
      const quote = typeof excerpt === 'string' ? excerpt : excerpt.quote;
      const occurrence = typeof excerpt === 'string' ? 1 : (excerpt.occurrence ?? 1);
      const found = locateExcerpt(this.sourceText, quote, occurrence);
      const at = single ? path : `${path}[${i}]`;
      if (!found) {
        this.problems.add(
          at,
          occurrence === 1
            ? `excerpt not found verbatim in the source text: "${clip(quote)}"${this.closest(quote)}`
            : `excerpt does not occur ${occurrence} times in the source text: "${clip(quote)}"`,
        );
        return;
      }
      const id = excerptId(this.sourceId, found.start, found.end);
      this.located.set(id, { id, sourceId: this.sourceId, text: quote, ...found });
      if (!ids.includes(id)) ids.push(id);
    });
    return ids;
  }

  /** Where the text has what the curator probably meant, and how it differs. */
  private closest(quote: string): string {
    const found = closestPassage(this.sourceText, quote);
    if (!found) return '';
    const differences = found.differences.length > 0 ? `: ${found.differences.join('; ')}` : '';
    return `; the closest passage, at ${found.start}-${found.end}, is "${clip(found.passage)}"${differences}`;
  }
}

/** A quotation short enough for a message. */
function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
