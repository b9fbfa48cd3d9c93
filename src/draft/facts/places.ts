import { normalizeName } from '../../domain/normalizeName';
import type { EntityFact } from '../draftTypes';
import type { PlaceMention } from '../mentions/findPlaces';
import type { FactBuilder } from './factBuilder';
import type { OrganizationIndex } from './organizations';
import type { OrganizationMention } from '../mentions/organizationMention';

/** The places of a draft, by mention. */
export interface PlaceIndex {
  all: EntityFact[];
  ofMention: Map<PlaceMention, EntityFact>;
}

/**
 * One place per name, with "Stockholm, Sweden" as the city within the country, and "BGI in
 * Shenzhen" as where the organization is.
 */
export function buildPlaces(
  builder: FactBuilder,
  mentions: PlaceMention[],
  organizations: OrganizationIndex,
  orgMentions: OrganizationMention[],
): PlaceIndex {
  const byName = new Map<string, EntityFact>();
  const ofMention = new Map<PlaceMention, EntityFact>();
  for (const mention of mentions) {
    const key = normalizeName(mention.place.name);
    let place = byName.get(key);
    if (!place) {
      place = builder.entity('place', {
        label: mention.place.name,
        id: '',
        confidence: 0.9,
        checks: [],
        excerpts: [],
        value: {
          name: mention.place.name,
          kind: mention.place.kind,
          ...(mention.place.aliases.length > 0 ? { aliases: [...mention.place.aliases] } : {}),
        },
      });
      byName.set(key, place);
    }
    place.excerpts.push(builder.clause(mention.start, mention.end, 60));
    ofMention.set(mention, place);
  }
  for (const mention of mentions) {
    const within = mention.within !== null ? mentions[mention.within] : undefined;
    const place = ofMention.get(mention);
    const outer = within ? ofMention.get(within) : undefined;
    if (!within || !place || !outer || place === outer) continue;
    builder.link('placeWithin', {
      label: `${place.label} lies in ${outer.label}`,
      owner: place.key,
      refs: { place: outer.key },
      value: {},
      confidence: 0.8,
      checks: [],
      excerpts: [builder.excerpt(mention.start, within.end)],
    });
  }
  // "BGI in Shenzhen", "Karolinska Institutet (KI) in Stockholm".
  for (const mention of mentions) {
    const sentence = builder.sentences[mention.sentence];
    const place = ofMention.get(mention);
    if (!sentence || !place) continue;
    const org = orgMentions
      .filter(
        (m) =>
          m.sentence === mention.sentence &&
          m.end <= mention.start &&
          /^(\s*\([^)]*\))?\s+in\s+$/.test(builder.text.slice(m.end, mention.start)),
      )
      .sort((a, b) => b.end - a.end)[0];
    const entity = org ? organizations.ofMention.get(org.index) : undefined;
    if (!org || !entity) continue;
    const end =
      mention.within !== null ? (mentions[mention.within]?.end ?? mention.end) : mention.end;
    builder.link('locatedIn', {
      label: `${entity.fact.label} is in ${place.label}`,
      owner: entity.fact.key,
      refs: { place: place.key },
      value: {},
      confidence: 0.6,
      checks: [
        `"${builder.text.slice(org.start, end)}": is this where ${entity.fact.label} is, or only where the event took place?`,
      ],
      excerpts: [builder.excerpt(org.start, end)],
    });
  }
  return { all: [...byName.values()], ofMention };
}
