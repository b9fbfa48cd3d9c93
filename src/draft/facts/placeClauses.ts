import { matchKey } from '../../domain/normalizeName';
import type { EntityFact } from '../draftTypes';
import type { PlaceMention } from '../mentions/findPlaces';
import { accentFoldedSlug } from '../resolve/ids';
import type { CuratedTerm } from '../vocabulary/curatedTerms';
import { CURATED_TERMS, PLACE_KIND_WORDS } from '../vocabulary/curatedTerms';
import type { FactBuilder } from './factBuilder';
import type { PlaceIndex } from './places';
import type { TermFacts } from './termFacts';

const KIND_APPOSITION =
  /^\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(special administrative region|autonomous region|province|city|municipality|country|nation)\s+(?:of|in)\s+(?:the\s+)?/i;

/** "Hefei, a national science center and a pilot city for ...", "Hefei as a national science center". */
const DESIGNATIONS = /^(?:\s*,\s*|\s+as\s+)(an?\s+[^,;.]+?)(?=\s*[,;.]|$)/;

/** The longest designation read, in words: a phrase longer than this is a clause. */
const MAX_DESIGNATION_WORDS = 12;

const DESIGNATION_TERMS: CuratedTerm[] = [
  CURATED_TERMS.nationalScienceCenter,
  CURATED_TERMS.healthBigDataPilotCity,
];

/** The curated designation a phrase names, else a new one made of it. */
function designationTerm(phrase: string): CuratedTerm {
  const key = matchKey(phrase);
  const curated = DESIGNATION_TERMS.find((t) =>
    [t.name, ...t.aliases].some((name) => matchKey(name) === key),
  );
  if (curated) return curated;
  const name = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  return {
    id: `term/designation/${accentFoldedSlug(phrase).split('-').slice(0, 8).join('-')}`,
    vocabulary: 'designation',
    name,
    aliases: [],
  };
}

/**
 * Reads what an article says of its places in appositions: a kind the built-in values lack and
 * the place it lies in ("Macao, a special administrative region of China"), and designations
 * ("Hefei, a national science center and a pilot city for ...", "Hefei as a national science
 * center"), each a term of its vocabulary with the excerpt that states it.
 */
export function findPlaceClauses(
  builder: FactBuilder,
  places: PlaceIndex,
  mentions: PlaceMention[],
  terms: TermFacts,
): void {
  for (const mention of mentions) {
    const place = places.ofMention.get(mention);
    const sentence = builder.sentences[mention.sentence];
    if (!place || !sentence) continue;
    const rest = builder.text.slice(mention.end, sentence.end);
    const kind = KIND_APPOSITION.exec(rest);
    if (kind?.[1]) {
      const within = mentions.find((m) => m.start === mention.end + kind[0].length);
      const outer = within ? places.ofMention.get(within) : undefined;
      const end = within?.end ?? mention.end + kind[0].length;
      const found = PLACE_KIND_WORDS.find(([pattern]) => pattern.test(kind[1] ?? ''))?.[1];
      if (typeof found === 'string') place.value.kind = found;
      else if (found) setKindTerm(place, terms.use(found, builder.excerpt(mention.start, end)));
      if (within && outer && outer !== place)
        builder.link('placeWithin', {
          label: `${place.label} lies in ${outer.label}`,
          owner: place.key,
          refs: { place: outer.key },
          value: {},
          confidence: 0.85,
          checks: [],
          excerpts: [builder.excerpt(mention.start, within.end)],
        });
      continue;
    }
    const designations = DESIGNATIONS.exec(rest);
    const phrase = designations?.[1];
    if (!phrase) continue;
    let offset = mention.end + (designations.index ?? 0) + designations[0].indexOf(phrase);
    for (const part of phrase.split(/(?=\s+and\s+an?\s+)/)) {
      const written = part.replace(/^\s+and\s+/, '');
      const words = written.replace(/^an?\s+/, '');
      const start = offset + part.indexOf(written);
      offset += part.length;
      // A designation is a noun phrase in lower case ("a national science center").
      if (
        !/^[a-z]/.test(words) ||
        words.split(/\s+/).length > MAX_DESIGNATION_WORDS ||
        /\b(?:is|was|has|had|which|who|that|will)\b/.test(words)
      )
        continue;
      const term = designationTerm(words);
      const end = start + written.length;
      const fact = terms.use(term, builder.excerpt(start + (written.length - words.length), end));
      builder.link('designation', {
        label: `${place.label} is designated ${term.name}`,
        owner: place.key,
        refs: { designation: fact.key },
        value: {},
        confidence: 0.7,
        checks: [],
        excerpts: [builder.excerpt(mention.start, end)],
      });
    }
  }
}

/** A place's kind as a term, with the built-in value it counts as kept for when the term is dropped. */
function setKindTerm(place: EntityFact, term: EntityFact): void {
  place.value.kind = typeof term.value.broader === 'string' ? term.value.broader : 'OTHER';
  place.refs = { ...(place.refs ?? {}), kind: term.key };
}
