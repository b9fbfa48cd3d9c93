import type { Database } from '../db/database';
import type { Label, Rel } from '../db/labelsAndTypes';
import { map, str, strList } from '../db/rowValues';
import type { Transaction } from '../db/transaction';

/** A stored node as the driver gives it: labels and raw property values (Integers, dates). */
export interface RawNode {
  labels: string[];
  properties: Record<string, unknown>;
}

/** A stored relationship with its endpoints' ids (every node has one) and labels and raw property values. */
export interface RawRelationship {
  type: string;
  fromLabel: string;
  fromId: string;
  toLabel: string;
  toId: string;
  properties: Record<string, unknown>;
}

/**
 * Every node of the database with raw property values (the plain-value reads of `Database.read`
 * would turn Integers into numbers and dates into strings, which a restore could not tell apart).
 */
export function readAllNodes(db: Database): Promise<RawNode[]> {
  return db.readTransaction(async (tx) => {
    const result = await tx.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
    return result.records.map((record) => ({
      labels: strList(record.get('labels')),
      properties: map(record.get('props')),
    }));
  });
}

/** Every relationship of the database, with raw property values. */
export function readAllRelationships(db: Database): Promise<RawRelationship[]> {
  return db.readTransaction(async (tx) => {
    const result = await tx.run(`MATCH (a)-[r]->(b)
       RETURN type(r) AS type, labels(a)[0] AS fromLabel, a.id AS fromId,
              labels(b)[0] AS toLabel, b.id AS toId, properties(r) AS props`);
    return result.records.map((record) => ({
      type: str(record.get('type')),
      fromLabel: str(record.get('fromLabel')),
      fromId: str(record.get('fromId')),
      toLabel: str(record.get('toLabel')),
      toId: str(record.get('toId')),
      properties: map(record.get('props')),
    }));
  });
}

/** True when the database holds no node at all (a restore refuses anything else). */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const rows = await db.read('MATCH (n) RETURN count(n) > 0 AS any LIMIT 1');
  return rows[0]?.any === false;
}

/** Creates nodes of one label set inside the caller's transaction; returns how many. */
export async function createNodes(
  tx: Transaction,
  labels: readonly Label[],
  rows: Record<string, unknown>[],
): Promise<number> {
  const result = await tx.run(`UNWIND $rows AS row CREATE (n:${labels.join(':')}) SET n = row`, {
    rows,
  });
  return result.summary.counters.updates().nodesCreated;
}

/**
 * Creates relationships of one type between nodes found by label and id, inside the caller's
 * transaction; returns how many were created (fewer than rows means an endpoint is missing).
 */
export async function createRelationships(
  tx: Transaction,
  type: Rel,
  fromLabel: Label,
  toLabel: Label,
  rows: { from: string; to: string; properties: Record<string, unknown> }[],
): Promise<number> {
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:${fromLabel} {id: row.from})
     MATCH (b:${toLabel} {id: row.to})
     CREATE (a)-[r:${type}]->(b) SET r = row.properties`,
    { rows },
  );
  return result.summary.counters.updates().relationshipsCreated;
}

/** Deletes every node and relationship: leaves a scratch restore target empty again. */
export async function deleteEverything(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
}
