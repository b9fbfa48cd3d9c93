import { entityById, everyEntity, nodeById } from './entityPlans';
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
};
