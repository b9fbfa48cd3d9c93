import { Label, labelOfId } from '../db/labelsAndTypes';
import type { EvidencedResolvers, NodeResolvers, QueryResolvers } from '../generated/graphql';
import type { NodeTypeName } from '../models';
import { loadNode } from './loadEntities';

const TYPE_OF_LABEL: Partial<Record<Label, NodeTypeName>> = {
  [Label.Person]: 'Person',
  [Label.Organization]: 'Organization',
  [Label.Program]: 'Program',
  [Label.Event]: 'Event',
  [Label.Place]: 'Place',
  [Label.Source]: 'Source',
  [Label.DiseaseArea]: 'DiseaseArea',
  [Label.CooperationAspect]: 'CooperationAspect',
  [Label.Position]: 'Position',
  [Label.Statement]: 'Statement',
  [Label.ParticipantGroup]: 'ParticipantGroup',
  [Label.Term]: 'Term',
};

/** The GraphQL type of an entity, from its id prefix. */
function typeOfId(id: string): NodeTypeName | null {
  const label = labelOfId(id);
  return label ? (TYPE_OF_LABEL[label] ?? null) : null;
}

export const Node: NodeResolvers = {
  __resolveType: (parent) => typeOfId(parent.id),
};

export const Evidenced: EvidencedResolvers = {
  // Only entities are ever returned as an `Evidenced`; relationship objects are always concrete.
  __resolveType: (parent) => {
    const type = 'id' in parent ? typeOfId(parent.id) : null;
    return type === 'Source' ? null : type;
  },
};

export const nodeQueries: Pick<QueryResolvers, 'node'> = {
  node: (_root, { id }, ctx) => loadNode(ctx, id),
};
