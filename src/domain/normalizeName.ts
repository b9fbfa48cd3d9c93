/** Titles that precede names in the sources and never distinguish two entities. */
const HONORIFICS = new Set(['prof', 'professor', 'dr', 'mr', 'mrs', 'ms', 'miss', 'madam', 'sir']);

/**
 * The key two spellings of a name share: Unicode-normalised, lower-case, punctuation and
 * leading honorifics dropped, spacing collapsed ("Prof. Li jun" -> "li jun").
 */
export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  while (words.length > 1 && HONORIFICS.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/**
 * The key names are matched by: `normalizeName` without spaces, so that spacing never tells two
 * names apart ("Cao Yun Xia" and "Cao Yunxia", "lijun" and "Li Jun").
 */
export function matchKey(name: string): string {
  return normalizeName(name).replace(/ /g, '');
}
