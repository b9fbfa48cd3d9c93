import type {
  Draft,
  DraftFact,
  EntityFact,
  EntityKind,
  LinkFact,
  LinkKind,
} from '../../../src/draft/draftTypes';
import {
  dependentsOf,
  LINK_PLACES,
  requiredRefs,
  SECTIONS,
} from '../../../src/draft/output/assembleDocument';
import type { DraftArticleMutation } from '../generated/graphql';

type ApiDraft = DraftArticleMutation['draftDocument'];

function entityKind(kind: string): EntityKind {
  const found = (Object.keys(SECTIONS) as EntityKind[]).find((k) => k === kind);
  if (!found) throw new Error(`unknown entity kind ${kind}`);
  return found;
}

function linkKind(kind: string): LinkKind {
  const found = (Object.keys(LINK_PLACES) as LinkKind[]).find((k) => k === kind);
  if (!found) throw new Error(`unknown link kind ${kind}`);
  return found;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
}

/** The draft as the server sent it, in the shared fact model (src/draft/draftTypes.ts). */
export function draftFromApi(api: ApiDraft): Draft {
  const facts: DraftFact[] = api.facts.map((fact) => {
    const base = {
      key: fact.key,
      label: fact.label,
      confidence: fact.confidence,
      checks: [...fact.checks],
      excerpts: fact.excerpts.map((e) => ({ ...e })),
      value: record(fact.value),
      optional: [...fact.optional],
    };
    const refs = Object.fromEntries(fact.refs.map((r) => [r.field, r.key]));
    if (fact.type === 'ENTITY') {
      const entity: EntityFact = {
        ...base,
        type: 'entity',
        kind: entityKind(fact.kind),
        id: fact.id ?? '',
        existing: fact.existing ?? false,
        candidates: fact.candidates.map((c) => ({
          ...c,
          note: c.note ?? undefined,
          kind: c.kind ?? undefined,
        })),
        ...(Object.keys(refs).length > 0 ? { refs } : {}),
        ...(fact.quote ? { quote: { ...fact.quote } } : {}),
      };
      return entity;
    }
    const link: LinkFact = {
      ...base,
      type: 'link',
      kind: linkKind(fact.kind),
      owner: fact.owner ?? null,
      refs,
    };
    return link;
  });
  return {
    source: {
      id: api.source.id,
      title: api.source.title,
      date: api.source.date ?? null,
      text: api.source.text,
    },
    facts,
    text: api.source.text,
  };
}

/**
 * What the curator decided: which facts are kept (a dropped entity takes the links that need it
 * along) and the edits made; the document is always assembled from this, never edited apart.
 */
export class ReviewState {
  private readonly dropped = new Set<string>();

  constructor(readonly draft: Draft) {}

  isKept(key: string): boolean {
    return !this.dropped.has(key) && !this.missingDependency(key);
  }

  /**
   * True when the fact is dropped only because an entity it needs was: a link's owner, or a
   * field it cannot do without (a statement's speaker); a dropped term leaves its built-in value.
   */
  missingDependency(key: string, seen = new Set<string>()): boolean {
    const fact = this.fact(key);
    if (!fact || seen.has(key)) return false;
    seen.add(key);
    const needed = [
      ...(fact.type === 'link' ? [fact.owner] : []),
      ...requiredRefs(fact).map((field) => fact.refs?.[field] ?? null),
    ].filter((k): k is string => k !== null);
    return needed.some((k) => this.dropped.has(k) || this.missingDependency(k, seen));
  }

  setKept(key: string, kept: boolean): void {
    if (kept) this.dropped.delete(key);
    else this.dropped.add(key);
  }

  fact(key: string): DraftFact | undefined {
    return this.draft.facts.find((f) => f.key === key);
  }

  /** The facts a document is assembled from. */
  keptFacts(): DraftFact[] {
    return this.draft.facts.filter((f) => this.isKept(f.key));
  }

  /** The facts that go when this entity goes. */
  dependents(key: string): DraftFact[] {
    return dependentsOf(this.draft.facts, key);
  }

  /** Chooses one of an entity's candidate ids: a known entity is referred to, a new id defined. */
  chooseId(key: string, id: string): void {
    const fact = this.fact(key);
    if (fact?.type !== 'entity') return;
    const candidate = fact.candidates.find((c) => c.id === id);
    fact.id = id;
    fact.existing = candidate?.existing ?? false;
  }

  /** Sets a field of a fact's value (name, title, role ...); empty text removes it. */
  setValue(key: string, field: string, value: string): void {
    const fact = this.fact(key);
    if (!fact) return;
    if (value.trim() === '') delete fact.value[field];
    else fact.value[field] = value.trim();
    if (field === 'name' || field === 'title') fact.label = value.trim() || fact.label;
  }

  /** Sets a whole number of a fact's value (a group's count); empty or not a number removes it. */
  setCount(key: string, field: string, value: string): void {
    const fact = this.fact(key);
    if (!fact) return;
    const count = Number(value);
    if (value.trim() === '' || !Number.isInteger(count) || count < 1) delete fact.value[field];
    else fact.value[field] = count;
  }
}
