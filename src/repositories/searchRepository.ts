import neo4j from 'neo4j-driver';

import type { Database, Row } from '../db/database';
import { NAME_INDEX } from '../db/migrations';
import { map, num, strList } from '../db/rowValues';
import { normalizeName } from '../import/normalizeName';
import type { EntityType, SearchHitModel } from '../models';
import { ENTITY_TYPE_LABEL, SEARCHABLE_TYPES } from './entityTypes';
import { toNode } from './nodeMappers';

/**
 * The Lucene query for what a person typed: every word must match, exactly (boosted), as a
 * prefix, or (for words of 4+ letters) within one edit, so case, word order and small typos
 * do not matter. Null when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string | null {
  // normalizeName drops punctuation and symbols, which removes every Lucene operator character.
  const words = normalizeName(text)
    .split(' ')
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      if (word.length >= 4) return `(${word}^3 OR ${word}* OR ${word}~1)`;
      if (word.length === 3) return `(${word}^3 OR ${word}*)`;
      return word;
    })
    .join(' AND ');
}

/** Index hits read per search at most, when a type filter discards most of them. */
const MAX_HITS_SCANNED = 5_000;

/**
 * Full-text search over names, acronyms and aliases, best first. The index knows no types, so
 * with a type filter it reads more hits (up to `MAX_HITS_SCANNED`) until `first` are of a wanted
 * type: on a large graph the best 50 hits may all be of other types.
 */
export async function searchEntities(
  db: Database,
  text: string,
  types: readonly EntityType[],
  first: number,
): Promise<SearchHitModel[]> {
  const query = toLuceneQuery(text);
  // Positions are not in the name index: asking only for them finds nothing.
  const searched = types.filter((type) => SEARCHABLE_TYPES.includes(type));
  if (query === null || first === 0 || searched.length === 0) return [];
  const labels = searched.map((type) => ENTITY_TYPE_LABEL[type]);
  const filtered = SEARCHABLE_TYPES.some((type) => !searched.includes(type));
  let fetch = Math.max(first * 4, 50);
  for (;;) {
    const rows = await db.read(
      `CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
       WITH collect({node: node, score: score}) AS hits
       UNWIND hits AS hit
       WITH size(hits) AS scanned, hit.node AS node, hit.score AS score
       WITH scanned, node, score, [l IN labels(node) WHERE l IN $labels] AS matched
       WHERE size(matched) > 0
       RETURN scanned, matched AS labels, node {.*} AS n, score
       ORDER BY score DESC, n.name, n.id
       LIMIT $first`,
      {
        index: NAME_INDEX,
        query,
        labels,
        fetch: neo4j.int(fetch),
        first: neo4j.int(first),
      },
    );
    // Rows carry how many hits were read; no rows means none of them had a wanted type.
    const exhausted = rows.length > 0 && num(rows[0]?.scanned) < fetch;
    if (!filtered || rows.length >= first || exhausted || fetch >= MAX_HITS_SCANNED) {
      return toHits(rows, searched);
    }
    fetch = Math.min(fetch * 10, MAX_HITS_SCANNED);
  }
}

function toHits(rows: Row[], types: readonly EntityType[]): SearchHitModel[] {
  const hits: SearchHitModel[] = [];
  for (const row of rows) {
    const type = types.find((t) => strList(row.labels).includes(ENTITY_TYPE_LABEL[t]));
    const node = type ? toNode(ENTITY_TYPE_LABEL[type], map(row.n)) : null;
    if (!node || !type || !('name' in node)) continue;
    hits.push({ node, type, name: node.name, score: num(row.score) });
  }
  return hits;
}
