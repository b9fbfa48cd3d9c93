import type { EntityLabelFragment } from '../generated/graphql';

/** The entity types the graph draws, with the colour of their nodes and a readable name. */
export const ENTITY_TYPES = {
  Person: { colour: '#2563eb', label: 'Person' },
  Organization: { colour: '#ea580c', label: 'Organization' },
  Program: { colour: '#16a34a', label: 'Program' },
  Event: { colour: '#9333ea', label: 'Event' },
  Place: { colour: '#a16207', label: 'Place' },
  DiseaseArea: { colour: '#dc2626', label: 'Disease area' },
  CooperationAspect: { colour: '#0d9488', label: 'Cooperation aspect' },
  Position: { colour: '#64748b', label: 'Position' },
  Source: { colour: '#334155', label: 'Source' },
  Statement: { colour: '#be185d', label: 'Statement' },
  ParticipantGroup: { colour: '#4d7c0f', label: 'Group' },
  Term: { colour: '#0891b2', label: 'Term' },
} as const satisfies Record<EntityLabelFragment['__typename'], { colour: string; label: string }>;

/** How an entity is named on screen (a position by its title and organization). */
export function entityName(entity: EntityLabelFragment): string {
  switch (entity.__typename) {
    case 'Position':
      return `${entity.title}, ${entity.organization.name}`;
    case 'Source':
      return entity.title;
    case 'Statement':
      return `${entity.speaker.name}: ${entity.kind.toLowerCase()}`;
    case 'ParticipantGroup':
      return entity.count === null || entity.count === undefined
        ? entity.groupDescription
        : `${entity.count} ${entity.groupDescription}`;
    default:
      return entity.name;
  }
}

/** A relationship's label on an edge: its type, with the role or relation where it has one. */
export function relationshipLabel(relationship: string, qualifier: string | null): string {
  return qualifier ? `${relationship} (${qualifier})` : relationship;
}
