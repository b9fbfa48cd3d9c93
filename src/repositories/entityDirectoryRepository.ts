import { distance } from 'fastest-levenshtein';
import neo4j from 'neo4j-driver';

import type { Database } from '../db/database';
import { CURATION_TIMEOUT_MS } from '../db/database';
import type { Label as LabelName } from '../db/labelsAndTypes';
import { Label } from '../db/labelsAndTypes';
import { KEY_INDEX } from '../db/migrations';
import { str, strList, strOrNull } from '../db/rowValues';
import type { Params, Row } from '../db/transaction';
import { rowsOf } from '../db/transaction';
import type { EntityDirectory, KnownName } from '../domain/entityDirectory';
import { matchKey } from '../domain/normalizeName';

/** Candidates the key index is asked for per name, for the near-duplicate warning. */
const SIMILAR_CANDIDATES = 10;

/**
 * Directory of the entities stored in the graph. Each question is one batched read (all the
 * ids or name keys of a label at once) in a read transaction of its own with the curation
 * budget: validating a large document is curation, not an API read, and must not run out of
 * the request's read budget before it can list the document's problems.
 */
export function graphDirectory(db: Database): EntityDirectory {
  const read = (cypher: string, params: Params = {}): Promise<Row[]> =>
    db.readTransaction(async (tx) => rowsOf(await tx.run(cypher, params)), CURATION_TIMEOUT_MS);
  return {
    async existingIds(label: LabelName, ids: string[]) {
      if (ids.length === 0) return new Set();
      const rows = await read(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`, {
        ids,
      });
      return new Set(rows.map((row) => str(row.id)));
    },
    async idsByMatchKey(label: LabelName, keys: string[]) {
      // Stored keys keep their spaces; references are compared without them ("Cao Yun Xia").
      const rows = await read(
        `MATCH (n:${label}) WHERE any(k IN n.matchKeys WHERE replace(k, ' ', '') IN $keys)
         RETURN n.id AS id, [k IN n.matchKeys WHERE replace(k, ' ', '') IN $keys | replace(k, ' ', '')] AS keys`,
        { keys },
      );
      const byKey = new Map<string, string[]>();
      for (const row of rows) {
        for (const key of new Set(strList(row.keys))) {
          byKey.set(key, [...(byKey.get(key) ?? []), str(row.id)]);
        }
      }
      return byKey;
    },
    async redirects(ids: string[]) {
      if (ids.length === 0) return new Map<string, string>();
      const rows = await read(
        `UNWIND $ids AS id MATCH (r:${Label.Redirect} {id: id}) RETURN r.id AS id, r.to AS target`,
        { ids },
      );
      return new Map(rows.map((row) => [str(row.id), str(row.target)]));
    },
    async knownNames(label: LabelName) {
      const rows = await read(
        `MATCH (n:${label})
         RETURN n.id AS id, coalesce(n.name, n.title, '') AS name, coalesce(n.aliases, []) AS aliases
         LIMIT 20000`,
      );
      return rows.map((row) => ({
        id: str(row.id),
        name: str(row.name),
        aliases: strList(row.aliases),
      }));
    },
    async termBroaders(ids: string[]) {
      const rows = await read(
        `UNWIND $ids AS id MATCH (t:${Label.Term} {id: id}) RETURN t.id AS id, t.broader AS broader`,
        { ids },
      );
      return new Map(rows.map((row) => [str(row.id), strOrNull(row.broader)]));
    },
    async similarNames(label: LabelName, names: string[]) {
      const asked = names
        .map((name) => ({ name, key: matchKey(name) }))
        .filter((entry) => entry.key.length > 0);
      const out = new Map<string, KnownName[]>();
      if (asked.length === 0) return out;
      // The key index holds every name as one token: a fuzzy query finds near spellings.
      const rows = await read(
        `UNWIND $asked AS asked
         CALL db.index.fulltext.queryNodes($index, asked.query, {limit: $limit}) YIELD node
         WHERE $label IN labels(node)
         RETURN asked.name AS asked, node.id AS id, node.name AS name, coalesce(node.matchKeys, []) AS keys`,
        {
          asked: asked.map(({ name, key }) => ({
            name,
            query: key.length >= 4 ? `${key} OR ${key}~${key.length >= 8 ? 2 : 1}` : key,
          })),
          index: KEY_INDEX,
          label,
          limit: neo4j.int(SIMILAR_CANDIDATES),
        },
      );
      for (const row of rows) {
        const name = str(row.asked);
        const key = matchKey(name);
        const allowed = key.length >= 8 ? 2 : key.length >= 4 ? 1 : 0;
        const close = strList(row.keys).some(
          (stored) => distance(stored.replace(/ /g, ''), key) <= allowed,
        );
        if (!close) continue;
        out.set(name, [...(out.get(name) ?? []), { id: str(row.id), name: str(row.name) }]);
      }
      return out;
    },
  };
}
