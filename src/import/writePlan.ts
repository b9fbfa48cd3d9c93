import neo4j from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';

import type { Database } from '../db/database';
import { Label, REL_KEY_PROPERTIES } from '../db/graphModel';
import type { Label as LabelName, Rel } from '../db/graphModel';
import type {
  ImportPlan,
  NodeAmendment,
  NodeUpsert,
  PropertyValue,
  RelationshipUpsert,
} from './importPlan';

/** What a write changed in the graph, from the database's own counters. */
export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** Appends to a stored list the values it does not hold yet (keeps the order, never duplicates). */
const unionOf = (target: string, values: string) =>
  `coalesce(${target}, []) + [x IN ${values} WHERE NOT x IN coalesce(${target}, [])]`;

/**
 * `union`, but an empty list of values leaves the property as it is: bulk loads write hundreds
 * of thousands of nodes with no aliases, and an empty list per node is a store write for nothing.
 */
const unionNonEmpty = (target: string, values: string) =>
  `${target} = CASE WHEN size(${values}) = 0 THEN ${target} ELSE ${unionOf(target, values)} END`;

/**
 * The sort key of an evidence id (`source/x#120-180`): by source, then by place in its text. A
 * stored list kept in this order is the same whichever document came first.
 */
const evidenceOrder = (x: string) =>
  `split(${x}, '#')[0], toInteger(split(split(${x}, '#')[1], '-')[0]), toInteger(split(split(${x}, '#')[1], '-')[1])`;

/**
 * A stored list united with incoming values (already in order) and kept sorted by `order`:
 * a list that gains nothing is left as it is, and only a list that grows is sorted again.
 */
const sortedUnion = (target: string, values: string, order: (x: string) => string) =>
  `${target} = CASE WHEN ${target} IS NULL OR size(${target}) = 0 THEN ${values}
      WHEN all(x IN ${values} WHERE x IN ${target}) THEN ${target}
      ELSE COLLECT { UNWIND ${target} + ${values} AS x WITH DISTINCT x RETURN x ORDER BY ${order('x')} } END`;

const evidenceUnion = (target: string, values: string) =>
  sortedUnion(target, values, evidenceOrder);

/** The full-text index's forms of the stored names: each name's match key without spaces. */
const SEARCH_KEYS = `n.searchKeys = CASE WHEN n.matchKeys IS NULL THEN n.searchKeys
      ELSE reduce(s = '', k IN n.matchKeys | s + replace(k, ' ', '') + ' | ') END`;

/** Evidence ids in the order `evidenceOrder` keeps them. */
export function sortEvidenceIds(ids: readonly string[]): string[] {
  const key = (id: string) => {
    const hash = id.lastIndexOf('#');
    const [start = '0', end = '0'] = id.slice(hash + 1).split('-');
    return { source: id.slice(0, hash), start: Number(start), end: Number(end) };
  };
  return [...new Set(ids)].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x.source !== y.source) return x.source < y.source ? -1 : 1;
    return x.start - y.start || x.end - y.end;
  });
}

/**
 * Writes a validated plan inside the caller's write transaction: MERGE on ids, properties set,
 * names and evidence merged into what is stored. Safe to repeat: a second run creates nothing.
 * Throws if an endpoint vanished since validation, so the transaction rolls back.
 */
export function writePlan(
  db: Database,
  tx: ManagedTransaction,
  plan: ImportPlan,
): Promise<WriteCounts> {
  return writePlans(db, tx, [plan]);
}

/**
 * Writes several validated plans in the caller's write transaction with one batched `UNWIND`
 * statement per label and relationship type (bulk loads: the generator, restores). All nodes go
 * before all relationships, so a plan may refer to entities a later plan of the batch defines.
 */
export async function writePlans(
  db: Database,
  tx: ManagedTransaction,
  plans: readonly ImportPlan[],
): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  const add = (result: Awaited<ReturnType<ManagedTransaction['run']>>) => {
    const c = result.summary.counters.updates();
    counts.nodesCreated += c.nodesCreated;
    counts.relationshipsCreated += c.relationshipsCreated;
    counts.propertiesSet += c.propertiesSet;
  };

  add(
    await db.run(tx, nodeStatement(Label.Source, []), {
      rows: plans.map((plan) => nodeRow(plan.source)),
    }),
  );
  // Grouped by source: one index lookup of the source per document, not one per excerpt.
  add(
    await db.run(
      tx,
      `UNWIND $rows AS row
       MATCH (s:${Label.Source} {id: row.sourceId})
       UNWIND row.excerpts AS e
       MERGE (x:${Label.Excerpt} {id: e.id})
       SET x.text = e.text, x.start = e.start, x.end = e.end, x.sourceId = row.sourceId
       MERGE (x)-[:QUOTES]->(s)`,
      {
        rows: plans.map((plan) => ({
          sourceId: plan.source.id,
          excerpts: plan.excerpts.map((x) => ({
            id: x.id,
            text: x.text,
            start: neo4j.int(x.start),
            end: neo4j.int(x.end),
          })),
        })),
      },
    ),
  );
  const nodes = plans.flatMap((plan) => plan.nodes);
  for (const group of groupBy(nodes, (n) => `${n.label}:${setKeys(n).join(',')}`).values()) {
    const first = group[0];
    if (!first) continue;
    add(await db.run(tx, nodeStatement(first.label, setKeys(first)), { rows: group.map(nodeRow) }));
  }
  const relationships = plans.flatMap((plan) => plan.relationships);
  for (const rels of groupBy(
    relationships,
    (r) => `${r.type}:${r.fromLabel}:${r.toLabel}`,
  ).values()) {
    const first = rels[0];
    if (!first) continue;
    const result = await db.run(
      tx,
      relationshipStatement(first.type, first.fromLabel, first.toLabel),
      { rows: rels.map(relationshipRow) },
    );
    add(result);
    const written = Number(result.records[0]?.get('written') ?? 0);
    if (written !== rels.length) {
      throw new Error(
        `${first.type}: ${rels.length - written} relationship(s) lost an endpoint during the import; nothing was written`,
      );
    }
  }
  // Last: a mention or amendment only adds to entities the document links to.
  const amendments = plans.flatMap((plan) => plan.amendments);
  for (const [label, group] of groupBy(amendments, (a) => a.label)) {
    const result = await db.run(tx, amendmentStatement(label), { rows: group.map(amendmentRow) });
    add(result);
    const written = Number(result.records[0]?.get('written') ?? 0);
    if (written !== group.length) {
      throw new Error(
        `${label}: ${group.length - written} amended or mentioned entit${group.length - written === 1 ? 'y' : 'ies'} vanished during the import; nothing was written`,
      );
    }
  }
  return counts;
}

/** The sorted list properties of a node (`NodeUpsert.sets`), by name. */
function setKeys(node: NodeUpsert): string[] {
  return Object.keys(node.sets ?? {}).sort();
}

/** Property names come from the planner's fixed set (`attestations`); checked all the same. */
function propertyName(key: string): string {
  if (!/^[a-zA-Z]+$/.test(key)) throw new Error(`unexpected property name ${key}`);
  return key;
}

const NAME_LISTS = `${unionNonEmpty('n.names', 'row.names')},
        ${unionNonEmpty('n.aliases', 'row.aliases')},
        ${unionNonEmpty('n.matchKeys', 'row.matchKeys')}`;
const SEARCH_NAMES = `n.searchNames = CASE WHEN n.aliases IS NULL THEN n.searchNames
                             ELSE reduce(s = '', a IN n.aliases | s + a + ' | ') END`;

function nodeStatement(label: LabelName, sets: string[]): string {
  const sorted = sets
    .map(propertyName)
    .map((key) => `, ${sortedUnion(`n.${key}`, `row.sets.${key}`, (x) => x)}`)
    .join('');
  return `UNWIND $rows AS row
    MERGE (n:${label} {id: row.id})
    SET n += row.props, n += row.dates, n += row.clear,
        ${NAME_LISTS},
        ${evidenceUnion('n.evidence', 'row.evidence')}${sorted}
    SET ${SEARCH_NAMES}, ${SEARCH_KEYS}`;
}

/** Amendments and mentions: the entity must exist; a mention adds only a new source's excerpt. */
function amendmentStatement(label: LabelName): string {
  return `UNWIND $rows AS row
    MATCH (n:${label} {id: row.id})
    WITH n, row, row.mention AND any(e IN coalesce(n.evidence, []) WHERE e STARTS WITH row.sourceId + '#') AS known
    SET n += row.props,
        ${NAME_LISTS},
        n.evidence = CASE WHEN known THEN n.evidence ELSE
          CASE WHEN n.evidence IS NULL OR size(n.evidence) = 0 THEN row.evidence
               WHEN all(x IN row.evidence WHERE x IN n.evidence) THEN n.evidence
               ELSE COLLECT { UNWIND n.evidence + row.evidence AS x WITH DISTINCT x RETURN x ORDER BY ${evidenceOrder('x')} } END
        END
    SET ${SEARCH_NAMES}, ${SEARCH_KEYS}
    RETURN count(n) AS written`;
}

function relationshipStatement(type: Rel, fromLabel: LabelName, toLabel: LabelName): string {
  const keys = REL_KEY_PROPERTIES[type].map((key) => `${key}: row.key.${key}`).join(', ');
  return `UNWIND $rows AS row
    MATCH (a:${fromLabel} {id: row.fromId})
    MATCH (b:${toLabel} {id: row.toId})
    MERGE (a)-[r:${type}${keys ? ` {${keys}}` : ''}]->(b)
    SET r += row.props, ${evidenceUnion('r.evidence', 'row.evidence')}
    RETURN count(r) AS written`;
}

function nodeRow(node: NodeUpsert): Record<string, unknown> {
  return {
    id: node.id,
    props: storedProps(node.props),
    dates: Object.fromEntries(
      Object.entries(node.dates).map(([key, iso]) => [key, toNeo4jDate(iso)]),
    ),
    clear: Object.fromEntries((node.clear ?? []).map((key) => [key, null])),
    sets: Object.fromEntries(
      Object.entries(node.sets ?? {}).map(([key, values]) => [key, [...new Set(values)].sort()]),
    ),
    names: node.names.entries,
    aliases: node.names.values,
    matchKeys: node.names.matchKeys,
    evidence: sortEvidenceIds(node.evidenceIds),
  };
}

function amendmentRow(amendment: NodeAmendment): Record<string, unknown> {
  return {
    id: amendment.id,
    props: amendment.props,
    names: amendment.names.entries,
    aliases: amendment.names.values,
    matchKeys: amendment.names.matchKeys,
    evidence: sortEvidenceIds(amendment.evidenceIds),
    mention: amendment.mention,
    sourceId: amendment.sourceId,
  };
}

function relationshipRow(rel: RelationshipUpsert): Record<string, unknown> {
  return {
    fromId: rel.fromId,
    toId: rel.toId,
    key: rel.key,
    props: withoutNulls(rel.props),
    evidence: sortEvidenceIds(rel.evidenceIds),
  };
}

/** Absent values leave stored ones alone (a later document need not repeat every field). */
function withoutNulls(props: Record<string, string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(props)) if (value !== null) out[key] = value;
  return out;
}

/** Node properties as stored: absent values left out, whole numbers as Neo4j integers. */
function storedProps(props: Record<string, PropertyValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === null) continue;
    out[key] = typeof value === 'number' ? neo4j.int(value) : value;
  }
  return out;
}

function toNeo4jDate(iso: string) {
  const [year, month, day] = iso.split('-').map(Number);
  return new neo4j.types.Date(year ?? 0, month ?? 1, day ?? 1);
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
