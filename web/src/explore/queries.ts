import { graphql } from '../generated';

/** What the graph and the lists need to show any entity. */
export const EntityLabelFragment = graphql(`
  fragment EntityLabel on Node {
    __typename
    id
    ... on Person {
      name
    }
    ... on Organization {
      name
    }
    ... on Program {
      name
    }
    ... on Event {
      name
    }
    ... on Place {
      name
    }
    ... on Source {
      title
    }
    ... on DiseaseArea {
      name
    }
    ... on CooperationAspect {
      name
    }
    ... on Position {
      title
      organization {
        name
      }
    }
    ... on Statement {
      kind
      speaker {
        name
      }
    }
    ... on ParticipantGroup {
      groupDescription: description
      count
    }
    ... on Term {
      name
    }
  }
`);

/** One quotation with its source, for the evidence panel. */
export const EvidenceItemFragment = graphql(`
  fragment EvidenceItem on Evidence {
    id
    excerpt
    source {
      id
      title
      url
      publisher
      date {
        text
      }
    }
  }
`);

export const SearchEntitiesQuery = graphql(`
  query SearchEntities($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      type
      name
      score
      node {
        ...EntityLabel
      }
    }
  }
`);

export const NeighboursQuery = graphql(`
  query Neighbours($id: ID!, $first: Int, $after: String) {
    neighbours(id: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        relationship
        description
        outgoing
        qualifier
        node {
          ...EntityLabel
        }
        evidence {
          ...EvidenceItem
        }
      }
    }
  }
`);

export const EntityDetailsQuery = graphql(`
  query EntityDetails($id: ID!) {
    node(id: $id) {
      ...EntityLabel
      ... on Person {
        honorific
        alternativeNames {
          value
        }
        wikidataId
      }
      ... on Organization {
        organizationKind: kind
        acronym
        alternativeNames {
          value
        }
        rorId
        wikidataId
      }
      ... on Program {
        programKind: kind
        status
        description
        principle
        start {
          text
        }
        end {
          text
        }
      }
      ... on Event {
        eventKind: kind
        description
        date {
          text
        }
      }
      ... on Place {
        placeKind: kind
      }
      ... on Position {
        start {
          text
        }
        end {
          text
        }
        person {
          name
        }
        attestations {
          date {
            text
          }
          source {
            title
          }
        }
      }
      ... on Statement {
        quote {
          excerpt
        }
      }
      ... on Evidenced {
        evidence {
          ...EvidenceItem
        }
      }
    }
  }
`);

export const ConnectEntitiesQuery = graphql(`
  query ConnectEntities($from: ID!, $to: ID!, $maxHops: Int) {
    connection(from: $from, to: $to, maxHops: $maxHops) {
      hops
      from {
        ...EntityLabel
      }
      to {
        ...EntityLabel
      }
      paths {
        steps {
          relationship
          description
          forward
          qualifier
          from {
            ...EntityLabel
          }
          to {
            ...EntityLabel
          }
          evidence {
            ...EvidenceItem
          }
        }
      }
    }
  }
`);

/** Opened in GraphiQL from an excerpt whose source has no web address. */
export const SourceTextQuery = graphql(`
  query SourceText($id: ID!) {
    source(id: $id) {
      title
      publisher
      date {
        text
      }
      url
      text
    }
  }
`);
