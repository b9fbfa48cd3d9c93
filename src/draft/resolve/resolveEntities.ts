import type { KnownEntity, KnownIndex, KnownLabel } from '../../domain/knownEntity';
import { normalizeName } from '../../domain/normalizeName';
import type { DraftCandidate, EntityFact, EntityKind } from '../draftTypes';
import type { FactBuilder } from '../facts/factBuilder';
import type { DraftOrganization } from '../facts/organizations';

/** The graph label of each entity kind a draft matches by name (terms and statements are not). */
export const LABEL_OF: Partial<Record<EntityKind, KnownLabel>> = {
  place: 'Place',
  organization: 'Organization',
  person: 'Person',
  diseaseArea: 'DiseaseArea',
  aspect: 'CooperationAspect',
  program: 'Program',
  event: 'Event',
};

/** A match below this is only offered as an alternative; the entity stays new. */
const ACCEPT = 0.6;

/** The normalised names an entity fact may be known by, with how strong each is. */
export function nameVariants(fact: EntityFact): { key: string; match: string; score: number }[] {
  const variants: { key: string; match: string; score: number }[] = [];
  const add = (value: unknown, match: string, score: number) => {
    if (typeof value !== 'string' || value === '') return;
    const key = normalizeName(value);
    if (key !== '' && !variants.some((v) => v.key === key)) variants.push({ key, match, score });
  };
  add(fact.value.name, 'name', 0.95);
  add(fact.value.acronym, 'acronym', 0.85);
  for (const alias of (fact.value.aliases as unknown[] | undefined) ?? [])
    add(alias, 'alias', 0.85);
  // "BGI Group" is often stored as "BGI"; "Anhui Province" as "Anhui".
  const name = typeof fact.value.name === 'string' ? fact.value.name : '';
  add(
    name.replace(/\s+(Group|Co\.,? Ltd\.?|Ltd\.?|Inc\.|Corporation|Holdings)$/i, ''),
    'variant',
    0.7,
  );
  add(name.replace(/^The\s+/i, ''), 'variant', 0.9);
  return variants;
}

/** Context that tells two known entities of one name apart. */
export interface ResolveContext {
  /** For a unit, its parent organization in the draft. */
  parentOf(fact: EntityFact): EntityFact | null;
  /** For a person, the organizations of their positions in the draft. */
  organizationsOf(fact: EntityFact): EntityFact[];
}

/** The graph's ids of an organization of the draft and of the organizations above it. */
function knownChain(org: EntityFact, known: KnownIndex, context: ResolveContext): string[] {
  const ids: string[] = [];
  for (let current: EntityFact | null = org, depth = 0; current && depth < 8; depth++) {
    if (current.existing) {
      ids.push(current.id);
      for (
        let parent = known.byId.get(current.id)?.parentId ?? null;
        parent && ids.length < 16;
        parent = known.byId.get(parent)?.parentId ?? null
      )
        ids.push(parent);
      break;
    }
    current = context.parentOf(current);
  }
  return ids;
}

function describe(entity: KnownEntity, known: KnownIndex): string {
  const parts: string[] = [];
  if (entity.kind) parts.push(entity.kind.toLowerCase().replace(/_/g, ' '));
  if (entity.parentId)
    parts.push(`unit of ${known.byId.get(entity.parentId)?.name ?? entity.parentId}`);
  for (const position of entity.positions.slice(0, 2)) {
    parts.push(
      `${position.title} at ${known.byId.get(position.organizationId)?.name ?? position.organizationId}`,
    );
  }
  return parts.join('; ');
}

/**
 * Matches each entity fact of one kind against what the graph holds: by name, acronym and
 * alias, weighing units by their parent and people by the organizations of their positions.
 * The best match at or above 0.6 is chosen (the entity is then referred to by id); the
 * alternatives stay in `candidates`, and an uncertain choice gets a check naming them.
 */
export function resolveKind(
  builder: FactBuilder,
  kind: EntityKind,
  known: KnownIndex,
  context: ResolveContext,
): void {
  const label = LABEL_OF[kind];
  if (!label) return;
  for (const fact of builder.entities(kind)) {
    // Made from a graph id already (a program named by the guide's id for it).
    if (fact.existing && fact.candidates.some((c) => c.existing && c.id === fact.id)) continue;
    const scored = new Map<string, DraftCandidate>();
    for (const variant of nameVariants(fact)) {
      for (const entity of known.named(label, variant.key)) {
        let score = variant.score;
        let note = describe(entity, known);
        if (kind === 'organization') {
          const parent = context.parentOf(fact);
          if (parent?.existing && entity.parentId !== null)
            score += entity.parentId === parent.id ? 0.04 : -0.4;
          if (parent?.existing && entity.parentId === null && variant.match !== 'name')
            score -= 0.2;
        }
        if (kind === 'person') {
          // The organizations of the person's positions here, each with its known parents.
          const here = context.organizationsOf(fact);
          const ours = here.flatMap((org) => knownChain(org, known, context));
          const ties = [
            ...entity.positions.map((p) => p.organizationId),
            ...(entity.affiliations ?? []),
          ];
          const tiesUp = [...ties, ...ties.map((id) => known.byId.get(id)?.parentId ?? null)];
          if (ours.some((id) => tiesUp.includes(id))) score += 0.04;
          else if (here.length > 0 && ties.length > 0) {
            // Known elsewhere; here at organizations the graph does not hold: most likely a namesake.
            score -= ours.length > 0 ? 0.15 : 0.4;
            note = `${note} (not the organization named here)`;
          }
        }
        const previous = scored.get(entity.id);
        if (!previous || previous.score < score) {
          scored.set(entity.id, {
            id: entity.id,
            name: entity.name,
            existing: true,
            match: variant.match,
            score: Math.min(1, Math.round(score * 100) / 100),
            note: note || undefined,
            ...((kind === 'program' || kind === 'event') && entity.kind
              ? { kind: entity.kind }
              : {}),
          });
        }
      }
    }
    const candidates = [...scored.values()].sort(
      (a, b) => b.score - a.score || a.id.localeCompare(b.id),
    );
    fact.candidates = candidates;
    const best = candidates[0];
    if (best && best.score >= ACCEPT) {
      fact.id = best.id;
      fact.existing = true;
      fact.checks = fact.checks.filter((c) => !c.includes('has no word saying what it is'));
      fact.confidence = best.score;
      const close = candidates.filter((c) => c !== best && best.score - c.score < 0.15);
      if (close.length > 0) {
        fact.checks.push(
          `uncertain match: ${best.id} (${best.name}) chosen; also ${close.map((c) => `${c.id} (${c.name})`).join(', ')}`,
        );
        fact.confidence = Math.min(fact.confidence, 0.5);
      } else if (best.match !== 'name' && best.match !== 'alias') {
        fact.checks.push(`matched ${best.id} (${best.name}) by ${best.match}: the same ${kind}?`);
      } else if (best.score < 0.8) {
        fact.checks.push(
          `matched ${best.id} (${best.name}) with doubts: ${best.note ?? ''}`.trim(),
        );
      }
    } else if (best) {
      fact.checks.push(
        `a known ${kind} has a similar name: ${candidates.map((c) => `${c.id} (${c.name})`).join(', ')}; new one made`,
      );
    }
  }
}

/** Adds the id a new entity gets as a candidate of its own, and chooses it where nothing matched. */
export function offerNewId(fact: EntityFact, id: string): void {
  const newCandidate: DraftCandidate = {
    id,
    name: typeof fact.value.name === 'string' ? fact.value.name : fact.label,
    existing: false,
    match: 'new',
    score: fact.existing ? 0.2 : fact.confidence,
  };
  fact.candidates = [...fact.candidates.filter((c) => c.id !== id || c.existing), newCandidate];
  if (!fact.existing) fact.id = id;
}

/** The organization facts of draft organizations, for contexts. */
export function organizationFacts(orgs: DraftOrganization[]): Map<string, DraftOrganization> {
  return new Map(orgs.map((o) => [o.fact.key, o]));
}
