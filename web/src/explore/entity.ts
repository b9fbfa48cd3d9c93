import type { EntityLabelFragment, EntityType } from '../generated/graphql';

/** An entity as the explorer draws it. */
export type Entity = EntityLabelFragment;
export type Typename = Entity['__typename'];
export type PositionEntity = Extract<Entity, { __typename: 'Position' }>;

/**
 * The entity types: readable names (one, many), the API's `EntityType`, and the CSS variable of
 * their colour (common.css, one per theme).
 */
export const ENTITY_TYPES = {
  Person: { label: 'Person', plural: 'People', type: 'PERSON', colour: '--type-person' },
  Organization: {
    label: 'Organization',
    plural: 'Organizations',
    type: 'ORGANIZATION',
    colour: '--type-organization',
  },
  Program: { label: 'Program', plural: 'Programs', type: 'PROGRAM', colour: '--type-program' },
  Event: { label: 'Event', plural: 'Events', type: 'EVENT', colour: '--type-event' },
  Place: { label: 'Place', plural: 'Places', type: 'PLACE', colour: '--type-place' },
  DiseaseArea: {
    label: 'Disease area',
    plural: 'Disease areas',
    type: 'DISEASE_AREA',
    colour: '--type-diseasearea',
  },
  CooperationAspect: {
    label: 'Cooperation aspect',
    plural: 'Cooperation aspects',
    type: 'COOPERATION_ASPECT',
    colour: '--type-cooperationaspect',
  },
  Position: { label: 'Position', plural: 'Positions', type: 'POSITION', colour: '--type-position' },
  Source: { label: 'Source', plural: 'Sources', type: null, colour: '--type-source' },
  Statement: {
    label: 'Statement',
    plural: 'Statements',
    type: 'STATEMENT',
    colour: '--type-statement',
  },
  ParticipantGroup: {
    label: 'Group',
    plural: 'Groups',
    type: 'PARTICIPANT_GROUP',
    colour: '--type-participantgroup',
  },
  Term: { label: 'Term', plural: 'Terms', type: 'TERM', colour: '--type-term' },
} as const satisfies Record<
  Typename,
  { label: string; plural: string; type: EntityType | null; colour: string }
>;

/** The types drawn as nodes (positions are drawn as edges, sources are read on their page). */
export const NODE_TYPES = [
  'Person',
  'Organization',
  'Program',
  'Event',
  'Place',
  'DiseaseArea',
  'CooperationAspect',
  'Statement',
  'ParticipantGroup',
  'Term',
] as const satisfies readonly Typename[];
export type NodeTypename = (typeof NODE_TYPES)[number];

/** The typename of an API `EntityType`. */
export function typenameOf(type: EntityType): Typename {
  const found = (Object.keys(ENTITY_TYPES) as Typename[]).find(
    (name) => ENTITY_TYPES[name].type === type,
  );
  if (!found) throw new Error(`unknown entity type ${type}`);
  return found;
}

/** The class that gives an element its entity type's colour (`.t-Person`, see common.css). */
export const typeClass = (typename: string) => `t-${typename}`;

/** How an entity is named on screen (a position by its title and organization). */
export function entityName(entity: Entity): string {
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

type DateText = { text: string } | null | undefined;

/** A period in years as people write it: "2008–2014", "since 2015", "until 2019", "2018". */
export function periodText(start: DateText, end: DateText, attested?: DateText): string {
  const year = (date: { text: string }) => date.text.slice(0, 4);
  if (start && end) {
    return year(start) === year(end) ? start.text : `${year(start)}–${year(end)}`;
  }
  if (start) return `since ${start.text}`;
  if (end) return `until ${end.text}`;
  return attested ? `on ${attested.text}` : '';
}

/** The dates of an entity where it has any ("2016-03–", "2019-05"), else "". */
export function entityDates(entity: Entity): string {
  switch (entity.__typename) {
    case 'Program':
    case 'Position':
      return periodText(
        entity.start,
        entity.end,
        'attestedOn' in entity ? entity.attestedOn : null,
      );
    case 'Event':
    case 'Statement':
      return entity.date?.text ?? '';
    default:
      return '';
  }
}

/** "President" -> "president of": a position read as a relationship (keeps acronyms). */
export function positionWords(title: string): string {
  const words = title
    .split(' ')
    .map((word) => (/^[A-Z][a-z]/.test(word) ? word.toLowerCase() : word))
    .join(' ');
  return `${words} of`;
}

/** The date an entity is placed at on a timeline (its start or date), or null. */
export function sortDate(entity: Entity): string | null {
  switch (entity.__typename) {
    case 'Program':
    case 'Position':
      return entity.start?.earliest ?? null;
    case 'Event':
    case 'Statement':
      return entity.date?.earliest ?? null;
    default:
      return null;
  }
}
