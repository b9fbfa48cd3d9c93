import type { DraftExcerpt, EntityFact } from '../draftTypes';
import type { PersonMention } from '../mentions/findPeople';
import type { OrganizationMention } from '../mentions/organizationMention';
import type { Sentence } from '../text/sentences';
import { ANAPHOR_HEADS } from '../vocabulary/organizationHeads';
import { CURATED_TERMS } from '../vocabulary/curatedTerms';
import type { FactBuilder } from './factBuilder';
import type { EventIndex } from './meetings';
import type { DraftOrganization, OrganizationIndex } from './organizations';
import { institutionOf } from './organizations';
import type { PeopleIndex } from './people';
import type { ProgramMention } from './programClauses';
import type { TermFacts } from './termFacts';
import type { TermMatch } from './terms';

/** What the statement finder reads. */
export interface StatementInputs {
  people: PeopleIndex;
  organizations: OrganizationIndex;
  orgMentions: OrganizationMention[];
  personMentions: PersonMention[];
  programMentions: ProgramMention[];
  events: EventIndex;
  termMatches: TermMatch[];
  terms: TermFacts;
  date: string | null;
}

type Kind = 'SAID' | 'HOPED' | 'PLEDGED' | 'pointedOut';

/** Verbs of saying, hoping and pledging, with the kind each states. */
const VERBS: [string, Kind][] = [
  ['pointed out', 'pointedOut'],
  ['expressed (?:the |his |her |their )?(?:hope|wish)', 'HOPED'],
  ['looked forward to', 'HOPED'],
  ['looks forward to', 'HOPED'],
  ['hoped', 'HOPED'],
  ['hopes', 'HOPED'],
  ['wished', 'HOPED'],
  ['pledged', 'PLEDGED'],
  ['promised', 'PLEDGED'],
  ['vowed', 'PLEDGED'],
  ['committed', 'PLEDGED'],
  ['said', 'SAID'],
  ['says', 'SAID'],
  ['stated', 'SAID'],
  ['noted', 'SAID'],
  ['stressed', 'SAID'],
  ['emphasized', 'SAID'],
  ['emphasised', 'SAID'],
  ['remarked', 'SAID'],
  ['added', 'SAID'],
  ['explained', 'SAID'],
  ['believed', 'SAID'],
  ['declared', 'SAID'],
];
const VERB = new RegExp(
  `\\b(?:also\\s+)?(${VERBS.map(([v]) => v).join('|')})\\b(\\s+that\\b|\\s+of\\b(?=\\s+\\w+ing\\b)|\\s+(?=to\\b|for\\b))?`,
  'gi',
);
/** Verbs that state a statement without "that" ("X said the center would ..."); the others need it. */
const WITHOUT_THAT =
  /^(?:said|says|hoped|hopes|pledged|promised|vowed|pointed out|expressed .*(?:hope|wish)|look(?:ed|s) forward to)$/i;
const kindOfVerb = (verb: string): Kind =>
  VERBS.find(([pattern]) => new RegExp(`^${pattern}$`, 'i').test(verb))?.[1] ?? 'SAID';

/** Pronouns that stand for the speaker named before. */
const PRONOUN = /\b(He|She|he|she)\s+(?:also\s+)?$/;

/**
 * Finds what people said, hoped or pledged: "Li Jun pledged that ...", "Mr. Wang Jian,
 * president of BGI, hoped that the cooperation could ...", "He said that ..." (the person named
 * last before), "expressed the hope of ...", "X said that A, and hoped that B" (two statements).
 * The quote is the clause after the verb, verbatim; the speaker's organization is the one they
 * hold a position at (or "of X"); the event is the one the sentence speaks of; the statement is
 * about the programs it refers to ("the cooperation", "the center"), the organizations it names
 * ("the university": the one named last) and the aspects and disease areas its words match.
 */
export function findStatements(builder: FactBuilder, inputs: StatementInputs): void {
  const { people } = inputs;
  const quotes: { start: number; end: number }[] = [];
  let lastSpeaker: { person: EntityFact; mention: PersonMention } | null = null;
  for (const sentence of builder.sentences) {
    if (sentence.isTitle) continue;
    const inSentence = inputs.personMentions
      .filter((m) => m.sentence === sentence.index && people.ofMention.has(m))
      .sort((a, b) => a.start - b.start);
    const verbs = [...sentence.text.matchAll(VERB)];
    for (const [n, match] of verbs.entries()) {
      const verbAt = sentence.start + (match.index ?? 0);
      if (quotes.some((q) => q.start <= verbAt && verbAt < q.end)) continue;
      const verbWord = match[1] ?? '';
      if (match[2] === undefined && !WITHOUT_THAT.test(verbWord.replace(/\s+/g, ' '))) continue;
      const quoteStart = verbAt + match[0].length;
      // The quote runs to the next statement verb joined by ", and", else to the sentence's end.
      const next = verbs[n + 1];
      const nextAt = next ? sentence.start + (next.index ?? 0) : sentence.end;
      const joined = /,\s+and\s+$/.exec(builder.text.slice(quoteStart, nextAt));
      const quoteEnd =
        next && joined ? nextAt - joined[0].length : withoutStop(builder.text, sentence.end);
      let quote = builder.excerpt(quoteStart, quoteEnd);
      // “The center will serve the region,” Prof. X said / said Prof. X: the words in quotation marks.
      const marked = /[“"]([^”"]+?)[,.]?[”"]/.exec(sentence.text);
      const speakerNext = inSentence.some(
        (m) => m.start >= quoteStart && m.start <= quoteStart + 2,
      );
      if (
        (quote.quote.split(/\s+/).length < 3 || speakerNext) &&
        marked?.[1] &&
        sentence.start + (marked.index ?? 0) < verbAt
      ) {
        const at = sentence.start + (marked.index ?? 0) + 1;
        quote = builder.excerpt(at, at + marked[1].length);
      }
      if (quote.quote.split(/\s+/).length < 3) continue;
      // The speaker: the person the clause starts with, a pronoun for the one named last, or
      // the speaker of a statement this one is joined to.
      const before = builder.text.slice(sentence.start, verbAt);
      const subject = inSentence.find((m) => m.end <= verbAt);
      let speaker: { person: EntityFact; mention: PersonMention } | null = null;
      let evidenceStart = verbAt;
      let pronoun = false;
      const joinedToPrevious = n > 0 && /,\s+and\s+$/.test(before) && lastSpeaker !== null;
      if (joinedToPrevious && lastSpeaker) {
        speaker = lastSpeaker;
        evidenceStart = verbAt - (/and\s+$/.exec(before)?.[0].length ?? 0);
      } else if (subject && !/[;]/.test(builder.text.slice(subject.end, verbAt))) {
        const person = people.ofMention.get(subject)?.fact;
        if (person) speaker = { person, mention: subject };
        evidenceStart = subject.start;
      } else if (quote.end <= verbAt) {
        // “...,” said Prof. X.
        const after = inSentence.find(
          (m) => m.start >= verbAt && m.start <= verbAt + match[0].length + 2,
        );
        const person = after ? people.ofMention.get(after)?.fact : undefined;
        if (after && person) speaker = { person, mention: after };
        evidenceStart = verbAt;
      } else if (PRONOUN.test(before) && lastSpeaker) {
        speaker = lastSpeaker;
        pronoun = true;
        evidenceStart = sentence.start + (PRONOUN.exec(before)?.index ?? 0);
      }
      if (!speaker) continue;
      lastSpeaker = speaker;
      quotes.push({ start: quote.start, end: quote.end });
      const evidenceEnd =
        quote.end <= verbAt ? Math.max(speaker.mention.end, verbAt + verbWord.length) : quoteStart;
      statement(
        builder,
        inputs,
        sentence,
        speaker,
        kindOfVerb(verbWord.replace(/\s+/g, ' ')),
        quote,
        builder.excerpt(evidenceStart, Math.min(evidenceEnd, sentence.end)),
        pronoun,
      );
    }
    // The person named last in a sentence is who "he" or "she" stands for next.
    const last = inSentence[0];
    const person = last ? people.ofMention.get(last)?.fact : undefined;
    if (last && person && !verbs.length) lastSpeaker = { person, mention: last };
  }
}

function statement(
  builder: FactBuilder,
  inputs: StatementInputs,
  sentence: Sentence,
  speaker: { person: EntityFact; mention: PersonMention },
  kind: Kind,
  quote: DraftExcerpt,
  evidence: DraftExcerpt,
  pronoun: boolean,
): void {
  const speaksFor = organizationOf(builder, inputs, speaker.person, speaker.mention);
  const event = inputs.events.of(sentence.index);
  const term = kind === 'pointedOut' ? inputs.terms.use(CURATED_TERMS.pointedOut, evidence) : null;
  const builtIn = kind === 'pointedOut' ? 'SAID' : kind;
  const date = event?.fact.value.date ?? inputs.date;
  const fact = builder.entity('statement', {
    label: `${speaker.person.label} ${term ? 'pointed out' : builtIn.toLowerCase()}: “${quote.quote.length > 60 ? `${quote.quote.slice(0, 57)}…` : quote.quote}”`,
    id: '',
    confidence: pronoun ? 0.6 : 0.75,
    checks: pronoun
      ? [`"${evidence.quote}": the speaker is taken to be ${speaker.person.label}, named before`]
      : [],
    excerpts: [evidence],
    value: { kind: builtIn, ...(typeof date === 'string' ? { date } : {}) },
  });
  fact.quote = quote;
  fact.refs = {
    speaker: speaker.person.key,
    ...(speaksFor ? { onBehalfOf: speaksFor.fact.key } : {}),
    ...(event ? { event: event.fact.key } : {}),
    ...(term ? { kind: term.key } : {}),
  };
  fact.optional = ['onBehalfOf', 'event'];
  about(builder, inputs, fact, quote);
}

/** The organization a speaker speaks for: "X of BGI", else the one they hold a position at. */
function organizationOf(
  builder: FactBuilder,
  inputs: StatementInputs,
  person: EntityFact,
  mention: PersonMention,
): DraftOrganization | null {
  const of = /^\s+of\s+(?:the\s+)?/.exec(builder.text.slice(mention.end));
  const named = of
    ? inputs.orgMentions
        .filter(
          (m) =>
            m.start === mention.end + of[0].length && inputs.organizations.ofMention.has(m.index),
        )
        .sort((a, b) => b.end - a.end)[0]
    : undefined;
  const position = builder.links('position').find((p) => p.refs.person === person.key);
  const org = named
    ? inputs.organizations.ofMention.get(named.index)
    : inputs.organizations.all.find((o) => o.fact.key === position?.refs.organization);
  return org ? institutionOf(org) : null;
}

/** What a statement is about: programs referred to, organizations named, terms matched in its quote. */
function about(
  builder: FactBuilder,
  inputs: StatementInputs,
  statement: EntityFact,
  quote: DraftExcerpt,
): void {
  const inQuote = (start: number, end: number) => quote.start <= start && end <= quote.end;
  const add = (field: string, target: EntityFact, start: number, end: number) => {
    if (
      builder
        .links('statementAbout')
        .some((l) => l.owner === statement.key && l.refs[field] === target.key)
    )
      return;
    const wording = builder.excerpt(start, end);
    builder.link('statementAbout', {
      label: `${statement.label.split(':')[0] ?? ''} about ${typeof target.value.name === 'string' ? target.value.name : target.label}`,
      owner: statement.key,
      refs: { [field]: target.key },
      value: { wording: wording.quote },
      confidence: 0.7,
      checks: [],
      excerpts: [wording],
    });
  };
  for (const mention of inputs.programMentions.filter((m) => inQuote(m.start, m.end)))
    add('program', mention.fact, mention.start, mention.end);
  const orgs = inputs.orgMentions.filter(
    (m) => inQuote(m.start, m.end) && inputs.organizations.ofMention.has(m.index),
  );
  const programs = inputs.programMentions.filter((m) => inQuote(m.start, m.end));
  for (const mention of orgs) {
    // "the memorandum signed by AHMU and BGI": the program is the subject, not its parties.
    if (programs.some((p) => p.start <= mention.start && mention.end <= p.end)) continue;
    if (
      orgs.some(
        (o) =>
          o !== mention &&
          o.start <= mention.start &&
          mention.end <= o.end &&
          o.end - o.start > mention.end - mention.start,
      )
    )
      continue;
    const org = inputs.organizations.ofMention.get(mention.index);
    if (org) add('organization', org.fact, mention.start, mention.end);
  }
  // "the university", "the hospital": the one named last before the quote.
  for (const match of quote.quote.matchAll(
    /\bthe\s+(university|hospital|company|school|college|institute)\b/gi,
  )) {
    const start = quote.start + (match.index ?? 0);
    const heads = ANAPHOR_HEADS.get((match[1] ?? '').toLowerCase()) ?? [];
    const last = inputs.organizations.all
      .filter((o) => o.headWord !== null && heads.includes(o.headWord))
      .flatMap((o) => o.mentions.filter((m) => m.end <= quote.start).map((m) => ({ o, m })))
      .sort((a, b) => b.m.end - a.m.end)[0];
    if (last) add('organization', last.o.fact, start, start + match[0].length);
  }
  for (const match of inputs.termMatches.filter((t) => inQuote(t.start, t.end)))
    add(match.term.kind === 'aspect' ? 'aspect' : 'area', match.term, match.start, match.end);
}

/** The end of a sentence without its full stop (a quote ends before it). */
function withoutStop(text: string, end: number): number {
  let to = end;
  while (to > 0 && /[.!?\s]/.test(text[to - 1] ?? '')) to--;
  return to;
}
