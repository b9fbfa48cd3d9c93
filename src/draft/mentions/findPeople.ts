import nlp from 'compromise';

import { NAME_BREAKERS } from '../text/breakers';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenize';
import { CHINESE_SURNAMES } from '../vocabulary/chineseSurnames';
import { HONORIFICS } from '../vocabulary/honorifics';
import { ORGANIZATION_HEADS } from '../vocabulary/organizationHeads';
import { KNOWN_PLACES } from '../vocabulary/places';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../vocabulary/titles';

/** One place where the article names a person. */
export interface PersonMention {
  sentence: number;
  /** Offsets of the whole mention, honorific included ("Prof. Li jun"). */
  start: number;
  end: number;
  text: string;
  /** Offsets of the name itself, for what follows it (", president of ..."). */
  nameStart: number;
  nameEnd: number;
  /** Token index range of the name in its sentence. */
  from: number;
  to: number;
  /** The name as a person's name is stored: "Li Jun" (given names capitalised). */
  name: string;
  honorific: string | null;
  /** Only a family name after an honorific ("Prof. Li"): stands for a person named in full elsewhere. */
  short: boolean;
  /** How it was found, for the confidence: honorific, a Chinese name, a title, compromise. */
  via: 'honorific' | 'chinese-name' | 'title' | 'nlp';
}

function capitalise(word: string): string {
  return word.replace(
    /(^|-)(\p{L})/gu,
    (_m, dash: string, letter: string) => dash + letter.toUpperCase(),
  );
}

/** A capitalised word that can be part of a name (not a headline verb, head or title word). */
function givenNameWord(token: Token | undefined): boolean {
  if (!token?.word || !token.capitalized || token.acronym) return false;
  if (NAME_BREAKERS.has(token.lower) || HONORIFICS.has(token.lower)) return false;
  if (
    ORGANIZATION_HEADS.has(token.lower) ||
    TITLE_HEADS.has(token.lower) ||
    TITLE_MODIFIERS.has(token.lower)
  )
    return false;
  return /^\p{L}[\p{L}'’-]*$/u.test(token.text);
}

function isSurname(token: Token | undefined): boolean {
  return (
    token !== undefined && token.capitalized && !token.acronym && CHINESE_SURNAMES.has(token.lower)
  );
}

/** Spans already taken by organizations and places (their words are not people's names). */
export interface TakenSpans {
  covers(start: number, end: number): boolean;
}

/**
 * Finds the people an article names: after an honorific ("Prof. Li Jun", "Dr. Karen Ho",
 * "Prof. Li jun" when "Li Jun" is named elsewhere, "Prof. Li" as a short form), Chinese names
 * family name first ("Huang Wei said"), names after a capitalised title ("Vice President Tao
 * Rui"), and other names compromise recognises. Words inside organization names are skipped
 * ("Li Ka Shing Faculty of Medicine").
 */
export function findPeople(
  sentences: Sentence[],
  taken: TakenSpans,
  nlpNames: { start: number; end: number }[] = nlpPersonSpans(sentences),
): PersonMention[] {
  const mentions: PersonMention[] = [];
  const known = new Set<string>();
  const push = (mention: PersonMention) => {
    if (taken.covers(mention.nameStart, mention.nameEnd)) return;
    if (mentions.some((m) => m.nameStart < mention.nameEnd && mention.nameStart < m.nameEnd))
      return;
    mentions.push(mention);
    if (!mention.short) known.add(mention.name.toLowerCase());
  };

  // Full names first, so that "Prof. Li jun" and "Prof. Li" can be read against them.
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token) continue;
      const honorific = HONORIFICS.get(token.lower) ?? null;
      if (honorific !== null && (token.capitalized || token.lower.endsWith('.'))) {
        let to = i + 1;
        while (to - i <= 3 && givenNameWord(tokens[to])) to++;
        if (to - i >= 3 || (to - i === 2 && !isSurname(tokens[i + 1]))) {
          push(mentionOf(sentence, i, i + 1, to, honorific, 'honorific'));
        }
        continue;
      }
      if (isSurname(token) && givenNameWord(tokens[i + 1]) && !placeAt(tokens, i)) {
        const name = tokens.slice(i, i + 2);
        const before = tokens[i - 1];
        const via =
          before && before.capitalized && TITLE_HEADS.has(before.lower) ? 'title' : 'chinese-name';
        if (!name.some((t) => t.lower === 'university'))
          push(mentionOf(sentence, i, i, i + 2, null, via));
        i += 1;
      }
    }
  }

  // Honorific + family name, with a lower-case given name or none: "Prof. Li jun", "Prof. Li".
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const honorific = HONORIFICS.get(tokens[i]?.lower ?? '');
      const family = tokens[i + 1];
      if (honorific === undefined || !family?.capitalized || !givenNameWord(family)) continue;
      if (mentions.some((m) => m.sentence === sentence.index && m.from <= i + 1 && i + 1 < m.to))
        continue;
      const given = tokens[i + 2];
      if (given?.word && !given.capitalized && known.has(`${family.lower} ${given.lower}`)) {
        push(mentionOf(sentence, i, i + 1, i + 3, honorific, 'honorific'));
      } else {
        push({ ...mentionOf(sentence, i, i + 1, i + 2, honorific, 'honorific'), short: true });
      }
    }
  }

  // Other names compromise knows as people's ("Michael Leung said"), outside what is taken.
  for (const { start, end } of nlpNames) {
    const sentence = sentences.find((s) => s.start <= start && start < s.end);
    if (!sentence || sentence.isTitle) continue;
    {
      const from = sentence.tokens.findIndex((t) => t.start >= start);
      let to = from;
      while (
        to < sentence.tokens.length &&
        (sentence.tokens[to]?.end ?? Infinity) <= end &&
        givenNameWord(sentence.tokens[to])
      )
        to++;
      if (from < 0 || to - from < 2 || to - from > 3) continue;
      push(mentionOf(sentence, from, from, to, null, 'nlp'));
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * Where compromise sees people's names in the body (title left out), as text offsets: run once
 * per article, as it is the costliest step of a draft.
 */
export function nlpPersonSpans(sentences: Sentence[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const sentence of sentences) {
    if (sentence.isTitle) continue;
    const people = nlp(sentence.text).people().json({ offset: true }) as {
      offset: { start: number; length: number };
    }[];
    for (const person of people) {
      const start = sentence.start + person.offset.start;
      spans.push({ start, end: start + person.offset.length });
    }
  }
  return spans;
}

/** A two-word place starts here ("Hong Kong" is not Hong, a family name, and Kong). */
function placeAt(tokens: Token[], i: number): boolean {
  const two = `${tokens[i]?.lower ?? ''} ${tokens[i + 1]?.lower ?? ''}`;
  return KNOWN_PLACES.has(two) || KNOWN_PLACES.has(tokens[i + 1]?.lower ?? '');
}

function mentionOf(
  sentence: Sentence,
  startToken: number,
  from: number,
  to: number,
  honorific: string | null,
  via: PersonMention['via'],
): PersonMention {
  const first = sentence.tokens[startToken];
  const nameFirst = sentence.tokens[from];
  const last = sentence.tokens[to - 1];
  const start = first?.start ?? sentence.start;
  const end = last?.end ?? start;
  const words = sentence.tokens.slice(from, to).map((t) => t.text);
  return {
    sentence: sentence.index,
    start,
    end,
    text: sentence.text.slice(start - sentence.start, end - sentence.start),
    nameStart: nameFirst?.start ?? start,
    nameEnd: end,
    from,
    to,
    name: words.map(capitalise).join(' '),
    honorific,
    short: false,
    via,
  };
}
