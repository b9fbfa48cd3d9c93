import { entityById, everyEntity, nodeById } from './entityPlans';
import type {
  EventFilter,
  EventOrder,
  OrganizationFilter,
  OrganizationOrder,
  PersonFilter,
  PersonOrder,
  ProgramFilter,
  ProgramOrder,
  SourceFilter,
  SourceOrder,
  StatementFilter,
} from '../generated/graphql';
import {
  eventsQuery,
  organizationsQuery,
  peopleQuery,
  programsQuery,
  sourcesQuery,
  statementsQuery,
} from '../repositories/listRepository';
import { connectionOf } from './pagePlans';
import { pathsBetween } from './pathPlans';
import { searchFor } from './searchPlans';
import { neighboursOf } from './neighbourPlans';
import { collaborationsOf } from './collaborationPlans';
import type { RootPlanner } from './plan';
import { everyTerm } from './termPlans';

/** The root fields of `Query` that are answered by a plan, and their planners. */
export const ROOT_PLANNERS: Readonly<Record<string, RootPlanner>> = {
  node: nodeById,
  person: entityById('Person'),
  organization: entityById('Organization'),
  program: entityById('Program'),
  event: entityById('Event'),
  place: entityById('Place'),
  source: entityById('Source'),
  places: everyEntity('Place'),
  diseaseAreas: everyEntity('DiseaseArea'),
  cooperationAspects: everyEntity('CooperationAspect'),
  terms: everyTerm,
  collaborations: collaborationsOf,
  neighbours: neighboursOf,
  connection: pathsBetween,
  search: searchFor,
  people: connectionOf<{ filter?: PersonFilter; orderBy?: PersonOrder[] }>('Person', peopleQuery),
  organizations: connectionOf<{ filter?: OrganizationFilter; orderBy?: OrganizationOrder[] }>(
    'Organization',
    organizationsQuery,
  ),
  programs: connectionOf<{ filter?: ProgramFilter; orderBy?: ProgramOrder[] }>(
    'Program',
    programsQuery,
  ),
  events: connectionOf<{ filter?: EventFilter; orderBy?: EventOrder[] }>('Event', eventsQuery),
  statements: connectionOf<{ filter?: StatementFilter }>(
    'Statement',
    (filter, _orderBy, maxFilterConditions) => statementsQuery(filter, maxFilterConditions),
  ),
  sources: connectionOf<{ filter?: SourceFilter; orderBy?: SourceOrder[] }>('Source', sourcesQuery),
};
