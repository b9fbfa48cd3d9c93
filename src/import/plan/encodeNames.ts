import type { NameSet } from '../../domain/importPlan';
import { normalizeName } from '../../domain/normalizeName';
import type { AlternativeNameInput } from '../documentSchema';

/**
 * Encodes a display name and alternative names for storage: full entries, bare values for
 * search and normalised keys for alias resolution.
 */
export function encodeNames(
  name: string,
  aliases: AlternativeNameInput[],
  acronym?: string,
): NameSet {
  const names = encodeAliases(aliases, acronym);
  const matchKeys = [
    ...new Set([name, ...names.values].map(normalizeName).filter((key) => key.length > 0)),
  ];
  return { ...names, matchKeys };
}

/** `encodeNames` without a display name: the alternative names an amendment adds. */
export function encodeAliases(aliases: AlternativeNameInput[], acronym?: string): NameSet {
  const entries: string[] = [];
  const values: string[] = [];
  const add = (value: string, kind: string, language: string | undefined) => {
    const entry = `${kind}|${language ?? ''}|${value}`;
    if (!entries.includes(entry)) entries.push(entry);
    if (!values.includes(value)) values.push(value);
  };
  if (acronym) add(acronym, 'ACRONYM', undefined);
  for (const alias of aliases) {
    if (typeof alias === 'string') add(alias, 'ALIAS', undefined);
    else add(alias.value, alias.kind, alias.language);
  }
  const matchKeys = [...new Set(values.map(normalizeName).filter((key) => key.length > 0))];
  return { entries, values, matchKeys };
}

/** Both name sets in one, each list without repeats (`a`'s order first). */
export function mergeNames(a: NameSet, b: NameSet): NameSet {
  const unite = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return {
    entries: unite(a.entries, b.entries),
    values: unite(a.values, b.values),
    matchKeys: unite(a.matchKeys, b.matchKeys),
  };
}

/** Match keys without their spaces (`li jun` -> `lijun`), as references are compared. */
export function compactKeys(keys: string[]): string[] {
  return [...new Set(keys.map((key) => key.replace(/ /g, '')))];
}
