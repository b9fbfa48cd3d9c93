import type { QueryResult } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

import type { Label as LabelName, Rel } from '../db/labelsAndTypes';
import { Label, REL_KEY_PROPERTIES } from '../db/labelsAndTypes';
import type { Transaction } from '../db/transaction';
import { rowsOf } from '../db/transaction';
import type {
  ImportPlan,
  NodeAmendment,
  NodeUpsert,
  PropertyValue,
  RelationshipUpsert,
} from '../domain/importPlan';
import { sortEvidence, withEvidence } from './evidenceOrder';

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
 * Appends values a list lacks; an empty list of values leaves the property as it is: bulk loads write hundreds
 * of thousands of nodes with no aliases, and an empty list per node is a store write for nothing.
 */
const unionNonEmpty = (target: string, values: string) =>
  `${target} = CASE WHEN size(${values}) = 0 THEN ${target} ELSE ${unionOf(target, values)} END`;

/**
 * A stored list united with incoming values (already sorted) and kept sorted: a list that
 * gains nothing is left as it is, and only a list that grows is sorted again. For the sorted
 * lists of `NodeUpsert.sets`; evidence lists keep their own order (`db/evidenceOrder`).
 */
const sortedUnion = (target: string, values: string) =>
  `${target} = CASE WHEN ${target} IS NULL OR size(${target}) = 0 THEN ${values}
      WHEN all(x IN ${values} WHERE x IN ${target}) THEN ${target}
      ELSE COLLECT { UNWIND ${target} + ${values} AS x WITH DISTINCT x RETURN x ORDER BY x } END`;

/** The full-text index's forms of the stored names: each name's match key without spaces. */
const SEARCH_KEYS = `n.searchKeys = CASE WHEN n.matchKeys IS NULL THEN n.searchKeys
      ELSE reduce(s = '', k IN n.matchKeys | s + replace(k, ' ', '') + ' | ') END`;

/**
 * Writes a validated plan inside the caller's write transaction: MERGE on ids, properties set,
 * names and evidence merged into what is stored. Safe to repeat: a second run creates nothing.
 * Throws if an endpoint vanished since validation, so the transaction rolls back.
 */
export function writePlan(tx: Transaction, plan: ImportPlan): Promise<WriteCounts> {
  return writePlans(tx, [plan]);
}

/**
 * Writes several validated plans in the caller's write transaction with one batched `UNWIND`
 * statement per label and relationship type (bulk loads: the generator, restores). All nodes go
 * before all relationships, so a plan may refer to entities a later plan of the batch defines.
 */
export async function writePlans(
  tx: Transaction,
  plans: readonly ImportPlan[],
): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  const add = (result: QueryResult) => {
    const c = result.summary.counters.updates();
    counts.nodesCreated += c.nodesCreated;
    counts.relationshipsCreated += c.relationshipsCreated;
    counts.propertiesSet += c.propertiesSet;
  };

  add(
    await tx.run(nodeStatement(Label.Source, []), {
      rows: plans.map((plan) => nodeRow(plan.source)),
    }),
  );
  // Grouped by source: one index lookup of the source per document, not one per excerpt.
  add(
    await tx.run(
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
    add(await tx.run(nodeStatement(first.label, setKeys(first)), { rows: group.map(nodeRow) }));
  }
  const relationships = plans.flatMap((plan) => plan.relationships);
  for (const rels of groupBy(
    relationships,
    (r) => `${r.type}:${r.fromLabel}:${r.toLabel}`,
  ).values()) {
    const first = rels[0];
    if (!first) continue;
    const result = await tx.run(relationshipStatement(first.type, first.fromLabel, first.toLabel), {
      rows: rels.map(relationshipRow),
    });
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
    const result = await tx.run(amendmentStatement(label), { rows: group.map(amendmentRow) });
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

/**
 * The node's evidence with `row.evidence` (its own, in canonical order) added, unless `keep`
 * holds. Evidence a retraction lent an entity (see `applyRetraction`) stands in only while it
 * has none of its own: the first evidence of its own replaces it (and the mark goes), so
 * retracting a source and importing it again leaves the entity as it was.
 */
const ownEvidence = (keep = 'false') =>
  `n.evidence = CASE WHEN ${keep} THEN n.evidence
                     WHEN n.evidenceBorrowed AND size(row.evidence) > 0 THEN row.evidence
                     ELSE ${withEvidence('n.evidence', 'row.evidence')} END,
        n.evidenceBorrowed = CASE WHEN ${keep} OR size(row.evidence) = 0 THEN n.evidenceBorrowed END`;

function nodeStatement(label: LabelName, sets: string[]): string {
  const sorted = sets
    .map(propertyName)
    .map((key) => `, ${sortedUnion(`n.${key}`, `row.sets.${key}`)}`)
    .join('');
  // Names of definitions under a merged id (see `NodeUpsert.aliasNames`): alternative names
  // unless one is the display name the merge kept.
  const aliasNames = `[alias IN row.aliasNames WHERE alias <> coalesce(n.name, '')]`;
  return `UNWIND $rows AS row
    MERGE (n:${label} {id: row.id})
    SET n += row.props, n += row.dates, n += row.clear,
        ${NAME_LISTS},
        ${ownEvidence()}${sorted}
    SET ${unionNonEmpty('n.names', `[alias IN ${aliasNames} | 'ALIAS||' + alias]`)},
        ${unionNonEmpty('n.aliases', aliasNames)}
    SET ${SEARCH_NAMES}, ${SEARCH_KEYS}`;
}

/**
 * Amendments and mentions: the entity must exist; a mention adds only a new source's excerpt.
 * Evidence a retraction lent the entity is not its own: it is no excerpt of the source yet, and
 * the amendment's or mention's evidence replaces it.
 */
function amendmentStatement(label: LabelName): string {
  return `UNWIND $rows AS row
    MATCH (n:${label} {id: row.id})
    WITH n, row, row.mention AND NOT coalesce(n.evidenceBorrowed, false)
         AND any(e IN coalesce(n.evidence, []) WHERE e STARTS WITH row.sourceId + '#') AS known
    SET n += row.props,
        ${NAME_LISTS},
        ${ownEvidence('known')}
    SET ${SEARCH_NAMES}, ${SEARCH_KEYS}
    RETURN count(n) AS written`;
}

/**
 * Claims the plan's source at the start of the write: creates it (as a bare node, filled in by
 * `writePlans`) or takes its write lock, so imports of one source run one after the other, and
 * returns whether it was new and its stored text, read under the lock.
 */
export async function claimSource(
  tx: Transaction,
  sourceId: string,
): Promise<{ created: boolean; text: string | null }> {
  const [claimed] = rowsOf(
    await tx.run(
      `MERGE (s:${Label.Source} {id: $id})
       ON CREATE SET s.__created = true
       SET s.__lock = true
       WITH s, s.__created IS NOT NULL AS created
       REMOVE s.__lock, s.__created
       RETURN created`,
      { id: sourceId },
    ),
  );
  return { created: claimed?.created === true, text: await readSourceText(tx, sourceId) };
}

/** The stored text of a source, or null when there is none (or it has no text). */
export async function readSourceText(tx: Transaction, sourceId: string): Promise<string | null> {
  const [stored] = await tx.rows(`MATCH (s:${Label.Source} {id: $id}) RETURN s.text AS text`, {
    id: sourceId,
  });
  return typeof stored?.text === 'string' ? stored.text : null;
}

/**
 * Creates (as bare nodes, filled in by `writePlans`) or locks each of these nodes, in label and
 * id order: two imports defining the same new entity then meet on its uniqueness constraint
 * and run one after the other, and each reports what it really created. Returns the
 * `label:id` of the nodes this transaction created, and the counts.
 */
export async function claimNodes(
  tx: Transaction,
  nodes: readonly NodeUpsert[],
): Promise<{ created: Set<string>; nodesCreated: number }> {
  const created = new Set<string>();
  let nodesCreated = 0;
  const groups = [...groupBy(nodes, (n) => n.label)].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [label, group] of groups) {
    const result = await tx.run(
      `UNWIND $ids AS id
       MERGE (n:${label} {id: id})
       ON CREATE SET n.__created = true
       SET n.__lock = true
       WITH n, n.__created IS NOT NULL AS created
       REMOVE n.__lock, n.__created
       RETURN n.id AS id, created`,
      { ids: [...new Set(group.map((n) => n.id))].sort() },
    );
    nodesCreated += result.summary.counters.updates().nodesCreated;
    for (const row of rowsOf(result)) {
      if (row.created === true) created.add(`${label}:${String(row.id)}`);
    }
  }
  return { created, nodesCreated };
}

/**
 * The built-in value (`broader`) each of these stored terms counts as, read inside `tx` (under
 * the write's locks); terms that do not exist are absent.
 */
export async function storedTermBroaders(
  tx: Transaction,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  const rows = rowsOf(
    await tx.run(
      `UNWIND $ids AS id MATCH (t:${Label.Term} {id: id}) RETURN t.id AS id, t.broader AS broader`,
      { ids },
    ),
  );
  return new Map(
    rows.map((row) => [String(row.id), typeof row.broader === 'string' ? row.broader : null]),
  );
}

function relationshipStatement(type: Rel, fromLabel: LabelName, toLabel: LabelName): string {
  const keys = REL_KEY_PROPERTIES[type].map((key) => `${key}: row.key.${key}`).join(', ');
  return `UNWIND $rows AS row
    MATCH (a:${fromLabel} {id: row.fromId})
    MATCH (b:${toLabel} {id: row.toId})
    MERGE (a)-[r:${type}${keys ? ` {${keys}}` : ''}]->(b)
    SET r += row.props, r.evidence = ${withEvidence('r.evidence', 'row.evidence')}
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
    evidence: sortEvidence(node.evidenceIds),
    aliasNames: node.aliasNames ?? [],
  };
}

function amendmentRow(amendment: NodeAmendment): Record<string, unknown> {
  return {
    id: amendment.id,
    props: amendment.props,
    names: amendment.names.entries,
    aliases: amendment.names.values,
    matchKeys: amendment.names.matchKeys,
    evidence: sortEvidence(amendment.evidenceIds),
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
    evidence: sortEvidence(rel.evidenceIds),
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

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
