import type { Resolvers } from '../generated/graphql';
import {
  Collaboration,
  CollaborationConnection,
  collaborationQueries,
} from './collaborationResolvers';
import { ConnectionStep, connectionQueries } from './connectionResolvers';
import { AuditEntryConnection, auditQueries, mutations } from './curationResolvers';
import {
  Event,
  EventConnection,
  EventLink,
  EventOrganization,
  EventParticipation,
  eventQueries,
} from './eventResolvers';
import { Neighbour, NeighbourConnection, neighbourQueries } from './neighbourResolvers';
import { Evidenced, Node, nodeQueries } from './nodeResolvers';
import {
  Organization,
  OrganizationConnection,
  OrganizationUnit,
  organizationQueries,
} from './organizationResolvers';
import { Person, PersonConnection, Position, personQueries } from './personResolvers';
import { Place, PlaceLink, placeQueries } from './placeResolvers';
import {
  Program,
  ProgramAspect,
  ProgramConnection,
  ProgramDiseaseArea,
  ProgramLink,
  ProgramParty,
  ProgramPersonRole,
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
import { Stats, statsQueries } from './statsResolvers';
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
  },
  Mutation: mutations,
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
};
