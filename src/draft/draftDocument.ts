import type { EntityLookup } from '../domain/knownEntity';
import { KnownIndex, NO_LOOKUP } from '../domain/knownEntity';
import type { Draft, DraftSource, EntityFact } from './draftTypes';
import { findEvents } from './facts/events';
import { FactBuilder } from './facts/factBuilder';
import { findGroups } from './facts/groups';
import { findMeetings } from './facts/meetings';
import { findOrganizationClauses } from './facts/organizationClauses';
import type { DraftOrganization, OrganizationIndex } from './facts/organizations';
import { buildOrganizations, inferParents } from './facts/organizations';
import { buildPeople } from './facts/people';
import { findPlaceClauses } from './facts/placeClauses';
import { buildPlaces } from './facts/places';
import { findPositions } from './facts/positions';
import { agreementReferences, findProgramClauses } from './facts/programClauses';
import { findPrograms } from './facts/programs';
import { findStatements } from './facts/statements';
import { TermFacts } from './facts/termFacts';
import { findTerms } from './facts/terms';
import { findOrganizations } from './mentions/findOrganizations';
import { findPeople, nlpPersonSpans } from './mentions/findPeople';
import { findPlaces } from './mentions/findPlaces';
import { assignIds } from './resolve/assignIds';
import { accentFoldedSlug } from './resolve/ids';
import { knownAdditions } from './resolve/knownAdditions';
import { nameVariants, resolveKind } from './resolve/resolveEntities';
import type { StatedDate } from './text/articleDate';
import { idDate, statedDates } from './text/articleDate';
import type { Sentence } from './text/sentences';
import { splitSentences, titleLine } from './text/sentences';

export interface DraftOptions {
  /** The article's title; its first line when absent. */
  title?: string;
  /** The article's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); the first date of the text when absent. */
  date?: string;
  /**
   * A date known from outside the text (the file name's `2011` or `2018-06`): the article's date
   * unless the text's first date lies within it and is more precise; the year of relative dates
   * ("at the beginning of the new year").
   */
  dateHint?: string;
  /** The source id; made from the organizations and the date when absent. */
  sourceId?: string;
  /** Where the document finds its text: a path relative to it, or inline (the default). */
  textFile?: string;
  /** What the graph holds already (the running database, or the seed documents offline). */
  lookup?: EntityLookup;
}

/** Everything one pass of extraction found, before ids. */
interface Extraction {
  builder: FactBuilder;
  organizations: OrganizationIndex;
  date: string | null;
}

/** What compromise reads of an article, once per draft (both passes share it), and its dates. */
interface Reading {
  sentences: Sentence[];
  nlpNames: { start: number; end: number }[];
  dates: StatedDate[];
}

function extract(
  text: string,
  reading: Reading,
  known: KnownIndex,
  date: string | null,
): Extraction {
  const { sentences } = reading;
  const builder = new FactBuilder(text, sentences);
  const orgMentions = findOrganizations(sentences);
  const strong = orgMentions.filter((m) => !m.weak);
  const covers = (spans: { start: number; end: number }[]) => ({
    covers: (start: number, end: number) => spans.some((s) => s.start < end && start < s.end),
  });
  const personMentions = findPeople(sentences, covers(strong), reading.nlpNames);
  const placeMentions = findPlaces(sentences, covers([...strong, ...personMentions]));
  const taken = covers([
    ...personMentions,
    ...placeMentions.map((p) => ({ start: p.start, end: p.end })),
  ]);
  const organizations = buildOrganizations(builder, orgMentions, known, (s, e) =>
    taken.covers(s, e),
  );
  const people = buildPeople(builder, personMentions);
  // "the AHMU delegation", "a delegation of Anhui Medical University", "a delegation from the X".
  const delegationOf = (sentence: number): DraftOrganization | null => {
    const s = sentences[sentence];
    if (!s) return null;
    for (const match of s.text.matchAll(
      /\bdelegations?\s+(?:of|from)\s+(?:the\s+)?|\bdelegation\b/g,
    )) {
      const at = s.start + (match.index ?? 0);
      const after = at + match[0].length;
      const candidates = orgMentions.filter(
        (m) =>
          m.sentence === sentence &&
          organizations.ofMention.has(m.index) &&
          (match[0] === 'delegation' ? /^\s+$/.test(text.slice(m.end, at)) : m.start === after),
      );
      const outer = candidates.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      const org = outer ? organizations.ofMention.get(outer.index) : undefined;
      if (org) return org;
    }
    return null;
  };
  inferParents(builder, organizations, sentences, delegationOf);
  const terms = new TermFacts(builder, known);
  const appositions = findOrganizationClauses(builder, organizations, orgMentions, terms);
  const places = buildPlaces(builder, placeMentions, organizations, orgMentions);
  findPlaceClauses(builder, places, placeMentions, terms);
  findPositions(builder, people, organizations, orgMentions, date);
  const programs = findPrograms(
    builder,
    organizations,
    people,
    orgMentions,
    personMentions,
    date,
    (start, end) => appositions.inside(start, end),
  );
  const programMentions = findProgramClauses(builder, {
    organizations,
    people,
    places,
    programs,
    orgMentions,
    personMentions,
    placeMentions,
    appositions,
    terms,
    known,
    date,
  });
  const visitAndSigning = findEvents(builder, {
    organizations,
    people,
    places,
    programs,
    orgMentions,
    personMentions,
    placeMentions,
    delegationOf,
    date,
    dates: reading.dates,
    terms,
  });
  const events = findMeetings(builder, {
    organizations,
    people,
    places,
    orgMentions,
    personMentions,
    placeMentions,
    programMentions,
    visitAndSigning,
    dates: reading.dates,
    date,
    terms,
  });
  findGroups(builder, events, organizations, orgMentions, terms);
  const termMatches = findTerms(
    builder,
    known,
    programs,
    (s, e) =>
      covers(
        orgMentions.filter(
          (m) => organizations.ofMention.has(m.index) && !organizations.established.includes(m),
        ),
      ).covers(s, e),
    events,
    programMentions,
  );
  findStatements(builder, {
    people,
    organizations,
    orgMentions,
    personMentions,
    programMentions,
    events,
    termMatches,
    terms,
    date,
  });
  return { builder, organizations, date };
}

/** The lookup keys of a first pass: every name the draft's entities may be known by, as match keys. */
function lookupKeys(extraction: Extraction): string[] {
  const keys = new Set<string>();
  for (const fact of extraction.builder.facts) {
    if (fact.type !== 'entity') continue;
    for (const variant of nameVariants(fact)) keys.add(variant.key.replace(/ /g, ''));
  }
  return [...keys];
}

/**
 * Drafts an import document from an article's text: people, organizations, positions, places,
 * programs, events, aspects and disease areas, each fact with a verbatim excerpt, a confidence
 * and what to check; known entities are referred to by id (one batched look-up), new ones get
 * ids by the guide's rules. Deterministic: the same text and graph give the same draft.
 */
export async function draftDocument(text: string, options: DraftOptions = {}): Promise<Draft> {
  const lookup = options.lookup ?? NO_LOOKUP;
  const hint = options.dateHint;
  const year = /^\d{4}/.exec(options.date ?? hint ?? '')?.[0];
  const dates = statedDates(text, year === undefined ? undefined : Number(year));
  const stated = dates[0]?.lastDay;
  const date =
    options.date ??
    (hint !== undefined && !(stated?.startsWith(hint) ?? false) ? hint : stated) ??
    null;
  const title = options.title ?? titleLine(text) ?? 'Untitled article';
  // Pass one finds the names; one look-up reads what the graph holds of them; pass two uses it.
  const sentences = splitSentences(text);
  const reading: Reading = { sentences, nlpNames: nlpPersonSpans(sentences), dates };
  const first = extract(text, reading, new KnownIndex([]), date);
  const known = new KnownIndex(
    await lookup.find(
      lookupKeys(first),
      agreementReferences(text, new KnownIndex([])).map((r) => r.id),
    ),
  );
  const { builder, organizations } = extract(text, reading, known, date);

  const parentOf = (fact: EntityFact) =>
    organizations.all.find((o) => o.fact === fact)?.parent?.fact ?? null;
  const organizationsOf = (fact: EntityFact) =>
    builder
      .links('position')
      .filter((p) => p.refs.person === fact.key)
      .map((p) => builder.byKey(p.refs.organization ?? ''))
      .filter((f): f is EntityFact => f?.type === 'entity');
  const context = { parentOf, organizationsOf };
  // Parents before units (a unit is told apart by its parent), organizations before people.
  resolveKind(builder, 'place', known, context);
  const depth = (o: DraftOrganization): number => (o.parent ? 1 + depth(o.parent) : 0);
  const byDepth = [...organizations.all].sort((a, b) => depth(a) - depth(b));
  for (let level = 0; level <= Math.max(0, ...byDepth.map(depth)); level++) {
    const sub = new FactBuilder(text, builder.sentences);
    sub.facts.push(...byDepth.filter((o) => depth(o) === level).map((o) => o.fact));
    resolveKind(sub, 'organization', known, context);
  }
  for (const kind of ['person', 'diseaseArea', 'aspect', 'program', 'event'] as const)
    resolveKind(builder, kind, known, context);
  mergeSameEntities(builder, organizations);
  knownAdditions(builder, known);
  assignIds(builder, organizations, known);

  const source: DraftSource = {
    id: options.sourceId ?? `source/${sourceSlug(builder, organizations, date)}`,
    title,
    date,
    ...(options.textFile !== undefined ? { textFile: options.textFile } : { text }),
  };
  return { source, facts: builder.facts, text };
}

/**
 * Two names the graph resolves to one entity ("AHMU" and "Anhui Medical University") are one
 * fact: excerpts and aliases joined, links pointed at the first.
 */
function mergeSameEntities(builder: FactBuilder, organizations: OrganizationIndex): void {
  const first = new Map<string, EntityFact>();
  for (const fact of [...builder.facts]) {
    if (fact.type !== 'entity' || !fact.existing) continue;
    const kept = first.get(fact.id);
    if (!kept) {
      first.set(fact.id, fact);
      continue;
    }
    for (const excerpt of fact.excerpts)
      if (!kept.excerpts.some((e) => e.start === excerpt.start)) kept.excerpts.push(excerpt);
    kept.excerpts.sort((a, b) => a.start - b.start);
    const org = organizations.all.find((o) => o.fact === fact);
    const into = organizations.all.find((o) => o.fact === kept);
    if (org && into) {
      for (const other of organizations.all) if (other.parent === org) other.parent = into;
      for (const [mention, owner] of organizations.ofMention)
        if (owner === org) organizations.ofMention.set(mention, into);
      organizations.all.splice(organizations.all.indexOf(org), 1);
      into.mentions.push(...org.mentions);
    }
    builder.rekey(fact.key, kept.key);
  }
  // Links the merge made twice (the same unit-of twice) are one.
  const seen = new Set<string>();
  const twice = builder.facts.filter((f) => {
    if (f.type !== 'link') return false;
    const signature = `${f.kind}|${f.owner ?? ''}|${JSON.stringify(f.refs)}|${JSON.stringify(f.value)}`;
    if (seen.has(signature)) return true;
    seen.add(signature);
    return false;
  });
  builder.remove(new Set(twice.map((f) => f.key)));
}

/** "ahmu-bgi-2018-04-20": the first two organizations the article names, and its date. */
function sourceSlug(
  builder: FactBuilder,
  organizations: OrganizationIndex,
  date: string | null,
): string {
  const roots = organizations.all.filter((o) => !o.parent).slice(0, 2);
  const parts = roots.map((o) =>
    o.fact.existing ? o.fact.id.replace(/^org\//, '') : accentFoldedSlug(o.shortName),
  );
  return (
    accentFoldedSlug([...parts, idDate(date) || 'undated'].join(' ')) ||
    accentFoldedSlug(builder.text.slice(0, 40))
  );
}
