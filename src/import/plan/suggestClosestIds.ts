import { distance } from 'fastest-levenshtein';

import type { Label } from '../../db/labelsAndTypes';
import type { EntityDirectory, KnownName } from '../../domain/entityDirectory';
import type { NodeUpsert } from '../../domain/importPlan';
import { normalizeName } from '../../domain/normalizeName';
import { BUILT_IN_TERMS, vocabularyOfTermId } from '../../domain/vocabularies';
import type { Endpoint } from './endpoint';

/**
 * Unknown references that get the closest known ids in their message: each suggestion compares
 * the reference with every known name of its type, and a document naming thousands of unknown
 * entities must still get its problem list back quickly.
 */
export const MAX_SUGGESTIONS = 50;

/**
 * The "did you mean" part of the message about an unknown reference, for one document: the ids
 * of the graph (through the directory) and of the document whose id or names are closest.
 */
export class ClosestIdSuggester {
  private asked = 0;
  /** Known names per label, read once per document (every unknown reference compares them). */
  private readonly knownNames = new Map<Label, Promise<KnownName[]>>();

  /** `nodes`: the document's definitions, as they stand when references are resolved. */
  constructor(
    private readonly directory: EntityDirectory,
    private readonly nodes: readonly NodeUpsert[],
  ) {}

  /**
   * "; closest known ids: a, b, c" for an unknown reference (only ids of its vocabulary for a
   * term), or "" when nothing is known or MAX_SUGGESTIONS were made already.
   */
  async suggest(endpoint: Endpoint): Promise<string> {
    this.asked += 1;
    if (this.asked > MAX_SUGGESTIONS) return '';
    const { label, ref: reference, vocabulary } = endpoint;
    const candidates = new Map<string, string[]>();
    const add = (id: string, names: string[]) => {
      if (vocabulary && vocabularyOfTermId(id) !== vocabulary) return;
      candidates.set(id, [...(candidates.get(id) ?? []), ...names]);
    };
    let known = this.knownNames.get(label);
    if (!known) {
      known = this.directory.knownNames(label);
      this.knownNames.set(label, known);
    }
    for (const { id, name, aliases } of await known) add(id, [name, ...(aliases ?? [])]);
    for (const node of this.nodes) {
      if (node.label === label) add(node.id, [String(node.props.name ?? ''), ...node.names.values]);
    }
    if (vocabulary) {
      for (const term of BUILT_IN_TERMS.values()) add(term.id, [term.name, term.value]);
    }
    const closest = closestIds(reference, candidates);
    return closest.length > 0 ? `; closest known ids: ${closest.join(', ')}` : '';
  }
}

/**
 * The `count` ids (of `candidates`: id -> its names) closest to what was written, by edit
 * distance to the id or any of its names after normalisation; ties in id order.
 */
export function closestIds(
  reference: string,
  candidates: ReadonlyMap<string, readonly string[]>,
  count = 3,
): string[] {
  const target = normalizeName(reference);
  const scored = [...candidates].map(([id, names]) => ({
    id,
    score: Math.min(
      distance(target, normalizeName(id)),
      ...names.map((name) => nameDistance(target, normalizeName(name))),
    ),
  }));
  scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  return scored.slice(0, count).map((s) => s.id);
}

/**
 * How far a name is from what was written: the edit distance, but a name whose words all occur
 * in it (or that holds all of its words) is close ("personnel training" and "training").
 */
function nameDistance(target: string, name: string): number {
  if (name.length === 0) return Number.POSITIVE_INFINITY;
  const edits = distance(target, name);
  const targetWords = new Set(target.split(' '));
  const nameWords = new Set(name.split(' '));
  const within = (a: Set<string>, b: Set<string>) => [...a].every((word) => b.has(word));
  return within(nameWords, targetWords) || within(targetWords, nameWords)
    ? Math.min(edits, 1 + Math.abs(target.length - name.length) / 100)
    : edits;
}
