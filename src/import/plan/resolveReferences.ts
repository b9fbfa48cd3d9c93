import type { Label } from '../../db/labelsAndTypes';
import { labelOfId } from '../../db/labelsAndTypes';
import type { EntityDirectory } from '../../domain/entityDirectory';
import type { ResolvedAlias } from '../../domain/importPlan';
import { matchKey } from '../../domain/normalizeName';
import {
  BUILT_IN_TERMS,
  builtInTermId,
  VOCABULARY_NOUN,
  vocabularyOfTermId,
} from '../../domain/vocabularies';
import type { Definition, DocumentDrafts } from './drafts';
import { endpointsOf } from './drafts';
import type { Endpoint } from './endpoint';
import { endpointKey, isBuiltInValueRef, selfRef } from './endpoint';
import { LABEL_NOUN, withArticle } from './labelNoun';
import type { ProblemList } from './problemList';
import { ClosestIdSuggester } from './suggestClosestIds';

/**
 * Resolves the references of one document to ids: by id or by name and alias, against the
 * document's own definitions, the built-in terms and the graph (through the directory), following
 * the redirects merges left. An unknown reference is a problem naming the closest known ids; a
 * name that fits several entities is one asking for the id.
 */
export class ReferenceResolver {
  /** `endpointKey` -> the id it resolved to. */
  private readonly resolved = new Map<string, string>();
  /** `label:id` of a definition under an id a merge replaced -> the id of the entity kept. */
  private readonly canonical = new Map<string, string>();
  private readonly suggester: ClosestIdSuggester;
  /** The document's ids a merge replaced -> the id each stands for now, in the order met. */
  readonly redirected = new Map<string, string>();
  /** The references made by name or alias (not by the id itself), with their ids. */
  readonly resolvedAliases: ResolvedAlias[] = [];

  constructor(
    private readonly directory: EntityDirectory,
    private readonly drafts: DocumentDrafts,
    private readonly problems: ProblemList,
  ) {
    this.suggester = new ClosestIdSuggester(directory, drafts.nodes);
  }

  /** Notes that the document's definition of `id` (at `path`) stands for the entity `to` kept. */
  definitionMerged(label: Label, id: string, path: string, to: string): void {
    this.canonical.set(`${label}:${id}`, to);
    this.redirected.set(id, to);
    this.recordAlias(selfRef(label, id, path), to);
  }

  /** Resolves every reference of the drafts, each label with one lookup of each kind. */
  async resolveAll(): Promise<void> {
    const byLabel = new Map<Label, Endpoint[]>();
    for (const endpoint of endpointsOf(this.drafts)) {
      byLabel.set(endpoint.label, [...(byLabel.get(endpoint.label) ?? []), endpoint]);
    }
    for (const [label, list] of byLabel) {
      const definitions = this.drafts.definitions.of(label);
      const idRefs = [
        ...new Set(
          list
            .map((e) => e.ref)
            .filter((r) => labelOfId(r) === label && !definitions.has(r) && !BUILT_IN_TERMS.has(r)),
        ),
      ];
      const aliasRefs = list.filter((e) => labelOfId(e.ref) === null && !isBuiltInValueRef(e));
      const found = await this.directory.existingIds(label, idRefs);
      const missing = idRefs.filter((id) => !found.has(id));
      const redirects =
        missing.length > 0 && this.directory.redirects
          ? await this.directory.redirects(missing)
          : new Map<string, string>();
      // Each known id, and each id a merge redirected, with the id it stands for now.
      const existing = new Map<string, string>([...found].map((id) => [id, id]));
      for (const [from, to] of redirects) {
        existing.set(from, to);
        this.redirected.set(from, to);
      }
      const keys = [...new Set(aliasRefs.map((e) => matchKey(e.ref)))];
      const stored =
        keys.length > 0
          ? await this.directory.idsByMatchKey(label, keys)
          : new Map<string, string[]>();
      for (const endpoint of list) {
        await this.resolveOne(endpoint, definitions, existing, stored);
      }
    }
  }

  /** The id a reference resolved to (the reference itself where it did not resolve). */
  idOf(endpoint: Endpoint): string {
    return this.resolved.get(endpointKey(endpoint)) ?? endpoint.ref;
  }

  /** Every id a reference resolved to (with repeats), in the order first resolved. */
  resolvedIds(): string[] {
    return [...this.resolved.values()];
  }

  /** The id a definition of the document stands for: its own, or the one a merge kept. */
  private canonicalId(label: Label, id: string): string {
    return this.canonical.get(`${label}:${id}`) ?? id;
  }

  private async resolveOne(
    endpoint: Endpoint,
    definitions: Map<string, Definition>,
    existing: Map<string, string>,
    stored: Map<string, string[]>,
  ): Promise<void> {
    const { label, ref: reference, path, vocabulary } = endpoint;
    const cacheKey = endpointKey(endpoint);
    if (this.resolved.has(cacheKey)) {
      this.recordAlias(endpoint, this.resolved.get(cacheKey) ?? reference);
      return;
    }
    const settle = (id: string) => {
      this.resolved.set(cacheKey, id);
      this.recordAlias(endpoint, id);
    };
    const noun = vocabulary ? VOCABULARY_NOUN[vocabulary] : LABEL_NOUN[label];
    if (vocabulary && isBuiltInValueRef(endpoint)) {
      settle(builtInTermId(vocabulary, reference));
      return;
    }
    const refLabel = labelOfId(reference);
    if (refLabel !== null && refLabel !== label) {
      this.problems.add(
        path,
        `expected ${withArticle(noun)}, but "${reference}" is the id of ${withArticle(LABEL_NOUN[refLabel])}`,
      );
      return;
    }
    if (refLabel === label) {
      if (vocabulary && vocabularyOfTermId(reference) !== vocabulary) {
        this.problems.add(
          path,
          `expected ${withArticle(noun)}, but "${reference}" is a term of another vocabulary`,
        );
        return;
      }
      const target = definitions.has(reference)
        ? this.canonicalId(label, reference)
        : BUILT_IN_TERMS.has(reference)
          ? reference
          : existing.get(reference);
      if (target !== undefined) {
        settle(target);
        return;
      }
      this.problems.add(
        path,
        `unknown reference "${reference}": no ${noun} has this id${await this.suggester.suggest(endpoint)}`,
      );
      return;
    }
    const key = matchKey(reference);
    const inVocabulary = (id: string) => !vocabulary || vocabularyOfTermId(id) === vocabulary;
    const candidates = new Set<string>((stored.get(key) ?? []).filter(inVocabulary));
    for (const [id, definition] of definitions) {
      if (definition.keys.includes(key) && inVocabulary(id)) {
        candidates.add(this.canonicalId(label, id));
      }
    }
    if (vocabulary) {
      for (const term of BUILT_IN_TERMS.values()) {
        if (term.vocabulary === vocabulary && matchKey(term.name) === key) candidates.add(term.id);
      }
    }
    if (candidates.size === 0) {
      this.problems.add(
        path,
        `unknown reference "${reference}": no ${noun} has this id, name or alias${await this.suggester.suggest(endpoint)}`,
      );
      return;
    }
    if (candidates.size > 1) {
      this.problems.add(
        path,
        `ambiguous reference "${reference}": it names ${[...candidates].sort().join(' and ')}; use the id`,
      );
      return;
    }
    settle([...candidates][0] ?? reference);
  }

  private recordAlias(endpoint: Endpoint, id: string): void {
    if (endpoint.ref === id) return;
    // A built-in value written as itself (`LEADER`) is not a reference by name.
    if (endpoint.vocabulary && isBuiltInValueRef(endpoint)) return;
    // An amended entity is the start of each link its entry adds: report its name once.
    if (this.resolvedAliases.some((alias) => alias.path === endpoint.path)) return;
    this.resolvedAliases.push({ path: endpoint.path, reference: endpoint.ref, id });
  }
}
