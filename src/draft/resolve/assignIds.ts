import type { KnownIndex } from '../../domain/knownEntity';
import type { EntityFact } from '../draftTypes';
import type { FactBuilder } from '../facts/factBuilder';
import type { OrganizationIndex } from '../facts/organizations';
import { accentFoldedSlug, organizationSlug, personId, placeId, uniqueId, unitSlug } from './ids';
import { offerNewId } from './resolveEntities';

const PREFIX = { diseaseArea: 'area/', aspect: 'aspect/' } as const;

/**
 * Gives every new entity its id by the guide's rules (units after their parents, programs and
 * events after the organizations their ids name), unique within the draft and the graph, and
 * offers it beside the known candidates so a curator can still choose "new".
 */
export function assignIds(
  builder: FactBuilder,
  organizations: OrganizationIndex,
  known: KnownIndex,
): void {
  const taken = new Set<string>([...known.byId.keys()]);
  for (const fact of builder.facts) if (fact.type === 'entity' && fact.existing) taken.add(fact.id);
  const assign = (fact: EntityFact, id: string) => {
    // A known entity is offered a new id too, in case it is a namesake: never its own.
    const chosen = uniqueId(id, taken);
    if (!fact.existing && chosen !== id)
      fact.checks.push(`${id} is taken by another entity: ${chosen} given instead; the same one?`);
    offerNewId(fact, chosen);
  };
  // Terms keep the curated ids they were made with; a new one is offered as such.
  for (const fact of builder.entities('term')) if (!fact.existing) offerNewId(fact, fact.id);
  for (const fact of builder.entities('place')) assign(fact, placeId(String(fact.value.name)));
  const done = new Set<string>();
  const orgId = (org: (typeof organizations.all)[number]): string => {
    if (org.fact.existing || done.has(org.fact.key)) return org.fact.id;
    done.add(org.fact.key);
    const name = String(org.fact.value.name);
    const acronym = typeof org.fact.value.acronym === 'string' ? org.fact.value.acronym : null;
    const id =
      org.parent && !org.ownName
        ? `org/${unitSlug(orgId(org.parent).replace(/^org\//, ''), name, [String(org.parent.fact.value.name), org.parent.shortName, ...((org.parent.fact.value.aliases as string[] | undefined) ?? [])])}`
        : `org/${organizationSlug(name, acronym)}`;
    assign(org.fact, id);
    return org.fact.id;
  };
  for (const org of organizations.all) orgId(org);
  for (const fact of builder.entities('person')) assign(fact, personId(String(fact.value.name)));
  for (const kind of ['diseaseArea', 'aspect'] as const) {
    for (const fact of builder.entities(kind))
      assign(fact, `${PREFIX[kind]}${accentFoldedSlug(String(fact.value.name))}`);
  }
  // Programs and events carry a template of their id naming entity keys: {org:3}.
  for (const kind of ['program', 'event'] as const) {
    for (const fact of builder.entities(kind)) {
      const template =
        typeof fact.value.idTemplate === 'string'
          ? fact.value.idTemplate
          : accentFoldedSlug(String(fact.value.name));
      delete fact.value.idTemplate;
      const slug = template.replace(/\{([a-zA-Z]+:\d+)\}/g, (_m, key: string) => {
        const entity = builder.byKey(key);
        if (entity?.type !== 'entity') return '';
        const org = organizations.all.find((o) => o.fact === entity);
        const acronym = entity.value.acronym;
        if (typeof acronym === 'string' && acronym.length >= 2) return accentFoldedSlug(acronym);
        return (entity.existing ? entity.id : org ? entity.id : entity.id).replace(/^[a-z]+\//, '');
      });
      assign(fact, `${kind}/${accentFoldedSlug(slug.replace(/-+/g, ' '))}`);
    }
  }
}
