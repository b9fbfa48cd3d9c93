import { graphql } from '../generated';

/** What the graph and the lists need to show any entity (a position with its two ends and dates). */
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
      start {
        text
        earliest
      }
      end {
        text
        latest
      }
    }
    ... on Event {
      name
      date {
        text
        earliest
      }
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
      start {
        text
        earliest
      }
      end {
        text
        latest
      }
      attestedOn {
        text
      }
      person {
        id
        name
      }
      organization {
        id
        name
      }
    }
    ... on Statement {
      kind
      date {
        text
        earliest
      }
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
      description
      score
      node {
        ...EntityLabel
      }
    }
  }
`);

export const NeighboursQuery = graphql(`
  query Neighbours($id: ID!, $first: Int, $after: String, $types: [EntityType!], $asOf: Date) {
    neighbours(id: $id, first: $first, after: $after, types: $types, asOf: $asOf) {
      totalCount
      groups {
        type
        count
      }
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
      }
      ... on Event {
        eventKind: kind
        description
      }
      ... on Place {
        placeKind: kind
      }
      ... on Position {
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

/** What a timeline shows: a person's positions and events, an organization's programs and events, a program's life. */
export const EntityTimelineQuery = graphql(`
  query EntityTimeline($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Person {
        positions {
          id
          title
          start {
            text
            earliest
          }
          end {
            text
            latest
          }
          attestedOn {
            text
            earliest
          }
          attestations {
            date {
              text
              earliest
            }
          }
          organization {
            id
            name
          }
        }
        programRoles {
          role
          program {
            id
            name
            start {
              text
              earliest
            }
            end {
              text
              latest
            }
          }
        }
        events {
          role
          event {
            id
            name
            date {
              text
              earliest
            }
          }
        }
        statements {
          id
          kind
          date {
            text
            earliest
          }
        }
      }
      ... on Organization {
        programs {
          role
          program {
            id
            name
            start {
              text
              earliest
            }
            end {
              text
              latest
            }
          }
        }
        hostedEvents {
          id
          name
          date {
            text
            earliest
          }
        }
      }
      ... on Program {
        name
        start {
          text
          earliest
        }
        end {
          text
          latest
        }
        producedBy {
          id
          name
          date {
            text
            earliest
          }
        }
        events {
          relation
          event {
            id
            name
            date {
              text
              earliest
            }
          }
        }
        subPrograms {
          id
          name
          start {
            text
            earliest
          }
          end {
            text
            latest
          }
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
