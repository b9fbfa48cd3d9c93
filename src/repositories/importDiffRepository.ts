import { REL_KEY_PROPERTIES } from '../db/labelsAndTypes';
import { map, strList } from '../db/rowValues';
import type { Transaction } from '../db/transaction';
import type { Row } from '../db/transaction';
import { rowsOf } from '../db/transaction';
import type {
  ImportPlan,
  NodeAmendment,
  NodeUpsert,
  RelationshipUpsert,
} from '../domain/importPlan';

export type ChangeKind = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'DELETED';

/** The change one write makes (or would make) to an entity. */
export interface EntityChange {
  id: string;
  type: string;
  change: ChangeKind;
  fields: string[];
}

/** The change one write makes (or would make) to a relationship. */
export interface RelationshipChange {
  type: string;
  from: string;
  to: string;
  qualifier: string | null;
  change: ChangeKind;
}

/** Changes entity by entity and relationship by relationship. */
export interface Diff {
  entities: EntityChange[];
  relationships: RelationshipChange[];
}

/** The list-valued properties an import merges into what is stored. */
const MERGED_LISTS: [keyof NodeUpsert['names'] | 'evidenceIds', string][] = [
  ['entries', 'names'],
  ['values', 'aliases'],
  ['matchKeys', 'matchKeys'],
  ['evidenceIds', 'evidence'],
];

function listGrows(stored: unknown, incoming: string[]): boolean {
  const have = new Set(strList(stored));
  return incoming.some((value) => !have.has(value));
}

/** The names of `aliasNames` that are not the stored display name, in their stored forms. */
function aliasesOf(node: NodeUpsert, stored: Row): { entries: string[]; values: string[] } {
  const values = (node.aliasNames ?? []).filter((name) => name !== stored.name);
  return { entries: values.map((value) => `ALIAS||${value}`), values };
}

function nodeChange(node: NodeUpsert, stored: Row | undefined, created: boolean): EntityChange {
  const base = { id: node.id, type: node.label };
  if (!stored || created) return { ...base, change: 'CREATED', fields: [] };
  const fields: string[] = [];
  for (const [key, value] of Object.entries(node.props)) {
    if (value !== null && stored[key] !== value) fields.push(key);
  }
  for (const [key, value] of Object.entries(node.dates)) {
    if (stored[key] !== value) fields.push(key);
  }
  for (const key of node.clear ?? []) {
    if (stored[key] !== null && stored[key] !== undefined) fields.push(key);
  }
  for (const [key, values] of Object.entries(node.sets ?? {})) {
    if (listGrows(stored[key], values)) fields.push(key);
  }
  const aliases = aliasesOf(node, stored);
  for (const [from, property] of MERGED_LISTS) {
    const incoming =
      from === 'evidenceIds'
        ? node.evidenceIds
        : from === 'matchKeys'
          ? node.names.matchKeys
          : [...node.names[from], ...aliases[from]];
    // Evidence a retraction lent the entity gives way to evidence of its own.
    const replaced =
      property === 'evidence' && stored.evidenceBorrowed === true && node.evidenceIds.length > 0;
    if (replaced || listGrows(stored[property], incoming)) fields.push(property);
  }
  return { ...base, change: fields.length > 0 ? 'UPDATED' : 'UNCHANGED', fields };
}

/** An amendment or mention: what it adds to the stored entity (it never creates one). */
function amendmentChange(amendment: NodeAmendment, stored: Row | undefined): EntityChange {
  const base = { id: amendment.id, type: amendment.label };
  if (!stored) return { ...base, change: 'UNCHANGED', fields: [] };
  const fields: string[] = [];
  for (const [key, value] of Object.entries(amendment.props)) {
    if (stored[key] !== value) fields.push(key);
  }
  for (const [from, property] of MERGED_LISTS) {
    if (from === 'evidenceIds') continue;
    if (listGrows(stored[property], amendment.names[from])) fields.push(property);
  }
  // Evidence a retraction lent the entity is not its own: it neither counts as this source's
  // mention nor stays once evidence of its own arrives.
  const borrowed = stored.evidenceBorrowed === true;
  const known =
    !borrowed && strList(stored.evidence).some((id) => id.startsWith(`${amendment.sourceId}#`));
  const adds = borrowed
    ? amendment.evidenceIds.length > 0
    : listGrows(stored.evidence, amendment.evidenceIds);
  if (!(amendment.mention && known) && adds) fields.push('evidence');
  return { ...base, change: fields.length > 0 ? 'UPDATED' : 'UNCHANGED', fields };
}

function relationshipChange(rel: RelationshipUpsert, stored: Row | undefined): RelationshipChange {
  const base = {
    type: rel.type,
    from: rel.fromId,
    to: rel.toId,
    qualifier: rel.key.role ?? rel.props.relation ?? null,
  };
  if (!stored) return { ...base, change: 'CREATED' };
  const propsChange = Object.entries(rel.props).some(
    ([key, value]) => value !== null && stored[key] !== value,
  );
  const grows = listGrows(stored.evidence, rel.evidenceIds);
  return { ...base, change: propsChange || grows ? 'UPDATED' : 'UNCHANGED' };
}

/**
 * What writing `plan` would change, read inside `tx`: the write's own transaction, after it has
 * locked (or created) every node the plan writes or links, so the diff describes exactly the
 * state the write applies to even while other writers run; or a read transaction for a dry run.
 * `created` holds the `label:id` of nodes the write's transaction has just created (their
 * stored state is only an id).
 */
export async function diffPlan(
  tx: Transaction,
  plan: ImportPlan,
  created: ReadonlySet<string> = new Set(),
): Promise<Diff> {
  const nodes = [plan.source, ...plan.nodes];
  const targets = [...nodes, ...plan.amendments];
  const storedNodes = new Map<string, Row>();
  for (const label of new Set(targets.map((n) => n.label))) {
    const ids = targets.filter((n) => n.label === label).map((n) => n.id);
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n {.*} AS n`,
      { ids },
    );
    for (const row of rowsOf(result)) {
      const props = map(row.n);
      storedNodes.set(`${label}:${String(props.id)}`, props);
    }
  }
  const storedRels = new Map<number, Row>();
  const groups = new Map<string, number[]>();
  plan.relationships.forEach((rel, i) => {
    const key = `${rel.type}:${rel.fromLabel}:${rel.toLabel}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const indexes of groups.values()) {
    const first = plan.relationships[indexes[0] ?? 0];
    if (!first) continue;
    const keys = REL_KEY_PROPERTIES[first.type].map((key) => `${key}: row.key.${key}`).join(', ');
    const result = await tx.run(
      `UNWIND $rows AS row
       MATCH (a:${first.fromLabel} {id: row.fromId})-[r:${first.type}${keys ? ` {${keys}}` : ''}]->(b:${first.toLabel} {id: row.toId})
       RETURN row.i AS i, properties(r) AS r`,
      {
        rows: indexes.map((i) => {
          const rel = plan.relationships[i];
          return { i, fromId: rel?.fromId, toId: rel?.toId, key: rel?.key ?? {} };
        }),
      },
    );
    for (const row of rowsOf(result)) storedRels.set(Number(row.i), map(row.r));
  }
  return {
    entities: [
      ...nodes.map((node) => {
        const key = `${node.label}:${node.id}`;
        return nodeChange(node, storedNodes.get(key), created.has(key));
      }),
      ...plan.amendments.map((amendment) =>
        amendmentChange(amendment, storedNodes.get(`${amendment.label}:${amendment.id}`)),
      ),
    ],
    relationships: plan.relationships.map((rel, i) => relationshipChange(rel, storedRels.get(i))),
  };
}
