import type { Database, Params, Row } from '../db/database';
import { CURATION_TIMEOUT_MS, rowsOf } from '../db/database';
import { Label } from '../db/graphModel';
import type { Label as LabelName } from '../db/graphModel';
import { str, strList } from '../db/rowValues';
import type { EntityDirectory } from './entityDirectory';

/**
 * Directory of the entities stored in the graph. Each question is one batched read (all the
 * ids or name keys of a label at once) in a read transaction of its own with the curation
 * budget: validating a large document is curation, not an API read, and must not run out of
 * the request's read budget before it can list the document's problems.
 */
export function graphDirectory(db: Database): EntityDirectory {
  const read = (cypher: string, params: Params = {}): Promise<Row[]> =>
    db.readTransaction(async (tx) => rowsOf(await db.run(tx, cypher, params)), CURATION_TIMEOUT_MS);
  return {
    async existingIds(label: LabelName, ids: string[]) {
      if (ids.length === 0) return new Set();
      const rows = await read(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`, {
        ids,
      });
      return new Set(rows.map((row) => str(row.id)));
    },
    async idsByMatchKey(label: LabelName, keys: string[]) {
      const rows = await read(
        `MATCH (n:${label}) WHERE any(k IN n.matchKeys WHERE k IN $keys)
         RETURN n.id AS id, [k IN n.matchKeys WHERE k IN $keys] AS keys`,
        { keys },
      );
      const byKey = new Map<string, string[]>();
      for (const row of rows) {
        for (const key of strList(row.keys)) {
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
        `MATCH (n:${label}) RETURN n.id AS id, coalesce(n.name, n.title, '') AS name LIMIT 20000`,
      );
      return rows.map((row) => ({ id: str(row.id), name: str(row.name) }));
    },
  };
}
