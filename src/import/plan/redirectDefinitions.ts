import type { Label } from '../../db/labelsAndTypes';
import type { EntityDirectory } from '../../domain/entityDirectory';
import type { NodeUpsert } from '../../domain/importPlan';
import type { DocumentDrafts } from './drafts';
import type { ReferenceResolver } from './resolveReferences';

/**
 * Definitions under ids a merge replaced define the entity that was kept, so no shadow of a
 * merged entity is ever created: each is folded into the definition of the kept id (the
 * document's own, or the first redirected one), adding its names, evidence and the fields
 * the kept one leaves empty. Its display name becomes an alternative name: the merge decided
 * which name stays. Each such id is reported to `references` (a resolved reference).
 */
export async function redirectDefinitions(
  drafts: DocumentDrafts,
  directory: EntityDirectory,
  references: ReferenceResolver,
): Promise<void> {
  if (!directory.redirects || drafts.nodes.length === 0) return;
  const redirects = await directory.redirects([...new Set(drafts.nodes.map((node) => node.id))]);
  if (redirects.size === 0) return;
  const keyOf = (label: Label, id: string) => `${label}:${id}`;
  const kept = new Map<string, NodeUpsert>();
  for (const node of drafts.nodes) {
    if (!redirects.has(node.id)) kept.set(keyOf(node.label, node.id), node);
  }
  const nodes: NodeUpsert[] = [];
  /** Each redirected definition -> the node that now stands for it (null: folded into another). */
  const replaced = new Map<NodeUpsert, NodeUpsert | null>();
  for (const node of drafts.nodes) {
    const to = redirects.get(node.id);
    if (to === undefined) {
      nodes.push(node);
      continue;
    }
    references.definitionMerged(node.label, node.id, node.path, to);
    const into = kept.get(keyOf(node.label, to));
    if (into) {
      foldDefinition(into, node);
      replaced.set(node, null);
      continue;
    }
    const standIn: NodeUpsert = {
      ...node,
      id: to,
      props: { ...node.props, name: null },
      dates: { ...node.dates },
      names: {
        entries: [...node.names.entries],
        values: [...node.names.values],
        matchKeys: [...node.names.matchKeys],
      },
      evidenceIds: [...node.evidenceIds],
      clear: node.clear ? [...node.clear] : undefined,
      aliasNames: node.props.name ? [String(node.props.name)] : [],
    };
    kept.set(keyOf(node.label, to), standIn);
    replaced.set(node, standIn);
    nodes.push(standIn);
  }
  // In place: the suggester of closest ids holds this list.
  drafts.nodes.splice(0, drafts.nodes.length, ...nodes);
  // A kind is resolved later onto its node: onto the stand-in, or dropped with a folded
  // definition (the kept definition's own kind wins, as its other fields do).
  const kinds = drafts.kinds.flatMap((draft) => {
    const standIn = replaced.get(draft.node);
    if (standIn === undefined) return [draft];
    return standIn === null ? [] : [{ ...draft, node: standIn }];
  });
  drafts.kinds.splice(0, drafts.kinds.length, ...kinds);
}

/** Adds what `from` states to `into` (see `redirectDefinitions`); `into`'s own fields win. */
function foldDefinition(into: NodeUpsert, from: NodeUpsert): void {
  const addAll = (target: string[], values: string[]) => {
    for (const value of values) if (!target.includes(value)) target.push(value);
  };
  addAll(into.names.entries, from.names.entries);
  addAll(into.names.values, from.names.values);
  addAll(into.names.matchKeys, from.names.matchKeys);
  addAll(into.evidenceIds, from.evidenceIds);
  const name = from.props.name;
  if (typeof name === 'string' && name !== '' && name !== into.props.name) {
    into.aliasNames = into.aliasNames ?? [];
    addAll(into.aliasNames, [name]);
  }
  for (const [key, value] of Object.entries(from.props)) {
    if (key !== 'name' && value !== null && (into.props[key] ?? null) === null) {
      into.props[key] = value;
    }
  }
  for (const [key, value] of Object.entries(from.dates)) into.dates[key] ??= value;
  // A date taken over in its plain form clears its EDTF text, as it would on its own.
  for (const key of from.clear ?? []) {
    if ((into.props[key] ?? null) === null && !(into.clear ?? []).includes(key)) {
      into.clear = [...(into.clear ?? []), key];
    }
  }
}
