import type { KnownIndex } from '../../domain/knownEntity';
import { normalizeName } from '../../domain/normalizeName';
import type { EntityFact, LinkFact } from '../draftTypes';
import type { FactBuilder } from '../facts/factBuilder';
import { addAlias } from '../facts/organizationClauses';

/** A normalised name without its spaces, as names are matched. */
const compact = (name: string) => normalizeName(name).replace(/ /g, '');

/**
 * What the article adds to entities the graph holds, once matching has chosen them: a name the
 * article writes for a known organization or program that the graph does not hold yet becomes
 * an alias (an `amend` entry, with a check); links the graph already has (a place, a parent, a
 * designation, an alias) are dropped, so an amendment carries only what is new.
 */
export function knownAdditions(builder: FactBuilder, known: KnownIndex): void {
  const drop = new Set<string>();
  for (const fact of builder.facts) {
    if (fact.type !== 'entity' || !fact.existing) continue;
    const stored = known.byId.get(fact.id);
    if (!stored) continue;
    const keys = new Set(stored.matchKeys.map(compact));
    if (fact.kind === 'organization') {
      const written = [
        fact.value.name,
        fact.value.acronym,
        ...((fact.value.aliases as unknown[] | undefined) ?? []),
      ]
        .filter((n): n is string => typeof n === 'string')
        .filter((name) => builder.text.includes(name));
      for (const name of written) {
        if (keys.has(compact(name))) continue;
        const at = fact.excerpts.find((e) => e.quote.includes(name)) ?? fact.excerpts[0];
        if (!at) continue;
        addAlias(builder, fact, name, at, 0.6, [
          `the graph does not hold "${name}" as a name of ${fact.id}: the amendment adds it`,
        ]);
      }
    }
    for (const link of builder.facts.filter(
      (f): f is LinkFact => f.type === 'link' && f.owner === fact.key,
    )) {
      if (link.kind === 'alias' && keys.has(compact(String(link.value.alias)))) drop.add(link.key);
      const target = (ref: string | undefined) =>
        (ref ? builder.byKey(ref) : undefined) as EntityFact | undefined;
      if (
        link.kind === 'unitOf' &&
        stored.parentId !== null &&
        target(link.refs.organization)?.id === stored.parentId
      )
        drop.add(link.key);
      const place = target(link.refs.place) ?? target(link.refs.designation);
      if (
        ['locatedIn', 'eventPlace', 'programPlace', 'placeWithin', 'designation'].includes(
          link.kind,
        ) &&
        place?.existing &&
        (stored.links ?? []).includes(place.id)
      )
        drop.add(link.key);
    }
  }
  builder.remove(drop);
}
