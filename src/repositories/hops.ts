import type { Label as LabelName, Rel as RelName } from '../db/labelsAndTypes';
import { Label, Rel } from '../db/labelsAndTypes';

/** One hop the API follows: from a labelled node along a relationship type in a direction. */
export interface NeighbourSpec {
  from: LabelName;
  rel: RelName;
  direction: 'OUT' | 'IN';
  to: LabelName;
}

const hop = (
  from: LabelName,
  rel: RelName,
  direction: 'OUT' | 'IN',
  to: LabelName,
): NeighbourSpec => ({
  from,
  rel,
  direction,
  to,
});

/** Every hop the resolvers use; Cypher is built only from these. */
export const Neighbours = {
  organizationParent: hop(Label.Organization, Rel.UNIT_OF, 'OUT', Label.Organization),
  organizationUnits: hop(Label.Organization, Rel.UNIT_OF, 'IN', Label.Organization),
  organizationPlaces: hop(Label.Organization, Rel.LOCATED_IN, 'OUT', Label.Place),
  organizationPrograms: hop(Label.Organization, Rel.HAS_PARTY, 'IN', Label.Program),
  organizationHostedEvents: hop(Label.Organization, Rel.HOSTED_BY, 'IN', Label.Event),
  placeWithin: hop(Label.Place, Rel.LOCATED_IN, 'OUT', Label.Place),
  placeContains: hop(Label.Place, Rel.LOCATED_IN, 'IN', Label.Place),
  programParties: hop(Label.Program, Rel.HAS_PARTY, 'OUT', Label.Organization),
  programPeople: hop(Label.Program, Rel.HAS_ROLE_IN, 'IN', Label.Person),
  programParent: hop(Label.Program, Rel.PART_OF, 'OUT', Label.Program),
  programChildren: hop(Label.Program, Rel.PART_OF, 'IN', Label.Program),
  programAreas: hop(Label.Program, Rel.FOCUSES_ON, 'OUT', Label.DiseaseArea),
  programAspects: hop(Label.Program, Rel.COVERS_ASPECT, 'OUT', Label.CooperationAspect),
  programPlaces: hop(Label.Program, Rel.LOCATED_IN, 'OUT', Label.Place),
  programProducedBy: hop(Label.Program, Rel.PRODUCED, 'IN', Label.Event),
  areaPrograms: hop(Label.DiseaseArea, Rel.FOCUSES_ON, 'IN', Label.Program),
  aspectPrograms: hop(Label.CooperationAspect, Rel.COVERS_ASPECT, 'IN', Label.Program),
  personPrograms: hop(Label.Person, Rel.HAS_ROLE_IN, 'OUT', Label.Program),
  personEvents: hop(Label.Person, Rel.PARTICIPATED_IN, 'OUT', Label.Event),
  eventParticipants: hop(Label.Event, Rel.PARTICIPATED_IN, 'IN', Label.Person),
  eventHosts: hop(Label.Event, Rel.HOSTED_BY, 'OUT', Label.Organization),
  eventVisited: hop(Label.Event, Rel.VISITED, 'OUT', Label.Organization),
  eventPlaces: hop(Label.Event, Rel.LOCATED_IN, 'OUT', Label.Place),
  eventParent: hop(Label.Event, Rel.PART_OF, 'OUT', Label.Event),
  eventChildren: hop(Label.Event, Rel.PART_OF, 'IN', Label.Event),
  eventProduced: hop(Label.Event, Rel.PRODUCED, 'OUT', Label.Program),
  eventGroups: hop(Label.Event, Rel.PARTICIPATED_IN, 'IN', Label.ParticipantGroup),
  eventPrograms: hop(Label.Event, Rel.WITHIN_PROGRAM, 'OUT', Label.Program),
  eventFundingPrograms: hop(Label.Event, Rel.FUNDED_BY, 'OUT', Label.Program),
  eventFundingOrganizations: hop(Label.Event, Rel.FUNDED_BY, 'OUT', Label.Organization),
  eventAreas: hop(Label.Event, Rel.FOCUSES_ON, 'OUT', Label.DiseaseArea),
  eventAspects: hop(Label.Event, Rel.COVERS_ASPECT, 'OUT', Label.CooperationAspect),
  eventStatements: hop(Label.Event, Rel.MADE_AT, 'IN', Label.Statement),
  areaEvents: hop(Label.DiseaseArea, Rel.FOCUSES_ON, 'IN', Label.Event),
  aspectEvents: hop(Label.CooperationAspect, Rel.COVERS_ASPECT, 'IN', Label.Event),
  programPlaceParties: hop(Label.Program, Rel.HAS_PARTY, 'OUT', Label.Place),
  programEvents: hop(Label.Program, Rel.WITHIN_PROGRAM, 'IN', Label.Event),
  programFundedEvents: hop(Label.Program, Rel.FUNDED_BY, 'IN', Label.Event),
  programStatements: hop(Label.Program, Rel.ABOUT, 'IN', Label.Statement),
  placePrograms: hop(Label.Place, Rel.HAS_PARTY, 'IN', Label.Program),
  placeDesignations: hop(Label.Place, Rel.DESIGNATED_AS, 'OUT', Label.Term),
  termDesignatedPlaces: hop(Label.Term, Rel.DESIGNATED_AS, 'IN', Label.Place),
  personStatements: hop(Label.Person, Rel.STATED_BY, 'IN', Label.Statement),
  statementSpeaker: hop(Label.Statement, Rel.STATED_BY, 'OUT', Label.Person),
  statementEvent: hop(Label.Statement, Rel.MADE_AT, 'OUT', Label.Event),
} as const;

export type NeighbourName = keyof typeof Neighbours;
