import type { Database } from '../db/database';
import { Label } from '../db/labelsAndTypes';
import { str } from '../db/rowValues';

/**
 * The graph's current version, in one read: node and relationship totals come from Neo4j's
 * count store, and every write made through cooperation-kg records an audit entry, whose newest
 * timestamp an index answers. Cached aggregates and HTTP validators are keyed by it.
 */
export async function readGraphVersion(db: Database): Promise<string> {
  const [row] = await db.read(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () {
       MATCH (a:${Label.AuditEntry}) WHERE a.at IS NOT NULL
       RETURN a.at AS lastWrite ORDER BY a.at DESC LIMIT 1
     }
     RETURN nodes, relationships, toString(lastWrite) AS lastWrite`,
  );
  return `${String(row?.nodes)}/${String(row?.relationships)}/${String(row?.lastWrite)}`;
}

/** True when no source has been imported yet (the seed loads into such a graph only). */
export async function isGraphEmpty(db: Database): Promise<boolean> {
  const rows = await db.read(`MATCH (s:${Label.Source}) RETURN s.id AS id LIMIT 1`);
  return rows.length === 0;
}

/** The Neo4j kernel's version and edition, or null when the server does not say. */
export async function readServerVersion(
  db: Database,
): Promise<{ version: string; edition: string } | null> {
  const [kernel] = await db.read(
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
  );
  return kernel ? { version: str(kernel.version), edition: str(kernel.edition) } : null;
}
