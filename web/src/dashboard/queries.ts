import { graphql } from '../generated';

export const CountsQuery = graphql(`
  query DashboardCounts($filter: ProgramFilter) {
    stats(filter: $filter) {
      programs
      counts {
        people
        organizations
        programs
        events
        sources
        excerpts
      }
    }
  }
`);

/** What the filters offer: the vocabularies and the years programs started in. */
export const FilterOptionsQuery = graphql(`
  query DashboardFilterOptions {
    diseaseAreas {
      id
      name
    }
    cooperationAspects {
      id
      name
    }
    stats {
      programsByYear {
        year
      }
    }
  }
`);

export const ProgramsByDiseaseAreaQuery = graphql(`
  query ProgramsByDiseaseArea($filter: ProgramFilter) {
    stats(filter: $filter) {
      programsByDiseaseArea {
        area {
          id
          name
        }
        programs
      }
    }
  }
`);

export const ProgramsByAspectQuery = graphql(`
  query ProgramsByAspect($filter: ProgramFilter) {
    stats(filter: $filter) {
      programsByAspect {
        aspect {
          id
          name
        }
        programs
      }
    }
  }
`);

export const ProgramsByYearQuery = graphql(`
  query ProgramsByYear($filter: ProgramFilter) {
    stats(filter: $filter) {
      programsByYear {
        year
        programs
      }
    }
  }
`);

export const ProgramsByStatusQuery = graphql(`
  query ProgramsByStatus($filter: ProgramFilter) {
    stats(filter: $filter) {
      programsByStatus {
        status
        programs
      }
    }
  }
`);

export const OrganizationsByPartnersQuery = graphql(`
  query OrganizationsByPartners($first: Int, $filter: ProgramFilter) {
    stats(filter: $filter) {
      organizationsByPartners(first: $first) {
        organization {
          id
          name
          acronym
        }
        partners
      }
    }
  }
`);

export const PeopleByOrganizationQuery = graphql(`
  query PeopleByOrganization($first: Int, $filter: ProgramFilter) {
    stats(filter: $filter) {
      peopleByOrganization(first: $first) {
        organization {
          id
          name
          acronym
        }
        people
      }
    }
  }
`);

export const CollaborationMatrixQuery = graphql(`
  query CollaborationMatrix($first: Int, $filter: ProgramFilter) {
    stats(filter: $filter) {
      collaborationMatrix(first: $first) {
        organizations {
          id
          name
          acronym
        }
        programs
      }
    }
  }
`);
