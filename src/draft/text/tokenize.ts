/** A word or punctuation mark of the article, with its offsets in the text. */
export interface Token {
  text: string;
  /** Lower case, for comparisons. */
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is an acronym such as `AHMU`). */
  capitalized: boolean;
  /** Two or more letters, all upper case (`AHMU`, `BGI`, `R&D` excluded: it has a symbol). */
  acronym: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
}

/** Abbreviations that keep their full stop as part of the word. */
const ABBREVIATIONS = new Set([
  'prof',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'co',
  'ltd',
  'inc',
  'corp',
  'jr',
  'no',
  'vs',
  'dept',
  'univ',
]);

// Words may hold inner apostrophes, hyphens, ampersands and dots (Children's, Dahlman-Wright,
// R&D, U.S.); anything else that is not a space is a token of its own.
const TOKEN = /[\p{L}\p{N}]+(?:['’\-&.][\p{L}\p{N}]+)*|\S/gu;

/** Splits text into tokens with their offsets. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0];
    const start = (match.index ?? 0) + offset;
    const word = /^[\p{L}\p{N}]/u.test(value);
    let end = start + value.length;
    // "Prof." and "Co." keep their dot (a sentence never ends inside them).
    if (word && ABBREVIATIONS.has(value.toLowerCase()) && text[end - offset] === '.') {
      value += '.';
      end += 1;
    }
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end,
      capitalized: word && /^\p{Lu}/u.test(value),
      acronym:
        /^\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*$/u.test(value) && /\p{Lu}.*\p{Lu}/u.test(value),
      word,
    });
  }
  // The TOKEN pattern stops at a kept dot, so the dot also came out as a token: drop it.
  const kept = tokens.filter(
    (token, i) => !(token.text === '.' && tokens[i - 1]?.end === token.end),
  );
  // Three or more words in capitals in a row are a phrase set in capitals ("WORKED EXAMPLE FOR
  // CURATORS"), not acronyms.
  for (let i = 0; i < kept.length;) {
    let to = i;
    while (kept[to]?.acronym) to++;
    if (to - i >= SHOUTED_WORDS) for (let k = i; k < to; k++) (kept[k] as Token).acronym = false;
    i = Math.max(to, i + 1);
  }
  return kept;
}

/** How many capitalised words in a row make a phrase in capitals rather than acronyms. */
const SHOUTED_WORDS = 3;
