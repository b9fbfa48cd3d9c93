import type { DraftFact } from '../../../src/draft/draftTypes';
import { h, replace } from '../shared/dom';

/**
 * The article with each kept fact's excerpts highlighted: the text is cut at every excerpt
 * boundary, and each piece is a `mark` naming the facts that quote it (as text nodes, never
 * HTML). `focus` outlines one fact's excerpts and scrolls to the first.
 */
export class ArticleView {
  readonly element = h('pre', {
    class: 'article-text',
    id: 'article-view',
    tabindex: '0',
    'aria-label': 'The article with the excerpts of the facts highlighted',
  });
  private marks: { element: HTMLElement; keys: string[] }[] = [];

  constructor(private readonly onPick: (key: string) => void) {}

  render(text: string, facts: DraftFact[]): void {
    const cuts = new Set<number>([0, text.length]);
    const spans = (f: DraftFact) => [
      ...f.excerpts,
      ...(f.type === 'entity' && f.quote ? [f.quote] : []),
    ];
    for (const fact of facts) for (const e of spans(fact)) cuts.add(e.start).add(e.end);
    const points = [...cuts].sort((a, b) => a - b);
    this.marks = [];
    const pieces: Node[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i] ?? 0;
      const end = points[i + 1] ?? 0;
      const piece = text.slice(start, end);
      const keys = facts
        .filter((f) => spans(f).some((e) => e.start <= start && end <= e.end))
        .map((f) => f.key);
      // Words somebody said, hoped or pledged are marked as a quotation.
      const quoted = facts.some(
        (f) => f.type === 'entity' && f.quote && f.quote.start <= start && end <= f.quote.end,
      );
      if (keys.length === 0) {
        pieces.push(document.createTextNode(piece));
        continue;
      }
      const mark = h(
        'mark',
        {
          'data-facts': keys.join(' '),
          title: quoted ? `a quotation; ${keys.length} fact(s)` : `${keys.length} fact(s)`,
          class: quoted ? 'quote' : undefined,
        },
        piece,
      );
      mark.addEventListener('click', () => {
        const first = keys[0];
        if (first) this.onPick(first);
      });
      this.marks.push({ element: mark, keys });
      pieces.push(mark);
    }
    replace(this.element, ...pieces);
  }

  focus(key: string): void {
    let first: HTMLElement | null = null;
    for (const { element, keys } of this.marks) {
      const on = keys.includes(key);
      element.classList.toggle('active', on);
      if (on && !first) first = element;
    }
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}
