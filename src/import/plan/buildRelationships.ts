import { Label, Rel } from '../../db/labelsAndTypes';
import type { RelationshipUpsert } from '../../domain/importPlan';
import { idFits, positionId } from './derivedIds';
import type { DocumentDrafts, PositionDraft } from './drafts';
import { LABEL_NOUN, withArticle } from './labelNoun';
import type { ProblemList } from './problemList';
import type { ReferenceResolver } from './resolveReferences';
import type { StoredTerms } from './storedTerms';

/**
 * The relationships of the drafts between resolved ids. Each position becomes a node here (its
 * id derives from the ids its person and organization resolved to) with its two relationships;
 * a second position of the same person, organization and title, and a fact linking an entity to
 * itself, are problems.
 */
export function buildRelationships(
  drafts: DocumentDrafts,
  references: ReferenceResolver,
  terms: StoredTerms,
  problems: ProblemList,
): RelationshipUpsert[] {
  const relationships: RelationshipUpsert[] = [];
  for (const position of drafts.positions) {
    const personId = references.idOf(position.person);
    const organizationId = references.idOf(position.organization);
    const id = position.id ?? positionId(personId, organizationId, position.title);
    if (!idFits(id, position.path, 'position', problems)) continue;
    if (drafts.nodes.some((n) => n.label === Label.Position && n.id === id)) {
      problems.add(
        `${position.path}`,
        `duplicate position "${id}": the same person, organization and title appear twice`,
      );
      continue;
    }
    drafts.nodes.push({
      label: Label.Position,
      id,
      props: { title: position.title, ...position.props },
      dates: position.dates,
      clear: position.clear,
      sets: { attestations: [position.attestation] },
      names: { entries: [], values: [], matchKeys: [] },
      evidenceIds: position.evidenceIds,
      path: position.path,
    });
    relationships.push(
      positionLink(Rel.HOLDS_POSITION, Label.Person, personId, Label.Position, id, position),
      positionLink(
        Rel.POSITION_AT,
        Label.Position,
        id,
        Label.Organization,
        organizationId,
        position,
      ),
    );
  }
  for (const draft of drafts.relationships) {
    const props = { ...draft.props };
    const key = { ...draft.key };
    if (draft.onBehalfOf) props.onBehalfOf = references.idOf(draft.onBehalfOf);
    if (draft.role) {
      const { role, broader } = terms.role(references.idOf(draft.role));
      key.role = role;
      if (broader !== null) props.roleBroader = broader;
    }
    const fromId = references.idOf(draft.from);
    const toId = references.idOf(draft.to);
    if (fromId === toId) {
      problems.add(
        draft.path,
        `${withArticle(LABEL_NOUN[draft.from.label])} cannot be linked to itself`,
      );
      continue;
    }
    relationships.push({
      type: draft.type,
      fromLabel: draft.from.label,
      fromId,
      toLabel: draft.to.label,
      toId,
      key,
      props,
      evidenceIds: draft.evidenceIds,
      path: draft.path,
    });
  }
  return relationships;
}

/** One of the two relationships of a position, with the position's evidence. */
function positionLink(
  type: Rel,
  fromLabel: Label,
  fromId: string,
  toLabel: Label,
  toId: string,
  position: PositionDraft,
): RelationshipUpsert {
  return {
    type,
    fromLabel,
    fromId,
    toLabel,
    toId,
    key: {},
    props: {},
    evidenceIds: position.evidenceIds,
    path: position.path,
  };
}
