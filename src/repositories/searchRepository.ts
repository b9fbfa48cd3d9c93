import { distance } from 'fastest-levenshtein';
import neo4j from 'neo4j-driver';

import type { Database } from '../db/database';
import type { Label as LabelName } from '../db/labelsAndTypes';
import { KEY_INDEX, NAME_INDEX } from '../db/migrations';
import { map, num, strList } from '../db/rowValues';
import type { Row } from '../db/transaction';
import { matchKey, normalizeName } from '../domain/normalizeName';
import type { EntityType, SearchHitModel } from '../models';
import { ENTITY_TYPE_LABEL, SEARCHABLE_TYPES } from './entityTypes';
import { toNode } from './nodeMappers';

/** "People's" is one word, not "People" and "s": apostrophes inside words are dropped. */
function joinApostrophes(text: string): string {
  return text.replace(/(\p{L})['\u2018\u2019\u02bc`](\p{L})/gu, '$1$2');
}

/** The words of what a person typed, as the name index is searched. */
function searchWords(text: string): string[] {
  return normalizeName(joinApostrophes(text))
    .split(' ')
    .filter((word) => word.length > 0)
    .slice(0, 12);
}

/**
 * The Lucene query for what a person typed: every word must match, exactly (boosted), as a
 * prefix, or (for words of 4+ letters) within one edit, so case, word order and small typos
 * do not matter. Null when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string | null {
  // normalizeName drops punctuation and symbols, which removes every Lucene operator character.
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      if (word.length >= 4) return `(${word}^3 OR ${word}* OR ${word}~1)`;
      if (word.length === 3) return `(${word}^3 OR ${word}*)`;
      return word;
    })
    .join(' AND ');
}

/** Edits a whole name may be off by: none for the shortest, two from six letters. */
function editsFor(key: string): number {
  return key.length >= 6 ? 2 : key.length >= 4 ? 1 : 0;
}

/**
 * The query of the key index (every name and alias as one token, spaces removed): the whole
 * name exactly, or within one or two edits ("Li Jnu", "Lu Chou", "lijun"). Null when empty.
 */
export function toKeyQuery(text: string): string | null {
  const key = matchKey(text);
  if (key.length === 0) return null;
  const edits = editsFor(key);
  return edits > 0 ? `${exactKeyQuery(key)} OR ${key}~${edits}` : key;
}

/** The query of the key index for the whole name exactly, boosted as in `toKeyQuery`. */
function exactKeyQuery(key: string): string {
  return editsFor(key) > 0 ? `${key}^4` : key;
}

/** The query for suggestions: any word close to a word of a name, or the whole name close. */
function toSuggestionQuery(text: string): { words: string | null; key: string | null } {
  const words = searchWords(text);
  const key = matchKey(text);
  return {
    words:
      words.length === 0
        ? null
        : words
            .map((word) => (word.length >= 3 ? `${word}~${editsFor(word) || 1}` : `${word}*`))
            .join(' OR '),
    key: key.length >= 3 ? `${key}~2` : null,
  };
}

/** Index hits read per search at most, when a type filter discards most of them. */
const MAX_HITS_SCANNED = 5_000;
/** Suggestions consider this many candidates. */
const SUGGESTION_CANDIDATES = 50;

/** A hit before it is ranked: the node's labels and properties, and how it matched. */
interface RawHit {
  labels: string[];
  node: Row;
  exact: boolean;
  /** 0: matched the words of a name; 1: matched only a whole name within edits. */
  tier: number;
  score: number;
  /** What a planned statement projected of the node (`projected` column), else null. */
  projected: unknown;
}

/**
 * What a planned statement reads of a hit's node: a plan projects the fields asked for itself
 * (`projection`), so ranking needs only the name and match keys, not a hub's thousands of
 * evidence ids.
 */
export interface HitColumns {
  /** Cypher on `node`: the `projected` column. */
  projection: string;
  /** Cypher on `node`: the properties the ranking reads (`n`). */
  node: string;
}

/** The reference path: the whole node (resolvers map it), nothing projected. */
const WHOLE_NODE: HitColumns = { projection: 'null', node: 'node {.*}' };

/** A plan's columns: `projection`, and the properties the ranking reads. */
export const plannedColumns = (projection: string): HitColumns => ({
  projection,
  node: 'node {.id, .name, .matchKeys}',
});

/** A search hit with what a planned statement projected of its node. */
export type ProjectedHit = SearchHitModel & { projected: unknown };

/** Runs one read statement of a search and returns its rows as plain values. */
export type SearchRead = (cypher: string, params: Record<string, unknown>) => Promise<Row[]>;

/**
 * The statement of one round of a search, with `columns` (Cypher on `node`, a hit's node) as
 * its `n` and `projected` columns: words and whole-name keys, merged per node, of the wanted labels,
 * ranked, the first `$first`; each row says how many index hits were read (`scanned`). When the
 * words alone give `$first` hits of a wanted label, a key hit can only rank among them by being
 * exact, so the key index is asked for the exact key (`$exactKey`) instead of every key within
 * edits: a fuzzy query of two edits is the dearest part of a search on a large graph.
 */
export function searchStatement(columns: HitColumns): string {
  return `CALL (*) {
     CALL db.index.fulltext.queryNodes($index, coalesce($words, '__none__'), {limit: $fetch}) YIELD node, score
     WHERE $words IS NOT NULL
     RETURN collect({node: node, score: score}) AS wordHits
   }
   WITH wordHits,
        size([h IN wordHits WHERE any(l IN labels(h.node) WHERE l IN $labels)]) >= $first AS enough
   CALL (wordHits, enough) {
     UNWIND wordHits AS h
     RETURN h.node AS node, h.score AS score, 0 AS tier
     UNION ALL
     CALL db.index.fulltext.queryNodes($keyIndex, coalesce(CASE WHEN enough THEN $exactKey ELSE $keys END, '__none__'), {limit: $fetch}) YIELD node, score
     WHERE $keys IS NOT NULL
     RETURN node, score, 1 AS tier
   }
   WITH node, min(tier) AS tier, max(CASE tier WHEN 0 THEN score END) AS wordScore, max(score) AS anyScore
   WITH collect({node: node, tier: tier, score: coalesce(wordScore, anyScore)}) AS hits
   UNWIND hits AS hit
   WITH size(hits) AS scanned, hit.node AS node, hit.tier AS tier, hit.score AS score
   WITH scanned, node, tier, score, [l IN labels(node) WHERE l IN $labels] AS matched
   WHERE size(matched) > 0
   WITH scanned, node, tier, score, matched,
        any(k IN coalesce(node.matchKeys, []) WHERE replace(k, ' ', '') = $compact) AS exact
   ORDER BY exact DESC, tier, score DESC, node.name, node.id
   LIMIT $first
   RETURN scanned, matched AS labels, ${columns.node} AS n, exact, tier, score, ${columns.projection} AS projected`;
}

/** The statement of suggestions, with the same columns as `searchStatement`. */
export function suggestionStatement(columns: HitColumns): string {
  return `CALL (*) {
     CALL db.index.fulltext.queryNodes($index, coalesce($words, '__none__'), {limit: $fetch}) YIELD node, score
     WHERE $words IS NOT NULL
     RETURN node, score
     UNION ALL
     CALL db.index.fulltext.queryNodes($keyIndex, coalesce($keys, '__none__'), {limit: $fetch}) YIELD node, score
     WHERE $keys IS NOT NULL
     RETURN node, score
   }
   WITH node, max(score) AS score
   WITH node, score, [l IN labels(node) WHERE l IN $labels] AS matched
   WHERE size(matched) > 0
   RETURN matched AS labels, ${columns.node} AS n, score, ${columns.projection} AS projected`;
}

/**
 * Full-text search over names, acronyms and aliases. Exact names first (a name or alias equal
 * to the query, spacing and punctuation ignored), then the hits of the name index (every word
 * matches), then whole names within a typo or two; when none, the closest names as suggestions.
 * The index knows no types, so with a type filter it reads more hits (up to `MAX_HITS_SCANNED`)
 * until `first` are of a wanted type: on a large graph the best 50 hits may all be of others.
 * `read` runs each statement (in the request's read transaction); `columns` are what it reads
 * of each hit's node (see `HitColumns`).
 */
export async function searchHits(
  read: SearchRead,
  text: string,
  types: readonly EntityType[],
  first: number,
  columns: HitColumns = WHOLE_NODE,
): Promise<ProjectedHit[]> {
  const words = toLuceneQuery(text);
  const keys = toKeyQuery(text);
  // Positions, statements, groups and terms are not in the name index: asking only for them
  // finds nothing.
  const searched = types.filter((type) => SEARCHABLE_TYPES.includes(type));
  if ((words === null && keys === null) || first === 0 || searched.length === 0) return [];
  const labels = searched.map((type) => ENTITY_TYPE_LABEL[type]);
  const filtered = SEARCHABLE_TYPES.some((type) => !searched.includes(type));
  const compact = matchKey(text);
  const statement = searchStatement(columns);
  let fetch = Math.max(first * 4, 50);
  for (;;) {
    const rows = await read(statement, {
      index: NAME_INDEX,
      keyIndex: KEY_INDEX,
      words,
      keys,
      exactKey: keys === null ? null : exactKeyQuery(compact),
      labels,
      compact,
      fetch: neo4j.int(fetch),
      first: neo4j.int(first),
    });
    // Rows carry how many hits were read; no rows means none of them had a wanted type.
    const exhausted = rows.length > 0 && num(rows[0]?.scanned) < fetch;
    if (!filtered || rows.length >= first || exhausted || fetch >= MAX_HITS_SCANNED) {
      if (rows.length > 0) return rankHits(rows.map(rawHit), searched);
      return suggest(read, text, labels, searched, first, columns);
    }
    fetch = Math.min(fetch * 10, MAX_HITS_SCANNED);
  }
}

/** Full-text search through the request's database (see `searchHits`). */
export async function searchEntities(
  db: Database,
  text: string,
  types: readonly EntityType[],
  first: number,
): Promise<SearchHitModel[]> {
  const hits = await searchHits((cypher, params) => db.read(cypher, params), text, types, first);
  return hits.map(({ projected: _projected, ...hit }) => hit);
}

function rawHit(row: Row): RawHit {
  return {
    labels: strList(row.labels),
    node: map(row.n),
    exact: row.exact === true,
    tier: num(row.tier),
    score: num(row.score),
    projected: row.projected ?? null,
  };
}

/**
 * Hits in their order with scores that keep it: exact names in (2, 3], word matches in (1, 2],
 * whole-name typo matches in (0, 1], each the index score relative to the best of its group.
 */
function rankHits(hits: RawHit[], types: readonly EntityType[]): ProjectedHit[] {
  const group = (hit: RawHit) => (hit.exact ? 2 : hit.tier === 0 ? 1 : 0);
  const best = new Map<number, number>();
  for (const hit of hits) best.set(group(hit), Math.max(best.get(group(hit)) ?? 0, hit.score));
  return toHits(hits, types, (hit) => {
    const top = best.get(group(hit)) ?? 1;
    return {
      score: group(hit) + (top > 0 ? hit.score / top : 1),
      match: hit.exact ? 'EXACT' : 'PARTIAL',
    };
  });
}

/**
 * The names closest to a query that matched nothing: candidates from a looser index query,
 * ranked by the edit distance of their closest name, kept within a third of the query's length.
 */
async function suggest(
  read: SearchRead,
  text: string,
  labels: LabelName[],
  types: readonly EntityType[],
  first: number,
  columns: HitColumns,
): Promise<ProjectedHit[]> {
  const query = toSuggestionQuery(text);
  if (query.words === null && query.key === null) return [];
  const rows = await read(suggestionStatement(columns), {
    index: NAME_INDEX,
    keyIndex: KEY_INDEX,
    words: query.words,
    keys: query.key,
    labels,
    fetch: neo4j.int(SUGGESTION_CANDIDATES),
  });
  const target = matchKey(text);
  const limit = Math.max(2, Math.floor(target.length / 3));
  const scored = rows
    .map((row) => {
      const node = map(row.n);
      const keys = strList(node.matchKeys).map((key) => key.replace(/ /g, ''));
      const closest = Math.min(...keys.map((key) => distance(target, key)));
      return { hit: rawHit({ ...row, exact: false, tier: 2 }), closest };
    })
    .filter((entry) => entry.closest <= limit)
    .sort(
      (a, b) =>
        a.closest - b.closest ||
        b.hit.score - a.hit.score ||
        String(a.hit.node.name).localeCompare(String(b.hit.node.name)),
    )
    .slice(0, first);
  const closeness = new Map(scored.map((entry) => [entry.hit, entry.closest]));
  return toHits(
    scored.map((entry) => entry.hit),
    types,
    (hit) => ({ score: 1 / (1 + (closeness.get(hit) ?? 0)), match: 'SUGGESTION' }),
  );
}

function toHits(
  hits: RawHit[],
  types: readonly EntityType[],
  rank: (hit: RawHit) => { score: number; match: SearchHitModel['match'] },
): ProjectedHit[] {
  const out: ProjectedHit[] = [];
  for (const hit of hits) {
    const type = types.find((t) => hit.labels.includes(ENTITY_TYPE_LABEL[t]));
    const node = type ? toNode(ENTITY_TYPE_LABEL[type], hit.node) : null;
    if (!node || !type || !('name' in node)) continue;
    out.push({ node, type, name: node.name, ...rank(hit), projected: hit.projected });
  }
  return out;
}
