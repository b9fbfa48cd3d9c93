import { Label, labelOfId } from '../../db/labelsAndTypes';
import type { EntityDirectory } from '../../domain/entityDirectory';
import type { NodeUpsert } from '../../domain/importPlan';
import { BUILT_IN_TERMS } from '../../domain/vocabularies';
import type { Definition } from './drafts';
import type { ProblemList } from './problemList';

/**
 * How resolved roles and kinds are stored: a built-in value as itself, a term by its id with the
 * built-in value it counts as (its `broader`) beside it, for clients that know only those.
 */
export class StoredTerms {
  /** The built-in value each term resolved so far counts as. */
  private readonly broaders = new Map<string, string | null>();
  /** Terms stored by id in properties (roles, custom kinds) -> the value each counted as. */
  readonly used = new Map<string, string | null>();

  /** `definitions`: the document's own terms. */
  constructor(private readonly definitions: Map<string, Definition>) {}

  /**
   * Reads the broader values of the terms references resolved to in the graph (`resolvedIds`;
   * the document's own and the built-in ones are known). A term the document redefines with
   * another broader value than the stored one is a problem at its `broader`.
   */
  async load(
    resolvedIds: readonly string[],
    directory: EntityDirectory,
    problems: ProblemList,
  ): Promise<void> {
    const definitions = this.definitions;
    for (const [id, definition] of definitions) this.broaders.set(id, definition.broader ?? null);
    for (const term of BUILT_IN_TERMS.values()) this.broaders.set(term.id, term.value);
    const asked = [
      ...new Set([
        ...resolvedIds.filter((id) => labelOfId(id) === Label.Term && !this.broaders.has(id)),
        ...definitions.keys(),
      ]),
    ];
    if (asked.length === 0 || !directory.termBroaders) return;
    const stored = await directory.termBroaders(asked);
    for (const [id, broader] of stored) if (!definitions.has(id)) this.broaders.set(id, broader);
    // A term's broader value is read into every fact that uses it: it may not change later.
    for (const [id, definition] of definitions) {
      const before = stored.get(id);
      if (before !== undefined && before !== (definition.broader ?? null)) {
        problems.add(
          `${definition.path}.broader`,
          `"${id}" already counts as ${before ?? 'nothing'}; a term's broader value cannot change (define a new term)`,
        );
      }
    }
  }

  /** The stored form of a resolved role: the built-in value itself, or the term's id. */
  role(id: string): { role: string; broader: string | null } {
    const builtIn = BUILT_IN_TERMS.get(id);
    if (builtIn) return { role: builtIn.value, broader: null };
    return { role: id, broader: this.usedTerm(id) };
  }

  /**
   * Stores a resolved org, place or statement kind (`id`: the term it resolved to) on its node:
   * a built-in value on `kind`; a term on `kindTerm`, with the value it counts as on `kind`.
   */
  applyKind(node: NodeUpsert, id: string): void {
    const builtIn = BUILT_IN_TERMS.get(id);
    if (builtIn) {
      node.props.kind = builtIn.value;
      node.clear = [...(node.clear ?? []), 'kindTerm'];
    } else {
      node.props.kind = this.usedTerm(id) ?? 'OTHER';
      node.props.kindTerm = id;
    }
  }

  /**
   * The built-in value a term of the graph or the document counts as, noted for the write to
   * check under its locks (a term of the graph may be retracted, or defined by a concurrent
   * import with another value, after this plan read it).
   */
  private usedTerm(id: string): string | null {
    const broader = this.broaders.get(id) ?? null;
    if (!this.definitions.has(id)) this.used.set(id, broader);
    return broader;
  }
}
