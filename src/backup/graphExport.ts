import { createHash } from 'node:crypto';

import neo4j from 'neo4j-driver';
import { z } from 'zod';

import type { Database } from '../db/database';
import { Label, Rel } from '../db/labelsAndTypes';
import {
  createNodes,
  createRelationships,
  isDatabaseEmpty,
  readAllNodes,
  readAllRelationships,
} from '../repositories/backupRepository';

/*
 * The backup format is JSON Lines of the stored nodes and relationships with every property,
 * not the curated document format: only the stored graph round-trips exactly. Merges leave
 * redirects, retractions strip evidence, curation mutations add aliases and the audit trail
 * records who wrote what; none of that can be re-expressed as documents, and re-importing
 * documents would give new audit entries and timestamps. Property values keep their Neo4j types
 * (Integer, Date, DateTime) through tagged JSON, and lines are sorted, so the same graph always
 * gives the same bytes: an export's sha256 is the graph's content hash.
 */

/** First line of every export. */
const HEADER = { format: 'cooperation-kg-export', version: 1 } as const;

/** Rows per statement in a restore: big enough to be quick, small enough for the heap. */
const RESTORE_BATCH = 2_000;

/** A restore writes the whole graph in one transaction; it gets the import's long timeout. */
const RESTORE_TIMEOUT_MS = 600_000;

/** An export: its lines (without newlines), what it holds and its content hash. */
export interface GraphExport {
  text: string;
  nodes: number;
  relationships: number;
  sha256: string;
}

/** A property value in JSON: plain for strings, booleans and safe integers, tagged otherwise. */
type Encoded =
  | string
  | boolean
  | number
  | { $int: string }
  | { $float: number }
  | { $date: string }
  | { $datetime: string }
  | Encoded[];

const encodedValue: z.ZodType<Encoded> = z.lazy(() =>
  z.union([
    z.string(),
    z.boolean(),
    z.number().int(),
    z.strictObject({ $int: z.string().regex(/^-?\d+$/) }),
    z.strictObject({ $float: z.number() }),
    z.strictObject({ $date: z.string().regex(/^-?\d{4,}-\d{2}-\d{2}$/) }),
    z.strictObject({ $datetime: z.string() }),
    z.array(encodedValue),
  ]),
);

const labelName = z.enum(Label);
const relName = z.enum(Rel);
const properties = z.record(z.string(), encodedValue);

const nodeLine = z.strictObject({
  kind: z.literal('node'),
  labels: z.array(labelName).min(1),
  properties,
});
const relationshipLine = z.strictObject({
  kind: z.literal('relationship'),
  type: relName,
  fromLabel: labelName,
  from: z.string(),
  toLabel: labelName,
  to: z.string(),
  properties,
});

/** Thrown for a file that is not an export, or one a restore cannot apply. */
export class ExportInvalidError extends Error {
  override name = 'ExportInvalidError';
}

/** Encodes one raw driver value; a type the graph does not use is a bug, reported loudly. */
function encodeValue(value: unknown, key: string): Encoded {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : { $int: value.toString() };
  }
  if (typeof value === 'number' && Number.isFinite(value)) return { $float: value };
  if (neo4j.isDate(value)) return { $date: value.toString() };
  if (neo4j.isDateTime(value)) return { $datetime: value.toString() };
  if (Array.isArray(value)) return value.map((item) => encodeValue(item, key));
  throw new ExportInvalidError(`property "${key}" holds a value the export cannot encode`);
}

/** Properties with keys sorted, so equal maps give equal JSON. */
function encodeProperties(props: Record<string, unknown>): Record<string, Encoded> {
  return Object.fromEntries(
    Object.keys(props)
      .sort()
      .map((key) => [key, encodeValue(props[key], key)]),
  );
}

const DATETIME =
  /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2}(?::\d{2})?)?(?:\[([^\]]+)\])?$/;

function decodeDateTime(text: string) {
  const m = DATETIME.exec(text);
  if (!m) throw new ExportInvalidError(`"${text}" is not a datetime`);
  const [, y, mo, d, h, mi, s, fraction = '', offset = 'Z', zone] = m;
  const nanos = Number(fraction.padEnd(9, '0'));
  let offsetSeconds: number | undefined;
  if (!zone || offset !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    const [oh = 0, om = 0, os = 0] = offset === 'Z' ? [] : offset.slice(1).split(':').map(Number);
    offsetSeconds = sign * (oh * 3600 + om * 60 + os);
  }
  return new neo4j.types.DateTime(
    Number(y),
    Number(mo),
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    nanos,
    offsetSeconds,
    zone,
  );
}

/** The driver value of one encoded value. */
function decodeValue(value: Encoded): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return neo4j.int(value);
  if (Array.isArray(value)) return value.map(decodeValue);
  if ('$int' in value) return neo4j.int(value.$int);
  if ('$float' in value) return value.$float;
  if ('$date' in value) {
    const [y, m, d] = value.$date.split(/(?<=\d)-/).map(Number);
    return new neo4j.types.Date(y ?? 0, m ?? 1, d ?? 1);
  }
  return decodeDateTime(value.$datetime);
}

function decodeProperties(props: Record<string, Encoded>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, decodeValue(value)]));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The whole graph (entities, sources, excerpts, redirects, audit trail and every relationship)
 * as sorted JSON Lines: the same graph always gives the same text and hash. Without the audit
 * trail (`auditTrail: false`), the hash is that of the knowledge alone: every write adds an
 * audit entry, so only this hash can say that writes undone (a retraction, then the same
 * import again) left the knowledge as it was.
 */
export async function exportGraph(
  db: Database,
  options: { auditTrail?: boolean } = {},
): Promise<GraphExport> {
  const stored = await readAllNodes(db);
  const kept =
    options.auditTrail === false
      ? stored.filter((node) => !node.labels.includes(Label.AuditEntry))
      : stored;
  const nodes = kept.map((node) => {
    const props = encodeProperties(node.properties);
    if (typeof props.id !== 'string') {
      throw new ExportInvalidError(`a ${node.labels.join(':')} node has no id`);
    }
    return {
      id: props.id,
      line: JSON.stringify({ kind: 'node', labels: [...node.labels].sort(), properties: props }),
    };
  });
  const relationships = (await readAllRelationships(db)).map((rel) => {
    const line = JSON.stringify({
      kind: 'relationship',
      type: rel.type,
      fromLabel: rel.fromLabel,
      from: rel.fromId,
      toLabel: rel.toLabel,
      to: rel.toId,
      properties: encodeProperties(rel.properties),
    });
    return { id: `${rel.fromId}\u0000${rel.type}\u0000${rel.toId}\u0000${line}`, line };
  });
  nodes.sort((a, b) => compare(a.id, b.id));
  relationships.sort((a, b) => compare(a.id, b.id));
  const text = [JSON.stringify(HEADER), ...nodes.map((n) => n.line)]
    .concat(relationships.map((r) => r.line))
    .map((line) => `${line}\n`)
    .join('');
  return {
    text,
    nodes: nodes.length,
    relationships: relationships.length,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
  };
}

/** A parsed export: nodes grouped by label set, relationships by type and endpoint labels. */
interface ParsedExport {
  nodes: Map<string, { labels: Label[]; rows: Record<string, unknown>[] }>;
  relationships: Map<
    string,
    {
      type: Rel;
      fromLabel: Label;
      toLabel: Label;
      rows: { from: string; to: string; properties: Record<string, unknown> }[];
    }
  >;
  nodeCount: number;
  relationshipCount: number;
}

/** Parses and validates an export; throws `ExportInvalidError` naming the first bad line. */
export function parseExport(text: string): ParsedExport {
  const lines = text.split('\n').filter((line) => line !== '');
  const parsed: ParsedExport = {
    nodes: new Map(),
    relationships: new Map(),
    nodeCount: 0,
    relationshipCount: 0,
  };
  lines.forEach((line, index) => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new ExportInvalidError(`line ${index + 1} is not JSON`);
    }
    if (index === 0) {
      if (JSON.stringify(json) !== JSON.stringify(HEADER)) {
        throw new ExportInvalidError(
          `line 1 must be ${JSON.stringify(HEADER)}: this is not a cooperation-kg export`,
        );
      }
      return;
    }
    const node = nodeLine.safeParse(json);
    if (node.success) {
      const key = node.data.labels.join(':');
      const group = parsed.nodes.get(key) ?? { labels: node.data.labels, rows: [] };
      group.rows.push(decodeProperties(node.data.properties));
      parsed.nodes.set(key, group);
      parsed.nodeCount += 1;
      return;
    }
    const rel = relationshipLine.safeParse(json);
    if (!rel.success) {
      throw new ExportInvalidError(
        `line ${index + 1} is neither a node nor a relationship: ${rel.error.issues[0]?.message ?? ''}`,
      );
    }
    const { type, fromLabel, toLabel } = rel.data;
    const key = `${type}:${fromLabel}:${toLabel}`;
    const group = parsed.relationships.get(key) ?? { type, fromLabel, toLabel, rows: [] };
    group.rows.push({
      from: rel.data.from,
      to: rel.data.to,
      properties: decodeProperties(rel.data.properties),
    });
    parsed.relationships.set(key, group);
    parsed.relationshipCount += 1;
  });
  if (lines.length === 0) throw new ExportInvalidError('the file is empty');
  return parsed;
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += RESTORE_BATCH) out.push(rows.slice(i, i + RESTORE_BATCH));
  return out;
}

/**
 * Writes an export into an empty (migrated) database in one transaction with batched UNWIND
 * statements: either the whole graph is restored or nothing is. Refuses a database that holds
 * anything, so a restore never mixes two graphs.
 */
export async function restoreGraph(
  db: Database,
  text: string,
): Promise<{ nodes: number; relationships: number }> {
  const parsed = parseExport(text);
  if (!(await isDatabaseEmpty(db))) {
    throw new ExportInvalidError('the database is not empty: restore into an empty database');
  }
  return db.writeTransaction(async (tx) => {
    let nodes = 0;
    let relationships = 0;
    for (const group of parsed.nodes.values()) {
      for (const rows of batches(group.rows)) nodes += await createNodes(tx, group.labels, rows);
    }
    for (const group of parsed.relationships.values()) {
      for (const rows of batches(group.rows)) {
        relationships += await createRelationships(
          tx,
          group.type,
          group.fromLabel,
          group.toLabel,
          rows,
        );
      }
    }
    if (nodes !== parsed.nodeCount || relationships !== parsed.relationshipCount) {
      throw new ExportInvalidError(
        `the export names ${parsed.relationshipCount - relationships} relationship endpoint(s) it does not hold; nothing was restored`,
      );
    }
    return { nodes, relationships };
  }, RESTORE_TIMEOUT_MS);
}
