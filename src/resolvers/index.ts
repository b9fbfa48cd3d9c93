import type { GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from 'graphql';

import type { Context } from '../context';
import type { Resolvers } from '../generated/graphql';
import { ROOT_PLANNERS } from '../planner/rootPlanners';
import { withPlannedFields } from '../planner/withPlannedFields';
import {
  Collaboration,
  CollaborationConnection,
  collaborationQueries,
} from './collaborationResolvers';
import { AuditEntryConnection, auditQueries, mutations } from './curationResolvers';
import { draftMutations } from './draftResolvers';
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
import { ConnectionStep, connectionQueries } from './pathResolvers';
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

/** The root fields of `Query` a plan answers, each in one statement. */
function plannedQueries(): Record<string, GraphQLFieldResolver<unknown, Context>> {
  return Object.fromEntries(
    Object.keys(ROOT_PLANNERS).map((name) => [
      name,
      (_root: unknown, args: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo) =>
        ctx.planner.resolve(
          args,
          info,
          (cypher, params) => ctx.db.readRecords(cypher, params),
          ctx.config.limits,
        ),
    ]),
  );
}

/**
 * The resolvers of a read path: `loaders` resolves level by level through the request's
 * DataLoaders; `planner` answers planned root fields with one statement each, and every field
 * below reads what the plan fetched. The DataLoaders still serve what no plan reaches: `stats`
 * and `auditLog` (aggregates and the audit trail, with entities under them) and the entities of
 * mutation payloads, each read level by level with a fixed number of statements.
 */
export function resolversFor(readPath: 'planner' | 'loaders', schema: GraphQLSchema): Resolvers {
  if (readPath === 'loaders') return resolvers;
  const planned = withPlannedFields(schema, resolvers as Record<string, Record<string, unknown>>);
  planned.Query = { ...resolvers.Query, ...plannedQueries() };
  return planned;
}
