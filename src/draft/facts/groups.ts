import type { OrganizationMention } from '../mentions/organizationMention';
import { ANAPHOR_HEADS } from '../vocabulary/organizationHeads';
import { CURATED_TERMS } from '../vocabulary/curatedTerms';
import type { FactBuilder } from './factBuilder';
import type { EventIndex } from './meetings';
import type { DraftOrganization, OrganizationIndex } from './organizations';
import type { TermFacts } from './termFacts';

/** Plural nouns of people a source counts or describes without naming them. */
const PEOPLE =
  'experts|directors|officials|representatives|heads|members|students|doctors|physicians|nurses|researchers|scholars|scientists|leaders|administrators|staff|delegates|professors|teachers|specialists|participants|guests|officers|managers|deans|academicians|postgraduates|entrepreneurs|journalists|engineers|clinicians|executives|alumni|volunteers';

const NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
  'a dozen': 12,
};

/** "12 directors of departments", "officials", "heads of relevant departments": a count, then the people. */
const GROUP = new RegExp(
  `\\b(?:(\\d{1,5}|${Object.keys(NUMBERS).join('|')}|more than \\d+|over \\d+|some \\d+|about \\d+)\\s+)?((?:(?!and\\b|or\\b|the\\b|of\\b|with\\b|by\\b|an?\\b|as\\b|such\\b|including\\b|[a-z-]+ed\\b|(?:${Object.keys(NUMBERS).join('|')})\\b)[a-z-]+\\s+){0,2}?(?:${PEOPLE.split(
    '|',
  )
    .map((noun) => `[${noun.charAt(0).toUpperCase()}${noun.charAt(0)}]${noun.slice(1)}`)
    .join(
      '|',
    )})(?:\\s+of\\s+(?:relevant\\s+|the\\s+relevant\\s+)?(?!the\\b)[a-z-]+(?:\\s+(?!of\\b|and\\b|at\\b|in\\b|to\\b|for\\b|from\\b|with\\b|who\\b|which\\b|also\\b|were\\b|was\\b|are\\b|is\\b|spoke\\b|gave\\b|met\\b|took\\b|will\\b|would\\b|[a-z-]+ed\\b)[a-z-]+)?)?)(?=\\W)`,
  'g',
);

/** Words before a group that make it the event's participants, and the role they give. */
const BEFORE: [RegExp, 'PARTICIPANT' | 'MEMBER' | 'witness'][] = [
  [
    /\b(?:attended by|joined by|with the participation of|in the presence of)\s+(?:the\s+)?$/i,
    'PARTICIPANT',
  ],
  [
    /\b(?:which|that|who)?\s*(?:included|includes|including|consisting of|comprising)\s+(?:the\s+)?$/i,
    'MEMBER',
  ],
  [/\bwitnessed by\s+(?:the\s+)?$/i, 'witness'],
];
/** Words after a group that make it the subject of taking part ("experts ... spoke at the forum"). */
const AFTER =
  /^(?:\s*,[^,]*,)?\s+(?:also\s+)?(?:attended|spoke|participated|took part|joined|were present|delivered|gave|presented|discussed)\b/i;

/**
 * Finds the participants an article counts or describes without naming them: "attended by 12
 * directors of departments of the university", "which included 12 experts of BGI", "witnessed by
 * officials of the Health Bureau of Macao" (a curated role), "experts of the Translational
 * Medicine Institute ... spoke at the forum", "Representatives of X and Y also attended" (one
 * group per organization). Each is a group of the event the sentence speaks of, with its count
 * and the organization it came for ("of BGI"; "of the university": the one named last).
 */
export function findGroups(
  builder: FactBuilder,
  events: EventIndex,
  organizations: OrganizationIndex,
  orgMentions: OrganizationMention[],
  terms: TermFacts,
): void {
  const orgAt = (start: number) =>
    orgMentions
      .filter((m) => m.start === start && organizations.ofMention.has(m.index))
      .sort((a, b) => b.end - a.end)[0];
  for (const sentence of builder.sentences) {
    if (sentence.isTitle) continue;
    for (const match of sentence.text.matchAll(GROUP)) {
      const start = sentence.start + (match.index ?? 0);
      const phrase = match[2] ?? '';
      const phraseStart = start + match[0].indexOf(phrase);
      const end = phraseStart + phrase.length;
      // Inside a name ("Department of ... Experts") or a title ("member of the committee"): not a group.
      if (
        orgMentions.some(
          (m) => m.start <= phraseStart && end <= m.end && organizations.ofMention.has(m.index),
        )
      )
        continue;
      const before = builder.text.slice(sentence.start, start);
      const context = BEFORE.find(([pattern]) => pattern.test(before));
      // Of whom: "of BGI", "of the Health Bureau of Macao and the X", "of the university".
      const organizationsOf: { org: DraftOrganization; end: number; written: string }[] = [];
      let rest = builder.text.slice(end, sentence.end);
      const of = /^\s+of\s+(?:the\s+)?/.exec(rest);
      if (of) {
        let at = end + of[0].length;
        for (;;) {
          const mention = orgAt(at);
          const org = mention ? organizations.ofMention.get(mention.index) : undefined;
          if (mention && org) {
            organizationsOf.push({
              org,
              end: mention.end,
              written: `${/\bthe\s+$/i.test(builder.text.slice(mention.start - 4, mention.start)) ? 'the ' : ''}${mention.text}`,
            });
            const and = /^\s+and\s+(?:the\s+)?/.exec(builder.text.slice(mention.end, sentence.end));
            const next = and ? orgAt(mention.end + and[0].length) : undefined;
            if (and && next) {
              at = mention.end + and[0].length;
              continue;
            }
            break;
          }
          // "of the university": the university named last.
          const anaphor = /^(\w+)/.exec(builder.text.slice(at, sentence.end));
          const heads = anaphor?.[1] ? ANAPHOR_HEADS.get(anaphor[1].toLowerCase()) : undefined;
          if (heads && of[0].includes('the')) {
            const last = organizations.all
              .filter((o) => o.headWord !== null && heads.includes(o.headWord))
              .flatMap((o) => o.mentions.filter((m) => m.end <= at).map((m) => ({ o, m })))
              .sort((a, b) => b.m.end - a.m.end)[0];
            if (last)
              organizationsOf.push({
                org: last.o,
                end: at + (anaphor?.[1]?.length ?? 0),
                written: `the ${anaphor?.[1] ?? ''}`,
              });
          }
          break;
        }
      }
      const whole = organizationsOf[organizationsOf.length - 1]?.end ?? end;
      rest = builder.text.slice(whole, sentence.end);
      const role = context?.[1] ?? (AFTER.test(rest) ? 'PARTICIPANT' : null);
      if (!role) continue;
      // "Members of the delegation included Dr. X": named people, not a group.
      if (/^\s+(?:included|include|were|are)\b/i.test(rest)) continue;
      const event = events.of(sentence.index);
      if (!event) continue;
      const count = countOf(match[1]);
      const term =
        role === 'witness'
          ? terms.use(
              CURATED_TERMS.witness,
              builder.excerpt(sentence.start + before.search(/witnessed by/i), whole),
            )
          : null;
      const builtIn =
        role === 'witness'
          ? 'PARTICIPANT'
          : role === 'MEMBER' && event.fact.value.kind !== 'VISIT'
            ? 'PARTICIPANT'
            : role;
      const contextStart = context ? sentence.start + before.search(context[0]) : start;
      const excerptStart = context ? Math.max(contextStart, sentence.start) : start;
      const targets = organizationsOf.length > 0 ? organizationsOf : [null];
      for (const target of targets) {
        const noun =
          phraseStart === sentence.start
            ? phrase.charAt(0).toLowerCase() + phrase.slice(1)
            : phrase;
        // Groups of several organizations are told apart by whom they came for.
        const description = target && targets.length > 1 ? `${noun} of ${target.written}` : noun;
        builder.link('group', {
          label: `${count !== undefined ? `${count} ` : ''}${description}${target ? ` of ${target.org.fact.label}` : ''} at ${String(event.fact.value.name)}`,
          owner: event.fact.key,
          refs: {
            ...(target ? { onBehalfOf: target.org.fact.key } : {}),
            ...(term ? { role: term.key } : {}),
          },
          optional: ['onBehalfOf'],
          value: { description, ...(count !== undefined ? { count } : {}), role: builtIn },
          confidence: 0.7,
          checks: [],
          excerpts: [builder.excerpt(excerptStart, target ? target.end : whole)],
        });
      }
    }
  }
}

/** "12" -> 12, "twelve" -> 12, "more than 20" -> undefined (not a count). */
function countOf(written: string | undefined): number | undefined {
  if (!written) return undefined;
  const lower = written.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBERS[lower];
}
