/**
 * The plain objects repositories return and resolvers receive (codegen mappers point here).
 * Every value is a JS primitive: driver Integers and temporal values never get past the
 * repository boundary.
 */
import type {
  EventKind,
  EventRole,
  OrganizationKind,
  PlaceKind,
  ProgramKind,
  ProgramPartyRole,
  ProgramPersonRoleKind,
  ProgramStatus,
  StatementKind,
} from '../domain/vocabularies';
// Only an input type (erased at compile time): the filter `stats` passes on to its fields.
import type { ProgramFilter } from '../generated/graphql';

export type {
  EventKind,
  EventRole,
  OrganizationKind,
  PlaceKind,
  ProgramKind,
  ProgramPartyRole,
  ProgramPersonRoleKind,
  ProgramStatus,
  StatementKind,
};

export type { DatePrecision, PartialDateModel } from '../domain/partialDate';
import type { PartialDateModel } from '../domain/partialDate';

/** An alternative name with its kind and optional language. */
export interface NameModel {
  value: string;
  kind: 'ALIAS' | 'ACRONYM' | 'FORMER';
  language: string | null;
}

/** Fields every evidenced fact has. */
export interface EvidencedModel {
  evidenceIds: string[];
}

export interface PersonModel extends EvidencedModel {
  id: string;
  name: string;
  honorific: string | null;
  alternativeNames: NameModel[];
  wikidataId: string | null;
}

export interface OrganizationModel extends EvidencedModel {
  id: string;
  name: string;
  kind: OrganizationKind;
  /** The kind term: a built-in one for `kind`, or a curated one. */
  kindTermId: string;
  acronym: string | null;
  alternativeNames: NameModel[];
  rorId: string | null;
  wikidataId: string | null;
}

export interface ProgramModel extends EvidencedModel {
  id: string;
  name: string;
  kind: ProgramKind;
  status: ProgramStatus;
  alternativeNames: NameModel[];
  description: string | null;
  principle: string | null;
  start: PartialDateModel | null;
  end: PartialDateModel | null;
}

export interface EventModel extends EvidencedModel {
  id: string;
  name: string;
  kind: EventKind;
  date: PartialDateModel | null;
  alternativeNames: NameModel[];
  description: string | null;
}

export interface PlaceModel extends EvidencedModel {
  id: string;
  name: string;
  kind: PlaceKind;
  kindTermId: string;
  alternativeNames: NameModel[];
}

/** A shared vocabulary term: a disease area or a cooperation aspect. */
export interface TermModel extends EvidencedModel {
  id: string;
  name: string;
  alternativeNames: NameModel[];
}

export type DiseaseAreaModel = TermModel;
export type CooperationAspectModel = TermModel;

/** The GraphQL name of a vocabulary (`EVENT_ROLE` for `event-role`). */
export type TermVocabulary =
  | 'PARTY_ROLE'
  | 'PERSON_ROLE'
  | 'EVENT_ROLE'
  | 'ORGANIZATION_KIND'
  | 'PLACE_KIND'
  | 'STATEMENT_KIND'
  | 'DESIGNATION';

/** A term of a role or kind vocabulary, or a designation (built in, or curated in a document). */
export interface VocabularyTermModel extends EvidencedModel {
  id: string;
  name: string;
  vocabulary: TermVocabulary;
  broader: string | null;
  builtIn: boolean;
  description: string | null;
  alternativeNames: NameModel[];
}

export interface StatementModel extends EvidencedModel {
  id: string;
  kind: StatementKind;
  kindTermId: string;
  /** The excerpt that quotes what was said. */
  quoteId: string;
  date: PartialDateModel | null;
}

/** One thing a statement is about. */
export interface StatementSubjectModel extends EvidencedModel {
  node: NodeModel;
  wording: string | null;
}

export interface ParticipantGroupModel extends EvidencedModel {
  id: string;
  description: string;
  count: number | null;
  role: EventRole;
  roleTermId: string;
  organizationId: string | null;
  eventId: string;
}

/** One source's attestation of a position: the date the document gave, if any. */
export interface PositionAttestationModel extends EvidencedModel {
  sourceId: string;
  /** The `attestedOn` of the document; null when it gave none. */
  statedDate: PartialDateModel | null;
}

export interface PlaceDesignationModel extends EvidencedModel {
  place: PlaceModel;
  designationId: string;
  since: PartialDateModel | null;
}

export interface ProgramPlacePartyModel extends EvidencedModel {
  place: PlaceModel;
  programId: string;
  role: ProgramPartyRole;
  roleTermId: string;
}

export interface ProgramEventLinkModel extends EvidencedModel {
  event: EventModel;
  relation: string | null;
}

export interface EventProgramLinkModel extends EvidencedModel {
  program: ProgramModel;
  relation: string | null;
}

export interface EventFunderModel extends EvidencedModel {
  program: ProgramModel | null;
  organization: OrganizationModel | null;
}

export interface DiseaseAreaLinkModel extends EvidencedModel {
  area: DiseaseAreaModel;
  wording: string | null;
}

export interface AspectLinkModel extends EvidencedModel {
  aspect: CooperationAspectModel;
  wording: string | null;
}

export interface SourceModel {
  id: string;
  title: string;
  publisher: string | null;
  date: PartialDateModel | null;
  url: string | null;
  language: string | null;
  text: string;
}

export interface PositionModel extends EvidencedModel {
  id: string;
  title: string;
  personId: string;
  organizationId: string;
  start: PartialDateModel | null;
  end: PartialDateModel | null;
  attestedOn: PartialDateModel | null;
  attestations: PositionAttestationModel[];
}

/** One quotation of a source. */
export interface EvidenceModel {
  id: string;
  excerpt: string;
  start: number;
  end: number;
  sourceId: string;
}

export interface OrganizationUnitModel extends EvidencedModel {
  organization: OrganizationModel;
  relation: string;
}

export interface PlaceLinkModel extends EvidencedModel {
  place: PlaceModel;
}

export interface ProgramPartyModel extends EvidencedModel {
  organization: OrganizationModel;
  programId: string;
  role: ProgramPartyRole;
  roleTermId: string;
}

export interface ProgramPersonRoleModel extends EvidencedModel {
  person: PersonModel;
  programId: string;
  role: ProgramPersonRoleKind;
  roleTermId: string;
  organizationId: string | null;
}

export interface ProgramDiseaseAreaModel extends EvidencedModel {
  area: DiseaseAreaModel;
  wording: string | null;
}

export interface ProgramAspectModel extends EvidencedModel {
  aspect: CooperationAspectModel;
  wording: string | null;
}

export interface ProgramLinkModel extends EvidencedModel {
  program: ProgramModel;
}

export interface ProgramTermLinkModel extends EvidencedModel {
  program: ProgramModel;
  wording: string | null;
}

export interface EventLinkModel extends EvidencedModel {
  event: EventModel;
}

export interface EventOrganizationModel extends EvidencedModel {
  organization: OrganizationModel;
}

export interface EventParticipationModel extends EvidencedModel {
  person: PersonModel;
  eventId: string;
  role: EventRole;
  roleTermId: string;
  organizationId: string | null;
}

/** Any entity that `Node` can resolve to, tagged with its GraphQL type name. */
export type NodeModel =
  | ({ __typename: 'Person' } & PersonModel)
  | ({ __typename: 'Organization' } & OrganizationModel)
  | ({ __typename: 'Program' } & ProgramModel)
  | ({ __typename: 'Event' } & EventModel)
  | ({ __typename: 'Place' } & PlaceModel)
  | ({ __typename: 'Source' } & SourceModel)
  | ({ __typename: 'DiseaseArea' } & DiseaseAreaModel)
  | ({ __typename: 'CooperationAspect' } & CooperationAspectModel)
  | ({ __typename: 'Position' } & PositionModel)
  | ({ __typename: 'Statement' } & StatementModel)
  | ({ __typename: 'ParticipantGroup' } & ParticipantGroupModel)
  | ({ __typename: 'Term' } & VocabularyTermModel);

export type NodeTypeName = NodeModel['__typename'];

export type EntityType =
  | 'PERSON'
  | 'ORGANIZATION'
  | 'PROGRAM'
  | 'EVENT'
  | 'PLACE'
  | 'DISEASE_AREA'
  | 'COOPERATION_ASPECT'
  | 'POSITION'
  | 'STATEMENT'
  | 'PARTICIPANT_GROUP'
  | 'TERM';

export interface SearchHitModel {
  node: NodeModel;
  type: EntityType;
  name: string;
  score: number;
  match: 'EXACT' | 'PARTIAL' | 'SUGGESTION';
}

export interface CollaborationModel {
  organizationId: string;
  partner: OrganizationModel;
  programIds: string[];
  aspectIds: string[];
  diseaseAreaIds: string[];
  firstDate: PartialDateModel | null;
}

export interface ConnectionStepModel extends EvidencedModel {
  from: NodeModel;
  to: NodeModel;
  relationship: string;
  description: string;
  forward: boolean;
  qualifier: string | null;
}

export interface ConnectionPathModel {
  steps: ConnectionStepModel[];
}

export interface EntityConnectionModel {
  from: NodeModel;
  to: NodeModel;
  hops: number | null;
  paths: ConnectionPathModel[];
}

/** One relationship of an entity, read from the entity's side. */
export interface NeighbourModel extends EvidencedModel {
  node: NodeModel;
  relationship: string;
  description: string;
  outgoing: boolean;
  qualifier: string | null;
}

/** Shared programs between each pair of organizations, in the order of `organizations`. */
export interface CollaborationMatrixModel {
  organizations: OrganizationModel[];
  programs: number[][];
}

/**
 * The `stats` fields are resolved one by one, each with its own aggregate query over the
 * programs matching `filter` (all of them when null).
 */
export interface StatsModel {
  filter: ProgramFilter | null;
}

/** A relationship in its stored direction, with its ends: a fact a quotation states. */
export interface StatedRelationshipModel extends EvidencedModel {
  from: NodeModel;
  to: NodeModel;
  relationship: string;
  description: string;
  qualifier: string | null;
}

/** The facts one quotation is evidence of. */
export interface StatedFactsModel {
  entities: NodeModel[];
  relationships: StatedRelationshipModel[];
}

/** One recorded write. */
export interface AuditEntryModel {
  id: string;
  at: string;
  actor: string;
  role: string;
  operation: string;
  target: string;
  summary: string;
}

/** One page of a Relay connection, before edges are built. */
export interface PageModel<T> {
  items: T[];
  /** Offset of `items[0]` in the full ordered result; cursors encode offsets. */
  startOffset: number;
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export type PersonPageModel = PageModel<PersonModel>;
export type OrganizationPageModel = PageModel<OrganizationModel>;
export type ProgramPageModel = PageModel<ProgramModel>;
export type EventPageModel = PageModel<EventModel>;
export type SourcePageModel = PageModel<SourceModel>;
export type CollaborationPageModel = PageModel<CollaborationModel>;
export type AuditEntryPageModel = PageModel<AuditEntryModel>;
export type StatementPageModel = PageModel<StatementModel>;
/** How many of an entity's relationships lead to neighbours of one type. */
export interface NeighbourGroupModel {
  type: EntityType;
  count: number;
}

/** A page of neighbours with the counts of every neighbour type. */
export interface NeighbourPageModel extends PageModel<NeighbourModel> {
  groups: NeighbourGroupModel[];
}
