import type { Label as LabelName } from '../db/labelsAndTypes';
import { Label, SEARCHABLE_LABELS } from '../db/labelsAndTypes';
import type { EntityType } from '../models';

/** The API's entity types and the labels they stand for, in the SDL's order. */
export const ENTITY_TYPE_LABEL: Record<EntityType, LabelName> = {
  PERSON: Label.Person,
  ORGANIZATION: Label.Organization,
  PROGRAM: Label.Program,
  EVENT: Label.Event,
  PLACE: Label.Place,
  DISEASE_AREA: Label.DiseaseArea,
  COOPERATION_ASPECT: Label.CooperationAspect,
  POSITION: Label.Position,
  STATEMENT: Label.Statement,
  PARTICIPANT_GROUP: Label.ParticipantGroup,
  TERM: Label.Term,
};

/** Every entity type, in the SDL's order. */
export const ENTITY_TYPE_ORDER = Object.keys(ENTITY_TYPE_LABEL) as readonly EntityType[];

/** The entity type of a label. */
export const ENTITY_TYPE_OF_LABEL: ReadonlyMap<string, EntityType> = new Map(
  ENTITY_TYPE_ORDER.map((type) => [ENTITY_TYPE_LABEL[type], type]),
);

/**
 * Every entity type search knows: those of the name index's labels (positions, statements and
 * participant groups have no name of their own; terms are vocabulary, not entities one looks up).
 */
export const SEARCHABLE_TYPES: readonly EntityType[] = ENTITY_TYPE_ORDER.filter((type) =>
  (SEARCHABLE_LABELS as readonly string[]).includes(ENTITY_TYPE_LABEL[type]),
);
