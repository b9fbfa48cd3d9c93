import type { KnownEntity } from '../../domain/knownEntity';
import { matchKey, normalizeName } from '../../domain/normalizeName';
import { locateExcerpt } from '../../import/locateExcerpt';

type Doc = Record<string, unknown>;
type Entry = Record<string, unknown>;

/** Recall and precision of one kind of fact. */
export interface Score {
  expected: number;
  found: number;
  matched: number;
  recall: number;
  precision: number;
}

/** How a draft compares with the document a curator made by hand. */
export interface DraftScore {
  people: Score;
  organizations: Score;
  positions: Score;
  /** References of the hand-made document to entities already in the graph, and how many the draft got right. */
  references: { expected: number; correct: number; rate: number; wrong: string[] };
  /** Statements: the same speaker and overlapping quotes; `kindRight` of the matched have the same kind. */
  statements: Score & { kindRight: number };
  /** Events: the same id, or the same kind stated by overlapping evidence; `dateRight` of the matched have the same date. */
  events: Score & { dateRight: number };
  /**
   * The links of matched events: hosts, sites visited, places, partOf, programs it belongs to or
   * produced, funders, disease areas and aspects, each as field and target id.
   */
  eventLinks: Score;
  /** Participants of matched events (the same person), and how many the draft gives the same role (a term where the curator used one). */
  participants: Score & { roleRight: number };
  /** Participant groups: the same head noun ("experts") and count. */
  groups: Score;
  /** Additions to known entities (`amend`): the same entity and the same alias, link or designation. */
  amendments: Score;
  missed: {
    people: string[];
    organizations: string[];
    positions: string[];
    statements: string[];
    events: string[];
    eventLinks: string[];
    groups: string[];
    amendments: string[];
  };
  extra: {
    people: string[];
    organizations: string[];
    statements: string[];
    events: string[];
    groups: string[];
    amendments: string[];
  };
}

interface Entity {
  id: string;
  keys: Set<string>;
  name: string;
}

/** A field's text: a string as it is, a number written out, anything else empty. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function list(doc: Doc, field: string): Entry[] {
  const value = doc[field];
  return Array.isArray(value) ? (value as Entry[]) : [];
}

function names(entry: Entry): string[] {
  const out = [entry.name, entry.acronym];
  for (const alias of (entry.aliases as unknown[] | undefined) ?? [])
    out.push(typeof alias === 'string' ? alias : (alias as Entry).value);
  return out.filter((n): n is string => typeof n === 'string');
}

/** Every id of a type the document points at, wherever it does. */
function referencedIds(doc: Doc, prefix: string): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string' && value.startsWith(prefix)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value))
        if (key !== 'source' && key !== 'evidence') walk(inner);
    }
  };
  walk(doc);
  return ids;
}

/**
 * The entities of a type a document names: those it defines (with all their names) and those
 * of the graph it refers to by id (with the graph's names).
 */
function entitiesOf(
  doc: Doc,
  section: string,
  prefix: string,
  graph: Map<string, KnownEntity>,
): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const entry of list(doc, section)) {
    const id = String(entry.id);
    out.set(id, { id, name: String(entry.name), keys: new Set(names(entry).map(normalizeName)) });
  }
  for (const id of referencedIds(doc, prefix)) {
    if (out.has(id)) continue;
    const known = graph.get(id);
    out.set(id, { id, name: known?.name ?? id, keys: new Set(known?.matchKeys ?? []) });
  }
  return out;
}

/** Pairs each expected entity with a found one: the same id, else a shared name. */
function pair(expected: Map<string, Entity>, found: Map<string, Entity>): Map<string, string> {
  const pairs = new Map<string, string>();
  const used = new Set<string>();
  for (const [id] of expected) {
    if (found.has(id)) {
      pairs.set(id, id);
      used.add(id);
    }
  }
  for (const [id, entity] of expected) {
    if (pairs.has(id)) continue;
    const match = [...found.values()].find(
      (f) => !used.has(f.id) && [...f.keys].some((k) => entity.keys.has(k)),
    );
    if (match) {
      pairs.set(id, match.id);
      used.add(match.id);
    }
  }
  return pairs;
}

function score(expected: number, found: number, matched: number, matchedFound = matched): Score {
  return {
    expected,
    found,
    matched,
    recall: expected === 0 ? 1 : matched / expected,
    precision: found === 0 ? 1 : matchedFound / found,
  };
}

/** An excerpt of a document as written: a quote, or a quote with its occurrence. */
function spanOf(text: string | null, excerpt: unknown): { start: number; end: number } | null {
  if (text === null) return null;
  const quote = typeof excerpt === 'string' ? excerpt : asText((excerpt as Entry).quote);
  const occurrence =
    typeof excerpt === 'string' ? 1 : Number((excerpt as Entry).occurrence ?? 1) || 1;
  return locateExcerpt(text, quote, occurrence);
}

function spansOf(text: string | null, excerpts: unknown): { start: number; end: number }[] {
  return (Array.isArray(excerpts) ? excerpts : [excerpts])
    .map((e) => spanOf(text, e))
    .filter((s): s is { start: number; end: number } => s !== null);
}

/** Two quotations overlap in the text (or, without the text, are the same words). */
function overlaps(text: string | null, a: unknown, b: unknown): boolean {
  if (text === null) {
    const words = (x: unknown) =>
      normalizeName(String(typeof x === 'string' ? x : (x as Entry)?.quote));
    return words(a) === words(b);
  }
  const left = spansOf(text, a);
  const right = spansOf(text, b);
  return left.some((l) => right.some((r) => l.start < r.end && r.start < l.end));
}

/** Pairs expected entries with found ones, each used once, by a predicate; returns [expected, found] pairs. */
function pairBy(
  expected: Entry[],
  found: Entry[],
  same: (e: Entry, f: Entry) => boolean,
): [Entry, Entry][] {
  const used = new Set<Entry>();
  const pairs: [Entry, Entry][] = [];
  for (const e of expected) {
    const match = found.find((f) => !used.has(f) && same(e, f));
    if (match) {
      used.add(match);
      pairs.push([e, match]);
    }
  }
  return pairs;
}

/** "12 directors of departments" -> "directors": the word a group is counted in. */
function groupNoun(description: unknown): string {
  const words = normalizeName(String(description)).split(' ');
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  return head ?? '';
}

/** The additions of a document's `amend` entries, one string each: "org/bgi|alias|bgigroup". */
function additions(doc: Doc): string[] {
  const out: string[] = [];
  for (const entry of list(doc, 'amend')) {
    const entity = ['person', 'organization', 'program', 'event', 'place', 'area', 'aspect']
      .map((k) => entry[k])
      .find((v): v is string => typeof v === 'string');
    if (!entity) continue;
    for (const alias of (entry.aliases as unknown[] | undefined) ?? [])
      out.push(
        `${entity}|alias|${matchKey(typeof alias === 'string' ? alias : String((alias as Entry).value))}`,
      );
    const unit = entry.unitOf as Entry | undefined;
    if (unit) out.push(`${entity}|unitOf|${String(unit.organization)}`);
    for (const link of (entry.locatedIn as Entry[] | undefined) ?? [])
      out.push(`${entity}|locatedIn|${String(link.place)}`);
    const within = entry.within as Entry | undefined;
    if (within) out.push(`${entity}|within|${String(within.place)}`);
    for (const link of (entry.designations as Entry[] | undefined) ?? [])
      out.push(`${entity}|designation|${String(link.designation)}`);
    if (entry.wikidataId) out.push(`${entity}|wikidata|${asText(entry.wikidataId)}`);
    if (entry.rorId) out.push(`${entity}|ror|${asText(entry.rorId)}`);
  }
  return out;
}

/**
 * Scores a draft against the hand-made document of the same article: people and
 * organizations found (by id or a shared name), positions (the same person, title and
 * organization), references to entities of the graph resolved to the right id, and the second
 * cut's facts: statements (speaker and quote), events (kind and evidence, and their dates),
 * participant groups (noun and count) and additions to known entities. Both documents refer by
 * id (resolve the hand-made one's names first); `text` locates excerpts to compare them.
 */
export function scoreDraft(
  draft: Doc,
  expected: Doc,
  graphEntities: KnownEntity[],
  text: string | null = null,
): DraftScore {
  const graph = new Map(graphEntities.map((e) => [e.id, e]));
  const gPeople = entitiesOf(expected, 'people', 'person/', graph);
  const dPeople = entitiesOf(draft, 'people', 'person/', graph);
  const gOrgs = entitiesOf(expected, 'organizations', 'org/', graph);
  const dOrgs = entitiesOf(draft, 'organizations', 'org/', graph);
  const peoplePairs = pair(gPeople, dPeople);
  const orgPairs = pair(gOrgs, dOrgs);

  const triple = (p: Entry) =>
    `${String(p.person)}|${normalizeName(String(p.title))}|${String(p.organization)}`;
  const draftPositions = new Set(list(draft, 'positions').map(triple));
  const missedPositions: string[] = [];
  let matchedPositions = 0;
  for (const position of list(expected, 'positions')) {
    const person = peoplePairs.get(String(position.person));
    const org = orgPairs.get(String(position.organization));
    const wanted = `${person ?? '?'}|${normalizeName(String(position.title))}|${org ?? '?'}`;
    if (person && org && draftPositions.has(wanted)) matchedPositions++;
    else missedPositions.push(triple(position));
  }

  const wrong: string[] = [];
  let expectedRefs = 0;
  let correct = 0;
  for (const [gold, pairs] of [
    [gPeople, peoplePairs],
    [gOrgs, orgPairs],
  ] as const) {
    for (const id of gold.keys()) {
      if (!graph.has(id)) continue;
      expectedRefs++;
      if (pairs.get(id) === id) correct++;
      else wrong.push(`${id} -> ${pairs.get(id) ?? 'not found'}`);
    }
  }
  const pairedPeople = new Set(peoplePairs.values());
  const pairedOrgs = new Set(orgPairs.values());

  // Statements: the speaker found, and quotes that overlap.
  const gStatements = list(expected, 'statements');
  const dStatements = list(draft, 'statements');
  const statementPairs = pairBy(
    gStatements,
    dStatements,
    (g, d) =>
      (peoplePairs.get(String(g.speaker)) ?? '') === String(d.speaker) &&
      overlaps(text, g.quote, d.quote),
  );
  const kindOf = (kind: unknown) => asText(kind) || 'OTHER';
  const describeStatement = (s: Entry) =>
    `${String(s.speaker)} ${kindOf(s.kind)}: "${String(typeof s.quote === 'string' ? s.quote : (s.quote as Entry)?.quote).slice(0, 50)}"`;

  // Events: the same id, else the same kind stated by overlapping evidence.
  const gEvents = list(expected, 'events');
  const dEvents = list(draft, 'events');
  const eventPairs = pairBy(
    gEvents,
    dEvents,
    (g, d) => g.id === d.id || (g.kind === d.kind && overlaps(text, g.evidence, d.evidence)),
  );
  const pairedEvents = new Set(eventPairs.map(([, d]) => d));
  const describeEvent = (e: Entry) =>
    `${asText(e.kind)} ${asText(e.name)} (${asText(e.date) || 'no date'})`;

  // The links of matched events, by field and target.
  const linksOf = (event: Entry, ids: (id: string) => string) => {
    const out: string[] = [];
    for (const field of [
      'hosts',
      'visited',
      'places',
      'programs',
      'produced',
      'fundedBy',
      'diseaseAreas',
      'aspects',
    ]) {
      for (const link of (event[field] as Entry[] | undefined) ?? []) {
        const target = link.organization ?? link.place ?? link.program ?? link.area ?? link.aspect;
        if (typeof target === 'string') out.push(`${field}:${ids(target)}`);
      }
    }
    const partOf = (event.partOf as Entry | undefined)?.event;
    if (typeof partOf === 'string') out.push(`partOf:${ids(partOf)}`);
    return [...new Set(out)];
  };
  const eventIds = new Map(eventPairs.map(([g, d]) => [String(g.id), String(d.id)]));
  // Programs: the same id, a shared name, or the same kind stated by overlapping evidence.
  const programNames = (p: Entry) => new Set(names(p).map(matchKey));
  const programPairs = pairBy(
    list(expected, 'programs'),
    list(draft, 'programs'),
    (g, d) =>
      g.id === d.id ||
      [...programNames(g)].some((k) => programNames(d).has(k)) ||
      (g.kind === d.kind && overlaps(text, g.evidence, d.evidence)),
  );
  const programIds = new Map(programPairs.map(([g, d]) => [String(g.id), String(d.id)]));
  const sameAs = (id: string) =>
    peoplePairs.get(id) ?? orgPairs.get(id) ?? eventIds.get(id) ?? programIds.get(id) ?? id;
  let expectedLinks = 0;
  let foundLinks = 0;
  const matchedLinks: string[] = [];
  const missedLinks: string[] = [];
  for (const g of gEvents) {
    const want = linksOf(g, sameAs);
    expectedLinks += want.length;
    const d = eventPairs.find(([p]) => p === g)?.[1];
    const have = d ? linksOf(d, (id) => id) : [];
    for (const link of want) {
      const hit =
        have.includes(link) ||
        (link.startsWith('programs:') && have.includes(link.replace('programs:', 'produced:')));
      if (hit) matchedLinks.push(link);
      else missedLinks.push(`${String(g.id)} ${link}`);
    }
  }
  for (const d of dEvents) foundLinks += linksOf(d, (id) => id).length;
  // Participants of matched events, and their roles.
  let expectedParticipants = 0;
  let foundParticipants = 0;
  let matchedParticipants = 0;
  let roleRight = 0;
  for (const [g, d] of eventPairs) {
    const mine = (d.participants as Entry[] | undefined) ?? [];
    for (const p of (g.participants as Entry[] | undefined) ?? []) {
      expectedParticipants++;
      const person = peoplePairs.get(String(p.person));
      const found = mine.find((m) => String(m.person) === person);
      if (!found) continue;
      matchedParticipants++;
      if (String(found.role) === String(p.role)) roleRight++;
    }
  }
  for (const d of dEvents)
    foundParticipants += ((d.participants as Entry[] | undefined) ?? []).length;

  // Groups, over all events: the same noun and count.
  const groupsOf = (doc: Doc) =>
    list(doc, 'events').flatMap((e) => (Array.isArray(e.groups) ? (e.groups as Entry[]) : []));
  const gGroups = groupsOf(expected);
  const dGroups = groupsOf(draft);
  const groupPairs = pairBy(
    gGroups,
    dGroups,
    (g, d) => groupNoun(g.description) === groupNoun(d.description) && g.count === d.count,
  );
  const describeGroup = (g: Entry) =>
    `${g.count === undefined ? '' : `${asText(g.count)} `}${asText(g.description)}`;

  // Additions to known entities.
  const gAdditions = additions(expected);
  const dAdditions = additions(draft);
  const matchedAdditions = gAdditions.filter((a) => dAdditions.includes(a));

  return {
    people: score(gPeople.size, dPeople.size, peoplePairs.size),
    organizations: score(gOrgs.size, dOrgs.size, orgPairs.size),
    positions: score(
      list(expected, 'positions').length,
      list(draft, 'positions').length,
      matchedPositions,
    ),
    references: {
      expected: expectedRefs,
      correct,
      rate: expectedRefs === 0 ? 1 : correct / expectedRefs,
      wrong,
    },
    statements: {
      ...score(gStatements.length, dStatements.length, statementPairs.length),
      kindRight: statementPairs.filter(([g, d]) => kindOf(g.kind) === kindOf(d.kind)).length,
    },
    events: {
      ...score(gEvents.length, dEvents.length, eventPairs.length),
      dateRight: eventPairs.filter(([g, d]) => String(g.date) === String(d.date)).length,
    },
    eventLinks: score(expectedLinks, foundLinks, matchedLinks.length),
    participants: {
      ...score(expectedParticipants, foundParticipants, matchedParticipants),
      roleRight,
    },
    groups: score(gGroups.length, dGroups.length, groupPairs.length),
    amendments: score(gAdditions.length, dAdditions.length, matchedAdditions.length),
    missed: {
      people: [...gPeople.values()].filter((e) => !peoplePairs.has(e.id)).map((e) => e.name),
      organizations: [...gOrgs.values()].filter((e) => !orgPairs.has(e.id)).map((e) => e.name),
      positions: missedPositions,
      statements: gStatements
        .filter((g) => !statementPairs.some(([p]) => p === g))
        .map(describeStatement),
      events: gEvents.filter((g) => !eventPairs.some(([p]) => p === g)).map(describeEvent),
      eventLinks: missedLinks,
      groups: gGroups.filter((g) => !groupPairs.some(([p]) => p === g)).map(describeGroup),
      amendments: gAdditions.filter((a) => !dAdditions.includes(a)),
    },
    extra: {
      people: [...dPeople.values()].filter((e) => !pairedPeople.has(e.id)).map((e) => e.name),
      organizations: [...dOrgs.values()].filter((e) => !pairedOrgs.has(e.id)).map((e) => e.name),
      statements: dStatements
        .filter((d) => !statementPairs.some(([, p]) => p === d))
        .map(describeStatement),
      events: dEvents.filter((d) => !pairedEvents.has(d)).map(describeEvent),
      groups: dGroups.filter((d) => !groupPairs.some(([, p]) => p === d)).map(describeGroup),
      amendments: dAdditions.filter((a) => !gAdditions.includes(a)),
    },
  };
}
