import { normalizeName } from '../../import/normalizeName';
import type { KnownEntity } from '../resolve/knownEntity';

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
  missed: { people: string[]; organizations: string[]; positions: string[] };
  extra: { people: string[]; organizations: string[] };
}

interface Entity {
  id: string;
  keys: Set<string>;
  name: string;
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

/**
 * Scores a draft against the hand-made document of the same article: people and
 * organizations found (by id or a shared name), positions (the same person, title and
 * organization), and references to entities of the graph resolved to the right id.
 */
export function scoreDraft(draft: Doc, expected: Doc, graphEntities: KnownEntity[]): DraftScore {
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
    missed: {
      people: [...gPeople.values()].filter((e) => !peoplePairs.has(e.id)).map((e) => e.name),
      organizations: [...gOrgs.values()].filter((e) => !orgPairs.has(e.id)).map((e) => e.name),
      positions: missedPositions,
    },
    extra: {
      people: [...dPeople.values()].filter((e) => !pairedPeople.has(e.id)).map((e) => e.name),
      organizations: [...dOrgs.values()].filter((e) => !pairedOrgs.has(e.id)).map((e) => e.name),
    },
  };
}
