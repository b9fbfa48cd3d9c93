import type { Label } from '../../db/labelsAndTypes';
import { NAMED_ENTITY_LABELS } from '../../db/labelsAndTypes';
import type { NodeAmendment } from '../../domain/importPlan';
import type { DocumentDrafts } from './drafts';
import { encodeAliases, mergeNames } from './encodeNames';
import type { Endpoint } from './endpoint';
import type { ReferenceResolver } from './resolveReferences';

/** The entities a fact that names them counts as a mention of (their evidence gains it). */
const MENTIONED_LABELS: readonly Label[] = NAMED_ENTITY_LABELS;

/**
 * The `amend` entries (folded into the node where the document defines the entity itself)
 * and a mention for every entity a fact names without the document defining it: the first
 * excerpt of that fact, so every source that states an entity is in its evidence.
 */
export function buildAmendments(
  drafts: DocumentDrafts,
  references: ReferenceResolver,
  sourceId: string,
): NodeAmendment[] {
  const out = new Map<string, NodeAmendment>();
  const definedNode = (label: Label, id: string) =>
    drafts.nodes.find((node) => node.label === label && node.id === id);
  for (const amendment of drafts.amendments) {
    const { label } = amendment.target;
    const id = references.idOf(amendment.target);
    const names = encodeAliases(amendment.aliases);
    const node = definedNode(label, id);
    if (node) {
      node.names = mergeNames(node.names, names);
      node.evidenceIds = [...new Set([...node.evidenceIds, ...amendment.evidenceIds])];
      Object.assign(node.props, amendment.props);
      continue;
    }
    const key = `${label}:${id}`;
    const earlier = out.get(key);
    out.set(key, {
      label,
      id,
      props: { ...earlier?.props, ...amendment.props },
      names: earlier ? mergeNames(earlier.names, names) : names,
      evidenceIds: [...new Set([...(earlier?.evidenceIds ?? []), ...amendment.evidenceIds])],
      mention: false,
      sourceId,
      path: amendment.path,
    });
  }
  // The nodes the document writes, under the ids they are written to (a definition under an
  // id a merge replaced writes the entity kept: it is no mention of that one).
  const written = new Set(drafts.nodes.map((node) => `${node.label}:${node.id}`));
  const mention = (endpoint: Endpoint, evidenceIds: string[]) => {
    const first = evidenceIds[0];
    if (!MENTIONED_LABELS.includes(endpoint.label) || first === undefined) return;
    const id = references.idOf(endpoint);
    if (written.has(`${endpoint.label}:${id}`)) return;
    const key = `${endpoint.label}:${id}`;
    if (out.has(key)) return;
    out.set(key, {
      label: endpoint.label,
      id,
      props: {},
      names: { entries: [], values: [], matchKeys: [] },
      evidenceIds: [first],
      mention: true,
      sourceId,
      path: endpoint.path,
    });
  };
  for (const position of drafts.positions) {
    mention(position.person, position.evidenceIds);
    mention(position.organization, position.evidenceIds);
  }
  for (const draft of drafts.relationships) {
    mention(draft.from, draft.evidenceIds);
    mention(draft.to, draft.evidenceIds);
    if (draft.onBehalfOf) mention(draft.onBehalfOf, draft.evidenceIds);
  }
  return [...out.values()];
}
