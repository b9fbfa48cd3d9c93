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
