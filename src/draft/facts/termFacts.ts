import type { KnownIndex } from '../../domain/knownEntity';
import { matchKey } from '../../domain/normalizeName';
import type { DraftExcerpt, EntityFact } from '../draftTypes';
import type { CuratedTerm } from '../vocabulary/curatedTerms';
import type { FactBuilder } from './factBuilder';

/**
 * The term facts of a draft, one per term: a term the graph holds (by id, or by name within its
 * vocabulary) is referred to, any other is defined with the excerpt that first needs it.
 */
export class TermFacts {
  private readonly byId = new Map<string, EntityFact>();

  constructor(
    private readonly builder: FactBuilder,
    private readonly known: KnownIndex,
  ) {}

  /** The fact of `term`, made on first use; `excerpt` is evidence of the words that need it. */
  use(term: CuratedTerm, excerpt: DraftExcerpt): EntityFact {
    const stored =
      this.known.byId.get(term.id)?.label === 'Term'
        ? this.known.byId.get(term.id)
        : this.known
            .ofLabel('Term')
            .find(
              (t) =>
                t.id.startsWith(`term/${term.vocabulary}/`) &&
                t.matchKeys.some((k) => k.replace(/ /g, '') === matchKey(term.name)),
            );
    const id = stored?.id ?? term.id;
    const existing = this.byId.get(id);
    if (existing) {
      if (!existing.existing && !existing.excerpts.some((e) => e.start === excerpt.start))
        existing.excerpts.push(excerpt);
      return existing;
    }
    const fact = this.builder.entity('term', {
      label: `${term.name} (${term.vocabulary.replace(/-/g, ' ')})`,
      id,
      confidence: stored ? 0.9 : 0.7,
      checks: stored
        ? []
        : [
            term.broader
              ? `new ${term.vocabulary.replace(/-/g, ' ')} term "${term.name}" (counts as ${term.broader}): keep it, or use the built-in value`
              : `new ${term.vocabulary.replace(/-/g, ' ')} term "${term.name}": keep it, or use one the graph holds`,
          ],
      excerpts: [excerpt],
      value: {
        name: term.name,
        ...(term.broader !== undefined ? { broader: term.broader } : {}),
        ...(term.aliases.length > 0 ? { aliases: [...term.aliases] } : {}),
        ...(term.description !== undefined ? { description: term.description } : {}),
      },
    });
    if (stored) {
      fact.existing = true;
      fact.candidates = [{ id, name: stored.name, existing: true, match: 'name', score: 0.95 }];
    }
    this.byId.set(id, fact);
    return fact;
  }
}
