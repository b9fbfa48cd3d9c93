import type { OrganizationMention } from '../mentions/organizationMention';
import type { PersonMention } from '../mentions/findPeople';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenize';
import { ANAPHOR_HEADS } from '../vocabulary/organizationHeads';
import { formatTitle, TITLE_HEADS, TITLE_MODIFIERS, WEAK_TITLE_HEADS } from '../vocabulary/titles';
import type { FactBuilder } from './factBuilder';
import type { DraftOrganization, OrganizationIndex } from './organizations';
import { partyCommitteeOf } from './organizations';
import type { PeopleIndex } from './people';

/** Words that end a title: what follows is the organization or the next clause. */
const TITLE_STOPS = new Set([
  'of',
  'at',
  'in',
  'for',
  'and',
  'with',
  'from',
  'to',
  'on',
  'who',
  'was',
  'is',
  'has',
  'had',
  'said',
  'introduced',
]);

/** A title read from tokens: its words and the index after it. */
interface TitleRead {
  words: string[];
  end: number;
}

/** Reads a lower-case title at `i` ("vice president", "senior product manager"). */
function readTitle(tokens: Token[], i: number, capitalised = false): TitleRead | null {
  let at = i;
  if (['who', 'also'].includes(tokens[at]?.lower ?? '')) at++;
  if (['is', 'serves', 'was'].includes(tokens[at]?.lower ?? '')) at++;
  if (tokens[at]?.lower === 'as') at++;
  if (['the', 'a', 'an'].includes(tokens[at]?.lower ?? '')) at++;
  const words: string[] = [];
  let best: TitleRead | null = null;
  for (let k = at; k < tokens.length && words.length < 6; k++) {
    const token = tokens[k];
    if (!token?.word || TITLE_STOPS.has(token.lower)) break;
    const isTitleWord = TITLE_HEADS.has(token.lower) || TITLE_MODIFIERS.has(token.lower);
    if (
      capitalised
        ? !(token.capitalized && isTitleWord)
        : token.capitalized && !isTitleWord && !token.acronym
    )
      break;
    if (!/^[\p{L}-]+$/u.test(token.text)) break;
    words.push(token.text);
    if (TITLE_HEADS.has(token.lower) && !(WEAK_TITLE_HEADS.has(token.lower) && words.length === 1))
      best = { words: [...words], end: k + 1 };
  }
  return best;
}

/**
 * Finds the positions an article states, in the genre's patterns: appositions ("Prof. Wang Yu,
 * vice president of the Fourth Affiliated Hospital of AHMU", "X, secretary of Y and president
 * of Z"), titles before a name ("BGI President Wang Jian", "Vice President Tao Rui of the
 * hospital") and "the president of BGI, Wang Jian". "The hospital" and "the department" stand
 * for the last organization of that kind; the article's date is the attestation.
 */
export function findPositions(
  builder: FactBuilder,
  people: PeopleIndex,
  organizations: OrganizationIndex,
  orgMentions: OrganizationMention[],
  date: string | null,
): void {
  const mentionAt = (
    sentence: Sentence,
    i: number,
  ): { org: DraftOrganization; end: number; anaphor: boolean } | null => {
    let at = i;
    if (sentence.tokens[at]?.lower === 'the') at++;
    // "the hospital's Department of X": the department (a unit of the hospital named last).
    if (
      sentence.tokens[i]?.lower === 'the' &&
      /^\p{L}+['’]s$/u.test(sentence.tokens[at]?.text ?? '') &&
      ANAPHOR_HEADS.has((sentence.tokens[at]?.lower ?? '').replace(/['’]s$/, ''))
    )
      at++;
    const token = sentence.tokens[at];
    if (!token) return null;
    // The outermost mention starting here: "the Second Affiliated Hospital of AHMU", not "AHMU".
    const mention = orgMentions
      .filter(
        (m) =>
          m.sentence === sentence.index &&
          m.start === token.start &&
          organizations.ofMention.has(m.index),
      )
      .sort((a, b) => b.end - a.end)[0];
    if (mention) {
      const org = organizations.ofMention.get(mention.index);
      const end = sentence.tokens.findIndex((t) => t.start >= mention.end);
      return org ? { org, end: end < 0 ? sentence.tokens.length : end, anaphor: false } : null;
    }
    // "the hospital", "the department": the last organization of that kind before it.
    const next = sentence.tokens[at + 1];
    if (sentence.tokens[i]?.lower === 'the' && (!token.capitalized || !next?.capitalized)) {
      const heads = ANAPHOR_HEADS.get(token.lower);
      if (!heads) return null;
      const before = orgMentions
        .filter(
          (m) =>
            m.end <= token.start &&
            m.headWord !== null &&
            heads.includes(m.headWord) &&
            organizations.ofMention.has(m.index),
        )
        .sort((a, b) => b.end - a.end)[0];
      const org = before ? organizations.ofMention.get(before.index) : undefined;
      return org ? { org, end: at + 1, anaphor: true } : null;
    }
    return null;
  };

  const record = (
    mention: PersonMention,
    title: string[],
    org: DraftOrganization,
    start: number,
    end: number,
    anaphor: boolean,
  ) => {
    const person = people.ofMention.get(mention);
    if (!person) return;
    // "Party Secretary", "party secretary of X": the secretary of X's party committee.
    if (title.some((w) => w.toLowerCase() === 'party') && org.kind !== 'PARTY_COMMITTEE') {
      org = partyCommitteeOf(builder, organizations, org, start, end);
      title = title.filter((w) => w.toLowerCase() !== 'party');
    }
    const formatted = formatTitle(title);
    const checks = anaphor
      ? [
          `"${builder.text.slice(start, end)}" does not name the organization: ${String(org.fact.value.name)} is the one named last`,
        ]
      : [];
    builder.link('position', {
      label: `${String(person.fact.value.name)}: ${formatted} at ${String(org.fact.value.name)}`,
      owner: null,
      refs: { person: person.fact.key, organization: org.fact.key },
      value: { title: formatted, ...(date ? { attestedOn: date } : {}) },
      confidence: anaphor ? 0.6 : 0.85,
      checks,
      excerpts: [builder.excerpt(start, end)],
    });
  };

  for (const sentence of builder.sentences) {
    const tokens = sentence.tokens;
    for (const mention of [...people.ofMention.keys()].filter(
      (m) => m.sentence === sentence.index,
    )) {
      // Apposition: "<person>, <title> of <organization>[ and <title> of <organization>]".
      if (tokens[mention.to]?.text === ',') {
        let at = mention.to + 1;
        for (let round = 0; round < 3; round++) {
          const title = readTitle(tokens, at);
          if (!title) break;
          let next = title.end;
          // "secretary and president of X": both titles at X.
          const titles = [title.words];
          while (tokens[next]?.lower === 'and') {
            const more = readTitle(tokens, next + 1);
            if (!more || !['of', 'at'].includes(tokens[more.end]?.lower ?? '')) break;
            titles.push(more.words);
            next = more.end;
          }
          if (!['of', 'at', 'in'].includes(tokens[next]?.lower ?? '')) break;
          const org = mentionAt(sentence, next + 1);
          if (!org) break;
          const endToken = tokens[org.end - 1];
          for (const words of titles)
            record(
              mention,
              words,
              org.org,
              mention.start,
              endToken?.end ?? mention.end,
              org.anaphor,
            );
          at = org.end;
          if (tokens[at]?.lower !== 'and') break;
          at++;
        }
      }
      // A capitalised title before the name: "Vice President Tao Rui", "BGI President Wang Jian".
      let k = mention.from;
      if (mention.start !== (tokens[mention.from]?.start ?? -1)) continue;
      while (k > 0) {
        const token = tokens[k - 1];
        if (
          !token?.capitalized ||
          !(TITLE_HEADS.has(token.lower) || TITLE_MODIFIERS.has(token.lower))
        )
          break;
        k--;
      }
      const before = readTitle(tokens, k, true);
      if (before && before.end === mention.from) {
        const titleStart = tokens[k]?.start ?? mention.start;
        const orgBefore = orgMentions
          .filter(
            (m) =>
              m.sentence === sentence.index &&
              m.end <= titleStart &&
              sentence.text.slice(m.end - sentence.start, titleStart - sentence.start).trim() ===
                '' &&
              organizations.ofMention.has(m.index),
          )
          .sort((a, b) => b.end - a.end)[0];
        const orgOfBefore = orgBefore ? organizations.ofMention.get(orgBefore.index) : undefined;
        if (orgBefore && orgOfBefore) {
          record(mention, before.words, orgOfBefore, orgBefore.start, mention.end, false);
        } else if (['of', 'at'].includes(tokens[mention.to]?.lower ?? '')) {
          const org = mentionAt(sentence, mention.to + 1);
          const endToken = org ? tokens[org.end - 1] : undefined;
          if (org && endToken)
            record(mention, before.words, org.org, titleStart, endToken.end, org.anaphor);
        }
      }
      // "the president of BGI, Wang Jian".
      if (tokens[mention.from - 1]?.text === ',' && mention.from >= 4) {
        const comma = tokens[mention.from - 1];
        const orgBefore = orgMentions
          .filter(
            (m) =>
              m.sentence === sentence.index &&
              m.end === comma?.start &&
              organizations.ofMention.has(m.index),
          )
          .sort((a, b) => b.end - a.end)[0];
        const org = orgBefore ? organizations.ofMention.get(orgBefore.index) : undefined;
        if (orgBefore && org) {
          const ofIndex = tokens.findIndex(
            (t) =>
              t.end <= orgBefore.start && tokens[tokens.indexOf(t) + 1]?.start === orgBefore.start,
          );
          const of = tokens[ofIndex]?.lower === 'the' ? ofIndex - 1 : ofIndex;
          if (tokens[of]?.lower === 'of') {
            let t = of;
            while (t > 0 && tokens[t - 1]?.word && !tokens[t - 1]?.capitalized && t > of - 5) t--;
            const title = readTitle(tokens, t);
            if (title && title.end === of)
              record(
                mention,
                title.words,
                org,
                tokens[t]?.start ?? orgBefore.start,
                mention.end,
                false,
              );
          }
        }
      }
    }
  }
}
