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
} from '../generated/graphql';
import {
  eventsQuery,
  organizationsQuery,
  peopleQuery,
  programsQuery,
  sourcesQuery,
} from '../repositories/listRepository';
import { connectionOf } from './pagePlans';
import type { RootPlanner } from './plan';

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
  sources: connectionOf<{ filter?: SourceFilter; orderBy?: SourceOrder[] }>('Source', sourcesQuery),
};
