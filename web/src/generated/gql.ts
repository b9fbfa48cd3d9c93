/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardCounts {\n    stats {\n      counts {\n        people\n        organizations\n        programs\n        events\n        sources\n        excerpts\n      }\n    }\n  }\n": typeof types.DashboardCountsDocument,
    "\n  query ProgramsByDiseaseArea($first: Int) {\n    stats {\n      programsByDiseaseArea(first: $first) {\n        area {\n          id\n          name\n        }\n        programs\n      }\n    }\n  }\n": typeof types.ProgramsByDiseaseAreaDocument,
    "\n  query ProgramsByAspect($first: Int) {\n    stats {\n      programsByAspect(first: $first) {\n        aspect {\n          id\n          name\n        }\n        programs\n      }\n    }\n  }\n": typeof types.ProgramsByAspectDocument,
    "\n  query ProgramsByYear {\n    stats {\n      programsByYear {\n        year\n        programs\n      }\n    }\n  }\n": typeof types.ProgramsByYearDocument,
    "\n  query OrganizationsByPartners($first: Int) {\n    stats {\n      organizationsByPartners(first: $first) {\n        organization {\n          id\n          name\n          acronym\n        }\n        partners\n      }\n    }\n  }\n": typeof types.OrganizationsByPartnersDocument,
    "\n  query CollaborationMatrix($first: Int) {\n    stats {\n      collaborationMatrix(first: $first) {\n        organizations {\n          id\n          name\n          acronym\n        }\n        programs\n      }\n    }\n  }\n": typeof types.CollaborationMatrixDocument,
    "\n  fragment EntityLabel on Node {\n    __typename\n    id\n    ... on Person {\n      name\n    }\n    ... on Organization {\n      name\n    }\n    ... on Program {\n      name\n    }\n    ... on Event {\n      name\n    }\n    ... on Place {\n      name\n    }\n    ... on Source {\n      title\n    }\n    ... on DiseaseArea {\n      name\n    }\n    ... on CooperationAspect {\n      name\n    }\n    ... on Position {\n      title\n      organization {\n        name\n      }\n    }\n    ... on Statement {\n      kind\n      speaker {\n        name\n      }\n    }\n    ... on ParticipantGroup {\n      groupDescription: description\n      count\n    }\n    ... on Term {\n      name\n    }\n  }\n": typeof types.EntityLabelFragmentDoc,
    "\n  fragment EvidenceItem on Evidence {\n    id\n    excerpt\n    source {\n      id\n      title\n      url\n      publisher\n      date {\n        text\n      }\n    }\n  }\n": typeof types.EvidenceItemFragmentDoc,
    "\n  query SearchEntities($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      type\n      name\n      score\n      node {\n        ...EntityLabel\n      }\n    }\n  }\n": typeof types.SearchEntitiesDocument,
    "\n  query Neighbours($id: ID!, $first: Int, $after: String) {\n    neighbours(id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        relationship\n        description\n        outgoing\n        qualifier\n        node {\n          ...EntityLabel\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n    }\n  }\n": typeof types.NeighboursDocument,
    "\n  query EntityDetails($id: ID!) {\n    node(id: $id) {\n      ...EntityLabel\n      ... on Person {\n        honorific\n        alternativeNames {\n          value\n        }\n        wikidataId\n      }\n      ... on Organization {\n        organizationKind: kind\n        acronym\n        alternativeNames {\n          value\n        }\n        rorId\n        wikidataId\n      }\n      ... on Program {\n        programKind: kind\n        status\n        description\n        principle\n        start {\n          text\n        }\n        end {\n          text\n        }\n      }\n      ... on Event {\n        eventKind: kind\n        description\n        date {\n          text\n        }\n      }\n      ... on Place {\n        placeKind: kind\n      }\n      ... on Position {\n        start {\n          text\n        }\n        end {\n          text\n        }\n        person {\n          name\n        }\n        attestations {\n          date {\n            text\n          }\n          source {\n            title\n          }\n        }\n      }\n      ... on Statement {\n        quote {\n          excerpt\n        }\n      }\n      ... on Evidenced {\n        evidence {\n          ...EvidenceItem\n        }\n      }\n    }\n  }\n": typeof types.EntityDetailsDocument,
    "\n  query ConnectEntities($from: ID!, $to: ID!, $maxHops: Int) {\n    connection(from: $from, to: $to, maxHops: $maxHops) {\n      hops\n      from {\n        ...EntityLabel\n      }\n      to {\n        ...EntityLabel\n      }\n      paths {\n        steps {\n          relationship\n          description\n          forward\n          qualifier\n          from {\n            ...EntityLabel\n          }\n          to {\n            ...EntityLabel\n          }\n          evidence {\n            ...EvidenceItem\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConnectEntitiesDocument,
    "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      title\n      publisher\n      date {\n        text\n      }\n      url\n      text\n    }\n  }\n": typeof types.SourceTextDocument,
};
const documents: Documents = {
    "\n  query DashboardCounts {\n    stats {\n      counts {\n        people\n        organizations\n        programs\n        events\n        sources\n        excerpts\n      }\n    }\n  }\n": types.DashboardCountsDocument,
    "\n  query ProgramsByDiseaseArea($first: Int) {\n    stats {\n      programsByDiseaseArea(first: $first) {\n        area {\n          id\n          name\n        }\n        programs\n      }\n    }\n  }\n": types.ProgramsByDiseaseAreaDocument,
    "\n  query ProgramsByAspect($first: Int) {\n    stats {\n      programsByAspect(first: $first) {\n        aspect {\n          id\n          name\n        }\n        programs\n      }\n    }\n  }\n": types.ProgramsByAspectDocument,
    "\n  query ProgramsByYear {\n    stats {\n      programsByYear {\n        year\n        programs\n      }\n    }\n  }\n": types.ProgramsByYearDocument,
    "\n  query OrganizationsByPartners($first: Int) {\n    stats {\n      organizationsByPartners(first: $first) {\n        organization {\n          id\n          name\n          acronym\n        }\n        partners\n      }\n    }\n  }\n": types.OrganizationsByPartnersDocument,
    "\n  query CollaborationMatrix($first: Int) {\n    stats {\n      collaborationMatrix(first: $first) {\n        organizations {\n          id\n          name\n          acronym\n        }\n        programs\n      }\n    }\n  }\n": types.CollaborationMatrixDocument,
    "\n  fragment EntityLabel on Node {\n    __typename\n    id\n    ... on Person {\n      name\n    }\n    ... on Organization {\n      name\n    }\n    ... on Program {\n      name\n    }\n    ... on Event {\n      name\n    }\n    ... on Place {\n      name\n    }\n    ... on Source {\n      title\n    }\n    ... on DiseaseArea {\n      name\n    }\n    ... on CooperationAspect {\n      name\n    }\n    ... on Position {\n      title\n      organization {\n        name\n      }\n    }\n    ... on Statement {\n      kind\n      speaker {\n        name\n      }\n    }\n    ... on ParticipantGroup {\n      groupDescription: description\n      count\n    }\n    ... on Term {\n      name\n    }\n  }\n": types.EntityLabelFragmentDoc,
    "\n  fragment EvidenceItem on Evidence {\n    id\n    excerpt\n    source {\n      id\n      title\n      url\n      publisher\n      date {\n        text\n      }\n    }\n  }\n": types.EvidenceItemFragmentDoc,
    "\n  query SearchEntities($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      type\n      name\n      score\n      node {\n        ...EntityLabel\n      }\n    }\n  }\n": types.SearchEntitiesDocument,
    "\n  query Neighbours($id: ID!, $first: Int, $after: String) {\n    neighbours(id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        relationship\n        description\n        outgoing\n        qualifier\n        node {\n          ...EntityLabel\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n    }\n  }\n": types.NeighboursDocument,
    "\n  query EntityDetails($id: ID!) {\n    node(id: $id) {\n      ...EntityLabel\n      ... on Person {\n        honorific\n        alternativeNames {\n          value\n        }\n        wikidataId\n      }\n      ... on Organization {\n        organizationKind: kind\n        acronym\n        alternativeNames {\n          value\n        }\n        rorId\n        wikidataId\n      }\n      ... on Program {\n        programKind: kind\n        status\n        description\n        principle\n        start {\n          text\n        }\n        end {\n          text\n        }\n      }\n      ... on Event {\n        eventKind: kind\n        description\n        date {\n          text\n        }\n      }\n      ... on Place {\n        placeKind: kind\n      }\n      ... on Position {\n        start {\n          text\n        }\n        end {\n          text\n        }\n        person {\n          name\n        }\n        attestations {\n          date {\n            text\n          }\n          source {\n            title\n          }\n        }\n      }\n      ... on Statement {\n        quote {\n          excerpt\n        }\n      }\n      ... on Evidenced {\n        evidence {\n          ...EvidenceItem\n        }\n      }\n    }\n  }\n": types.EntityDetailsDocument,
    "\n  query ConnectEntities($from: ID!, $to: ID!, $maxHops: Int) {\n    connection(from: $from, to: $to, maxHops: $maxHops) {\n      hops\n      from {\n        ...EntityLabel\n      }\n      to {\n        ...EntityLabel\n      }\n      paths {\n        steps {\n          relationship\n          description\n          forward\n          qualifier\n          from {\n            ...EntityLabel\n          }\n          to {\n            ...EntityLabel\n          }\n          evidence {\n            ...EvidenceItem\n          }\n        }\n      }\n    }\n  }\n": types.ConnectEntitiesDocument,
    "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      title\n      publisher\n      date {\n        text\n      }\n      url\n      text\n    }\n  }\n": types.SourceTextDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCounts {\n    stats {\n      counts {\n        people\n        organizations\n        programs\n        events\n        sources\n        excerpts\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCounts {\n    stats {\n      counts {\n        people\n        organizations\n        programs\n        events\n        sources\n        excerpts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramsByDiseaseArea($first: Int) {\n    stats {\n      programsByDiseaseArea(first: $first) {\n        area {\n          id\n          name\n        }\n        programs\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramsByDiseaseArea($first: Int) {\n    stats {\n      programsByDiseaseArea(first: $first) {\n        area {\n          id\n          name\n        }\n        programs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramsByAspect($first: Int) {\n    stats {\n      programsByAspect(first: $first) {\n        aspect {\n          id\n          name\n        }\n        programs\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramsByAspect($first: Int) {\n    stats {\n      programsByAspect(first: $first) {\n        aspect {\n          id\n          name\n        }\n        programs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramsByYear {\n    stats {\n      programsByYear {\n        year\n        programs\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramsByYear {\n    stats {\n      programsByYear {\n        year\n        programs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationsByPartners($first: Int) {\n    stats {\n      organizationsByPartners(first: $first) {\n        organization {\n          id\n          name\n          acronym\n        }\n        partners\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationsByPartners($first: Int) {\n    stats {\n      organizationsByPartners(first: $first) {\n        organization {\n          id\n          name\n          acronym\n        }\n        partners\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollaborationMatrix($first: Int) {\n    stats {\n      collaborationMatrix(first: $first) {\n        organizations {\n          id\n          name\n          acronym\n        }\n        programs\n      }\n    }\n  }\n"): (typeof documents)["\n  query CollaborationMatrix($first: Int) {\n    stats {\n      collaborationMatrix(first: $first) {\n        organizations {\n          id\n          name\n          acronym\n        }\n        programs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityLabel on Node {\n    __typename\n    id\n    ... on Person {\n      name\n    }\n    ... on Organization {\n      name\n    }\n    ... on Program {\n      name\n    }\n    ... on Event {\n      name\n    }\n    ... on Place {\n      name\n    }\n    ... on Source {\n      title\n    }\n    ... on DiseaseArea {\n      name\n    }\n    ... on CooperationAspect {\n      name\n    }\n    ... on Position {\n      title\n      organization {\n        name\n      }\n    }\n    ... on Statement {\n      kind\n      speaker {\n        name\n      }\n    }\n    ... on ParticipantGroup {\n      groupDescription: description\n      count\n    }\n    ... on Term {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EntityLabel on Node {\n    __typename\n    id\n    ... on Person {\n      name\n    }\n    ... on Organization {\n      name\n    }\n    ... on Program {\n      name\n    }\n    ... on Event {\n      name\n    }\n    ... on Place {\n      name\n    }\n    ... on Source {\n      title\n    }\n    ... on DiseaseArea {\n      name\n    }\n    ... on CooperationAspect {\n      name\n    }\n    ... on Position {\n      title\n      organization {\n        name\n      }\n    }\n    ... on Statement {\n      kind\n      speaker {\n        name\n      }\n    }\n    ... on ParticipantGroup {\n      groupDescription: description\n      count\n    }\n    ... on Term {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceItem on Evidence {\n    id\n    excerpt\n    source {\n      id\n      title\n      url\n      publisher\n      date {\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceItem on Evidence {\n    id\n    excerpt\n    source {\n      id\n      title\n      url\n      publisher\n      date {\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchEntities($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      type\n      name\n      score\n      node {\n        ...EntityLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchEntities($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      type\n      name\n      score\n      node {\n        ...EntityLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbours($id: ID!, $first: Int, $after: String) {\n    neighbours(id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        relationship\n        description\n        outgoing\n        qualifier\n        node {\n          ...EntityLabel\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Neighbours($id: ID!, $first: Int, $after: String) {\n    neighbours(id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        relationship\n        description\n        outgoing\n        qualifier\n        node {\n          ...EntityLabel\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityDetails($id: ID!) {\n    node(id: $id) {\n      ...EntityLabel\n      ... on Person {\n        honorific\n        alternativeNames {\n          value\n        }\n        wikidataId\n      }\n      ... on Organization {\n        organizationKind: kind\n        acronym\n        alternativeNames {\n          value\n        }\n        rorId\n        wikidataId\n      }\n      ... on Program {\n        programKind: kind\n        status\n        description\n        principle\n        start {\n          text\n        }\n        end {\n          text\n        }\n      }\n      ... on Event {\n        eventKind: kind\n        description\n        date {\n          text\n        }\n      }\n      ... on Place {\n        placeKind: kind\n      }\n      ... on Position {\n        start {\n          text\n        }\n        end {\n          text\n        }\n        person {\n          name\n        }\n        attestations {\n          date {\n            text\n          }\n          source {\n            title\n          }\n        }\n      }\n      ... on Statement {\n        quote {\n          excerpt\n        }\n      }\n      ... on Evidenced {\n        evidence {\n          ...EvidenceItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityDetails($id: ID!) {\n    node(id: $id) {\n      ...EntityLabel\n      ... on Person {\n        honorific\n        alternativeNames {\n          value\n        }\n        wikidataId\n      }\n      ... on Organization {\n        organizationKind: kind\n        acronym\n        alternativeNames {\n          value\n        }\n        rorId\n        wikidataId\n      }\n      ... on Program {\n        programKind: kind\n        status\n        description\n        principle\n        start {\n          text\n        }\n        end {\n          text\n        }\n      }\n      ... on Event {\n        eventKind: kind\n        description\n        date {\n          text\n        }\n      }\n      ... on Place {\n        placeKind: kind\n      }\n      ... on Position {\n        start {\n          text\n        }\n        end {\n          text\n        }\n        person {\n          name\n        }\n        attestations {\n          date {\n            text\n          }\n          source {\n            title\n          }\n        }\n      }\n      ... on Statement {\n        quote {\n          excerpt\n        }\n      }\n      ... on Evidenced {\n        evidence {\n          ...EvidenceItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectEntities($from: ID!, $to: ID!, $maxHops: Int) {\n    connection(from: $from, to: $to, maxHops: $maxHops) {\n      hops\n      from {\n        ...EntityLabel\n      }\n      to {\n        ...EntityLabel\n      }\n      paths {\n        steps {\n          relationship\n          description\n          forward\n          qualifier\n          from {\n            ...EntityLabel\n          }\n          to {\n            ...EntityLabel\n          }\n          evidence {\n            ...EvidenceItem\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectEntities($from: ID!, $to: ID!, $maxHops: Int) {\n    connection(from: $from, to: $to, maxHops: $maxHops) {\n      hops\n      from {\n        ...EntityLabel\n      }\n      to {\n        ...EntityLabel\n      }\n      paths {\n        steps {\n          relationship\n          description\n          forward\n          qualifier\n          from {\n            ...EntityLabel\n          }\n          to {\n            ...EntityLabel\n          }\n          evidence {\n            ...EvidenceItem\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      title\n      publisher\n      date {\n        text\n      }\n      url\n      text\n    }\n  }\n"): (typeof documents)["\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      title\n      publisher\n      date {\n        text\n      }\n      url\n      text\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;