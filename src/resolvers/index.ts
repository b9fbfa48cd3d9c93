import type { Resolvers } from '../generated/graphql';
import {
  Collaboration,
  CollaborationConnection,
  collaborationQueries,
} from './collaborationResolvers';
import { ConnectionStep, connectionQueries } from './connectionResolvers';
import { draftMutations } from './draftResolvers';
import { AuditEntryConnection, auditQueries, mutations } from './curationResolvers';
import {
  AspectLink,
  DiseaseAreaLink,
  Event,
  EventConnection,
  EventFunder,
  EventLink,
  EventOrganization,
  EventParticipation,
  EventProgramLink,
  eventQueries,
  ParticipantGroup,
} from './eventResolvers';
import { Neighbour, NeighbourConnection, neighbourQueries } from './neighbourResolvers';
import { Evidenced, Node, nodeQueries } from './nodeResolvers';
import {
  Organization,
  OrganizationConnection,
  OrganizationUnit,
  organizationQueries,
} from './organizationResolvers';
import { PartialDate } from './partialDateResolvers';
import {
  Person,
  PersonConnection,
  Position,
  PositionAttestation,
  personQueries,
} from './personResolvers';
import { Place, PlaceDesignation, PlaceLink, placeQueries } from './placeResolvers';
import {
  Program,
  ProgramAspect,
  ProgramConnection,
  ProgramDiseaseArea,
  ProgramEventLink,
  ProgramLink,
  ProgramParty,
  ProgramPersonRole,
  ProgramPlaceParty,
  programQueries,
} from './programResolvers';
import { scalarResolvers } from './scalars';
import { SearchHit, searchQueries } from './searchResolvers';
import {
  Evidence,
  Source,
  SourceConnection,
  sourceQueries,
  StatedRelationship,
} from './sourceResolvers';
import {
  Statement,
  StatementConnection,
  StatementSubject,
  statementQueries,
} from './statementResolvers';
import { Stats, statsQueries } from './statsResolvers';
import { Term, termQueries } from './termResolvers';
import {
  CooperationAspect,
  DiseaseArea,
  ProgramTermLink,
  vocabularyQueries,
} from './vocabularyResolvers';

/** Every resolver of the schema, typed by the generated `Resolvers`. */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    ...nodeQueries,
    ...personQueries,
    ...organizationQueries,
    ...programQueries,
    ...eventQueries,
    ...placeQueries,
    ...sourceQueries,
    ...vocabularyQueries,
    ...searchQueries,
    ...collaborationQueries,
    ...connectionQueries,
    ...neighbourQueries,
    ...statsQueries,
    ...auditQueries,
    ...statementQueries,
    ...termQueries,
  },
  Mutation: { ...mutations, ...draftMutations },
  AuditEntryConnection,
  Node,
  Evidenced,
  Person,
  Position,
  PersonConnection,
  Organization,
  OrganizationUnit,
  OrganizationConnection,
  Program,
  ProgramParty,
  ProgramPersonRole,
  ProgramDiseaseArea,
  ProgramLink,
  ProgramAspect,
  ProgramConnection,
  Event,
  EventOrganization,
  EventLink,
  EventParticipation,
  EventConnection,
  Place,
  PlaceLink,
  DiseaseArea,
  CooperationAspect,
  ProgramTermLink,
  Source,
  SourceConnection,
  Evidence,
  StatedRelationship,
  SearchHit,
  Collaboration,
  CollaborationConnection,
  ConnectionStep,
  Neighbour,
  NeighbourConnection,
  Stats,
  PartialDate,
  PositionAttestation,
  PlaceDesignation,
  ProgramPlaceParty,
  ProgramEventLink,
  EventProgramLink,
  EventFunder,
  DiseaseAreaLink,
  AspectLink,
  ParticipantGroup,
  Statement,
  StatementSubject,
  StatementConnection,
  Term,
};
