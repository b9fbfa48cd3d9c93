import type {
  DraftExcerpt,
  DraftFact,
  EntityFact,
  EntityKind,
  LinkFact,
  LinkKind,
} from '../draftTypes';
import type { Sentence } from '../text/sentences';

/**
 * Collects the facts of one draft and cuts their excerpts from the text: every excerpt is a
 * slice of the article, so it is verbatim by construction.
 */
export class FactBuilder {
  readonly facts: DraftFact[] = [];
  private readonly counters = new Map<string, number>();

  constructor(
    readonly text: string,
    readonly sentences: Sentence[],
  ) {}

  private nextKey(kind: string): string {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return `${kind}:${n}`;
  }

  /** The text between two offsets, trimmed of spaces and trailing commas. */
  excerpt(start: number, end: number): DraftExcerpt {
    let from = start;
    let to = end;
    while (from < to && /[\s,;:]/.test(this.text[from] ?? '')) from++;
    while (to > from && /[\s,;:]/.test(this.text[to - 1] ?? '')) to--;
    return { quote: this.text.slice(from, to), start: from, end: to };
  }

  /** The whole sentence around an offset. */
  sentenceAt(offset: number): Sentence | undefined {
    return (
      this.sentences.find((s) => s.start <= offset && offset < s.end) ??
      this.sentences[this.sentences.length - 1]
    );
  }

  /**
   * The clause around a span: from the previous clause break (`;`, or a sentence start) to the
   * next, at most `limit` characters either side, so evidence stays short but complete.
   */
  clause(start: number, end: number, limit = 120): DraftExcerpt {
    const sentence = this.sentenceAt(start);
    const floor = Math.max(sentence?.start ?? 0, start - limit);
    const ceiling = Math.min(sentence?.end ?? this.text.length, end + limit);
    let from = start;
    while (from > floor && !/[;]/.test(this.text[from - 1] ?? '')) from--;
    let to = end;
    while (to < ceiling && !/[;.]/.test(this.text[to] ?? '')) to++;
    if (from > floor || from === floor) {
      // Start at a word.
      while (from < start && /\S/.test(this.text[from - 1] ?? ' ') && from > (sentence?.start ?? 0))
        from++;
    }
    return this.excerpt(from, to);
  }

  entity(
    kind: EntityKind,
    fact: Omit<EntityFact, 'type' | 'kind' | 'key' | 'existing' | 'candidates'> & {
      candidates?: EntityFact['candidates'];
    },
  ): EntityFact {
    const entity: EntityFact = {
      type: 'entity',
      kind,
      key: this.nextKey(kind),
      existing: false,
      candidates: [],
      ...fact,
    };
    this.facts.push(entity);
    return entity;
  }

  link(kind: LinkKind, fact: Omit<LinkFact, 'type' | 'kind' | 'key'>): LinkFact {
    const duplicate = this.facts.find(
      (f): f is LinkFact =>
        f.type === 'link' &&
        f.kind === kind &&
        f.owner === fact.owner &&
        JSON.stringify(f.refs) === JSON.stringify(fact.refs) &&
        JSON.stringify({ ...f.value }) === JSON.stringify({ ...fact.value }),
    );
    if (duplicate) {
      for (const excerpt of fact.excerpts) {
        if (!duplicate.excerpts.some((e) => e.start === excerpt.start && e.end === excerpt.end))
          duplicate.excerpts.push(excerpt);
      }
      return duplicate;
    }
    const link: LinkFact = { type: 'link', kind, key: this.nextKey(kind), ...fact };
    this.facts.push(link);
    return link;
  }

  entities(kind: EntityKind): EntityFact[] {
    return this.facts.filter((f): f is EntityFact => f.type === 'entity' && f.kind === kind);
  }

  links(kind: LinkKind): LinkFact[] {
    return this.facts.filter((f): f is LinkFact => f.type === 'link' && f.kind === kind);
  }

  byKey(key: string): DraftFact | undefined {
    return this.facts.find((f) => f.key === key);
  }

  /** Drops the entity `from` and points its links at `to` instead (two names of one entity). */
  rekey(from: string, to: string): void {
    this.remove(new Set([from]));
    for (const fact of this.facts) {
      if (fact.type === 'link' && fact.owner === from) fact.owner = to;
      const refs = fact.refs ?? {};
      for (const [field, key] of Object.entries(refs)) if (key === from) refs[field] = to;
    }
  }

  remove(keys: Set<string>): void {
    for (let i = this.facts.length - 1; i >= 0; i--) {
      const fact = this.facts[i];
      if (fact && keys.has(fact.key)) this.facts.splice(i, 1);
    }
  }
}
