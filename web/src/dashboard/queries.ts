import { graphql } from '../generated';

export const CountsQuery = graphql(`
  query DashboardCounts {
    stats {
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

export const ProgramsByDiseaseAreaQuery = graphql(`
  query ProgramsByDiseaseArea($first: Int) {
    stats {
      programsByDiseaseArea(first: $first) {
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
  query ProgramsByAspect($first: Int) {
    stats {
      programsByAspect(first: $first) {
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
  query ProgramsByYear {
    stats {
      programsByYear {
        year
        programs
      }
    }
  }
`);

export const OrganizationsByPartnersQuery = graphql(`
  query OrganizationsByPartners($first: Int) {
    stats {
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

export const CollaborationMatrixQuery = graphql(`
  query CollaborationMatrix($first: Int) {
    stats {
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
