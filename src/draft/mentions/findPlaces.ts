import type { Sentence } from '../text/sentences';
import type { KnownPlace } from '../vocabulary/places';
import { KNOWN_PLACES, LONGEST_PLACE_WORDS } from '../vocabulary/places';
import type { TakenSpans } from './findPeople';

/** One place where the article names a place. */
export interface PlaceMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  place: KnownPlace;
  /** The place written right after it, as in "Stockholm, Sweden": the one it lies in. */
  within: number | null;
}

const PLACE_SUFFIXES = new Map<string, KnownPlace['kind']>([
  ['province', 'PROVINCE'],
  ['city', 'CITY'],
  ['municipality', 'CITY'],
  ['county', 'OTHER'],
  ['district', 'OTHER'],
  ['prefecture', 'OTHER'],
]);

/**
 * Finds places: names of the gazetteer (provinces, cities, countries of the genre) and
 * capitalised names followed by "Province", "City" or "District", outside organization names
 * ("Anhui Province" in "Translational Medicine Institute of Anhui Province" is the institute's).
 */
export function findPlaces(sentences: Sentence[], taken: TakenSpans): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]?.capitalized) continue;
      let found: { to: number; place: KnownPlace } | null = null;
      for (let n = Math.min(LONGEST_PLACE_WORDS, tokens.length - i); n >= 1 && !found; n--) {
        const words = tokens.slice(i, i + n);
        if (!words.every((t) => t.capitalized || ['of', 'de'].includes(t.lower))) continue;
        const name = words.map((t) => t.text).join(' ');
        const place = KNOWN_PLACES.get(name.toLowerCase());
        const suffix = tokens[i + n];
        const suffixKind = suffix?.capitalized ? PLACE_SUFFIXES.get(suffix.lower) : undefined;
        if (place && place.kind === 'PROVINCE' && suffix?.lower === 'province')
          found = { to: i + n + 1, place };
        else if (place) found = { to: i + n, place };
        else if (suffixKind && n <= 2) {
          found = {
            to: i + n + 1,
            place: { name: `${name} ${suffix?.text ?? ''}`, kind: suffixKind, aliases: [name] },
          };
        }
      }
      if (!found) continue;
      const start = tokens[i]?.start ?? 0;
      const end = tokens[found.to - 1]?.end ?? start;
      i = found.to - 1;
      if (taken.covers(start, end)) continue;
      const mention: PlaceMention = {
        sentence: sentence.index,
        start,
        end,
        text: sentence.text.slice(start - sentence.start, end - sentence.start),
        place: found.place,
        within: null,
      };
      const previous = mentions[mentions.length - 1];
      const between = previous
        ? sentence.text.slice(previous.end - sentence.start, start - sentence.start)
        : '';
      if (
        previous &&
        previous.sentence === sentence.index &&
        between === ', ' &&
        previous.place.kind !== 'COUNTRY'
      ) {
        previous.within = mentions.length;
      }
      mentions.push(mention);
    }
  }
  return mentions;
}
