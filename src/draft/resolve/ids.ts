import { slugify } from '../../domain/slugify';
import { CHINESE_SURNAMES } from '../vocabulary/chineseSurnames';

/**
 * The shared id `slugify` ("-"-joined lower-case words, the guide's id rule for each part) of a
 * name as articles spell it: apostrophes dropped ("Xi'an" -> "xian"), accents folded
 * ("Linköping" -> "linkoping"), "unnamed" when nothing is left.
 */
export function accentFoldedSlug(text: string): string {
  const folded = text
    .replace(/['’]/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return slugify(folded, 'unnamed');
}

/** A person's id: family name first, as Chinese names are written ("person/li-jun"); other names are turned round ("person/holmberg-ingrid"). */
export function personId(name: string): string {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  const first = words[0]?.toLowerCase() ?? '';
  if (words.length > 1 && !CHINESE_SURNAMES.has(first)) {
    const last = words.pop();
    if (last) words.unshift(last);
  }
  return `person/${accentFoldedSlug(words.join(' '))}`;
}

/** A place's id: its name without "Province" or "City" ("place/anhui"). */
export function placeId(name: string): string {
  return `place/${accentFoldedSlug(name.replace(/\s+(province|city|municipality)$/i, ''))}`;
}

/** The short form of an organization in ids: its acronym of three letters or more, else its name. */
export function organizationSlug(name: string, acronym: string | null): string {
  if (acronym && acronym.replace(/[^A-Za-z]/g, '').length >= 3) return accentFoldedSlug(acronym);
  return accentFoldedSlug(name);
}

/**
 * A unit's id: its parent's id with the unit's own name after it, the parent's names left out
 * ("org/ahmu-first-affiliated-hospital", "org/ahmu-party-committee").
 */
export function unitSlug(parentSlug: string, unitName: string, parentNames: string[]): string {
  let name = unitName.replace(/^the\s+/i, '');
  for (const parentName of parentNames
    .filter((n) => n.length > 0)
    .sort((a, b) => b.length - a.length)) {
    const escaped = parentName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    name = name
      .replace(new RegExp(`\\s+of\\s+(the\\s+)?${escaped}$`, 'i'), '')
      .replace(new RegExp(`^${escaped}\\s+`, 'i'), '')
      .replace(new RegExp(`,\\s*${escaped}$`, 'i'), '');
  }
  name = name.replace(/^CPC\s+/, '');
  return `${parentSlug}-${accentFoldedSlug(name)}`;
}

/** Makes `id` unique among `taken` with a numeric suffix. */
export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
