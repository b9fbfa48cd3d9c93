import neo4j from 'neo4j-driver';

import { toLuceneQuery } from '../src/repositories/searchRepository';
import type { Fixtures } from './fixtures';

/** A GraphQL request as a client sends it. */
export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One operation of the mix, three ways: through our API, through the @neo4j/graphql server
 * (same selection over equivalent type definitions) and as the hand-written single Cypher query
 * that is the floor for any GraphQL layer.
 */
export interface Operation {
  name: string;
  ours: GraphQLRequest;
  neo4jGraphql: GraphQLRequest;
  floor: { cypher: string; params: Record<string, unknown> };
  /** Answered from our aggregate cache: measured without it as well, and left out of one mix. */
  cached?: boolean;
}

const FIRST_PAGE = 50;
const COLLABORATIONS = 20;
const SEARCH_HITS = 10;
const HOPS = 4;

/** Collaborations of one organization: partners, shared programs, aspects, areas, first date. */
export const COLLABORATIONS_CYPHER = `
  MATCH (org:Organization {id: $id})<-[:HAS_PARTY]-(p:Program)-[:HAS_PARTY]->(partner:Organization)
  WHERE partner <> org
  WITH partner, collect(DISTINCT p) AS programs
  ORDER BY size(programs) DESC, partner.name, partner.id
  WITH collect({partner: partner, programs: programs}) AS found
  UNWIND found[0..$first] AS c
  WITH size(found) AS totalCount, c.partner AS partner, c.programs AS programs
  RETURN {
    totalCount: totalCount,
    partnerId: partner.id,
    partnerName: partner.name,
    programCount: size(programs),
    firstDate: toString(reduce(d = null, q IN programs |
      CASE WHEN q.startDate IS NOT NULL AND (d IS NULL OR q.startDate < d) THEN q.startDate ELSE d END)),
    aspects: COLLECT { UNWIND programs AS q MATCH (q)-[:COVERS_ASPECT]->(a:CooperationAspect) RETURN DISTINCT a.name },
    diseaseAreas: COLLECT { UNWIND programs AS q MATCH (q)-[:FOCUSES_ON]->(a:DiseaseArea) RETURN DISTINCT a.name }
  } AS collaboration`;

/** Full-text search over names and aliases (the Lucene query is built by the caller). */
export const SEARCH_CYPHER = `
  CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: $fetch}) YIELD node, score
  RETURN {id: node.id, name: node.name, type: head(labels(node)), score: score} AS hit
  ORDER BY score DESC, hit.name, hit.id LIMIT $first`;

/** Shortest paths between two people over fact relationships, each step with its evidence. */
export const CONNECTION_CYPHER = `
  MATCH (a:Person {id: $from}), (b:Person {id: $to})
  MATCH p = allShortestPaths((a)-[:HOLDS_POSITION|POSITION_AT|UNIT_OF|LOCATED_IN|HAS_PARTY|HAS_ROLE_IN|PART_OF|FOCUSES_ON|COVERS_ASPECT|PARTICIPATED_IN|HOSTED_BY|VISITED|PRODUCED*..${HOPS}]-(b))
  WITH p LIMIT 10
  RETURN {
    hops: length(p),
    steps: [i IN range(0, length(p) - 1) | {
      fromId: nodes(p)[i].id,
      relationship: type(relationships(p)[i]),
      toId: nodes(p)[i + 1].id,
      evidence: COLLECT { MATCH (x:Excerpt) WHERE x.id IN relationships(p)[i].evidence RETURN x.text }
    }]
  } AS path`;

/** Everything the dashboard shows, in one statement. */
export const STATS_CYPHER = `
  CALL () {
    RETURN {people: COUNT { (:Person) }, organizations: COUNT { (:Organization) },
            programs: COUNT { (:Program) }, events: COUNT { (:Event) }, places: COUNT { (:Place) },
            sources: COUNT { (:Source) }, positions: COUNT { (:Position) },
            excerpts: COUNT { (:Excerpt) }} AS counts
  }
  CALL () {
    MATCH (t:DiseaseArea)
    WITH t, COUNT { (t)<-[:FOCUSES_ON]-(:Program) } AS n ORDER BY n DESC, t.name
    RETURN collect({name: t.name, programs: n}) AS byArea
  }
  CALL () {
    MATCH (t:CooperationAspect)
    WITH t, COUNT { (t)<-[:COVERS_ASPECT]-(:Program) } AS n ORDER BY n DESC, t.name
    RETURN collect({name: t.name, programs: n}) AS byAspect
  }
  CALL () {
    MATCH (p:Program) WHERE p.startDate IS NOT NULL
    WITH p.startDate.year AS year, count(*) AS n ORDER BY year
    RETURN collect({year: year, programs: n}) AS byYear
  }
  CALL () {
    MATCH (p:Program) WITH p.status AS status, count(*) AS n ORDER BY status
    RETURN collect({status: status, programs: n}) AS byStatus
  }
  CALL () {
    MATCH (o:Organization)<-[:HAS_PARTY]-(:Program)-[:HAS_PARTY]->(other:Organization)
    WHERE other <> o
    WITH o, count(DISTINCT other) AS n ORDER BY n DESC, o.name, o.id LIMIT 5
    RETURN collect({name: o.name, count: n}) AS byPartners
  }
  CALL () {
    MATCH (person:Person)-[:HOLDS_POSITION]->(:Position)-[:POSITION_AT]->(o:Organization)
    WITH o, count(DISTINCT person) AS n ORDER BY n DESC, o.name, o.id LIMIT 5
    RETURN collect({name: o.name, count: n}) AS byPeople
  }
  RETURN {counts: counts, byArea: byArea, byAspect: byAspect, byYear: byYear, byStatus: byStatus,
          byPartners: byPartners, byPeople: byPeople} AS stats`;

/** The mix of the issue, with realistic selections, on the fixtures' ids. */
export function buildOperations(f: Fixtures): Operation[] {
  const lucene = toLuceneQuery(f.searchText) ?? f.searchText;
  return [
    {
      name: 'program by id',
      ours: {
        query: `query ($id: ID!) { program(id: $id) {
          id name kind status start { text } principle
          leaders { role person { id name } organization { id name } }
          parties { role organization { id name } }
          aspects { wording aspect { id name } }
          diseaseAreas { wording area { id name } } } }`,
        variables: { id: f.programId },
      },
      neo4jGraphql: {
        query: `query ($id: ID!) { programs(where: { id: { eq: $id } }) {
          id name kind status startDate principle
          leadersConnection { edges { properties { role onBehalfOf } node { id name } } }
          partiesConnection { edges { properties { role } node { id name } } }
          aspectsConnection { edges { properties { wording } node { id name } } }
          areasConnection { edges { properties { wording } node { id name } } } } }`,
        variables: { id: f.programId },
      },
      floor: {
        cypher: `MATCH (p:Program {id: $id})
          RETURN p {.id, .name, .kind, .status, .startDate, .principle,
            leaders: [(x:Person)-[r:HAS_ROLE_IN]->(p) | {role: r.role, person: x {.id, .name},
              organization: head(COLLECT { MATCH (o:Organization {id: r.onBehalfOf}) RETURN o {.id, .name} })}],
            parties: [(p)-[r:HAS_PARTY]->(o:Organization) | {role: r.role, organization: o {.id, .name}}],
            aspects: [(p)-[r:COVERS_ASPECT]->(a:CooperationAspect) | {wording: r.wording, aspect: a {.id, .name}}],
            areas: [(p)-[r:FOCUSES_ON]->(a:DiseaseArea) | {wording: r.wording, area: a {.id, .name}}]} AS program`,
        params: { id: f.programId },
      },
    },
    {
      name: 'node by id (interface)',
      ours: {
        query: `query ($id: ID!) { node(id: $id) { id ... on Program { name kind status
          parties { role organization { id name } } } } }`,
        variables: { id: f.programId },
      },
      neo4jGraphql: {
        query: `query ($id: ID!) { programs(where: { id: { eq: $id } }) { id name kind status
          partiesConnection { edges { properties { role } node { id name } } } } }`,
        variables: { id: f.programId },
      },
      floor: {
        cypher: `MATCH (p:Program {id: $id})
          RETURN p {.id, .name, .kind, .status,
            parties: [(p)-[r:HAS_PARTY]->(o:Organization) | {role: r.role, organization: o {.id, .name}}]} AS node`,
        params: { id: f.programId },
      },
    },
    {
      name: 'person profile',
      ours: {
        query: `query ($id: ID!) { person(id: $id) { id name honorific
          positions { title start { text } end { text } organization { id name } }
          programRoles { role program { id name } organization { id name } }
          events { role event { id name date { text } } }
          evidence { excerpt } } }`,
        variables: { id: f.profileId },
      },
      neo4jGraphql: {
        query: `query ($id: ID!) { people(where: { id: { eq: $id } }) { id name honorific
          positions { title startDate endDate organizations { id name } }
          programsConnection { edges { properties { role onBehalfOf } node { id name } } }
          eventsConnection { edges { properties { role } node { id name date } } }
          evidence { text } } }`,
        variables: { id: f.profileId },
      },
      floor: {
        cypher: `MATCH (x:Person {id: $id})
          RETURN x {.id, .name, .honorific,
            positions: [(x)-[:HOLDS_POSITION]->(pos:Position)-[:POSITION_AT]->(o:Organization) |
              pos {.title, .startDate, .endDate, organization: o {.id, .name}}],
            programRoles: [(x)-[r:HAS_ROLE_IN]->(p:Program) | {role: r.role, program: p {.id, .name},
              organization: head(COLLECT { MATCH (o:Organization {id: r.onBehalfOf}) RETURN o {.id, .name} })}],
            events: [(x)-[r:PARTICIPATED_IN]->(e:Event) | {role: r.role, event: e {.id, .name, .dateDate}}],
            evidence: [id IN x.evidence | head(COLLECT { MATCH (e:Excerpt {id: id}) RETURN e.text })]} AS person`,
        params: { id: f.profileId },
      },
    },
    {
      name: 'programs with their leaders (50)',
      ours: {
        query: `{ programs(first: ${FIRST_PAGE}, orderBy: [{ field: NAME }]) { nodes { id name
          leaders { role person { id name } organization { id name } } } } }`,
        variables: {},
      },
      // @neo4j/graphql cannot follow `onBehalfOf` (an id on the relationship): it returns the id.
      neo4jGraphql: {
        query: `{ programs(limit: ${FIRST_PAGE}, sort: [{ name: ASC }, { id: ASC }]) { id name
          leadersConnection(where: { edge: { role: { in: ["LEADS", "SIGNED"] } } }) {
            edges { properties { role onBehalfOf } node { id name } } } } }`,
        variables: {},
      },
      floor: {
        cypher: `MATCH (p:Program) WITH p ORDER BY p.name, p.id LIMIT $first
          RETURN p {.id, .name,
            leaders: [(x:Person)-[r:HAS_ROLE_IN]->(p) WHERE r.role IN ['LEADS', 'SIGNED'] |
              {role: r.role, person: x {.id, .name},
               organization: head(COLLECT { MATCH (o:Organization {id: r.onBehalfOf}) RETURN o {.id, .name} })}]} AS program`,
        params: { first: neo4j.int(FIRST_PAGE) },
      },
    },
    {
      name: 'organization, units, people',
      ours: {
        query: `query ($id: ID!) { organization(id: $id) { id name kind
          units { relation organization { id name kind
            positions { title start { text } end { text } person { id name } } } } } }`,
        variables: { id: f.universityId },
      },
      neo4jGraphql: {
        query: `query ($id: ID!) { organizations(where: { id: { eq: $id } }) { id name kind
          unitsConnection { edges { properties { relation } node { id name kind
            positions { title startDate endDate people { id name } } } } } } }`,
        variables: { id: f.universityId },
      },
      floor: {
        cypher: `MATCH (o:Organization {id: $id})
          RETURN o {.id, .name, .kind,
            units: [(u:Organization)-[r:UNIT_OF]->(o) | {relation: r.relation, organization: u {.id, .name, .kind,
              positions: [(x:Person)-[:HOLDS_POSITION]->(pos:Position)-[:POSITION_AT]->(u) |
                pos {.title, .startDate, .endDate, person: x {.id, .name}}]}}]} AS organization`,
        params: { id: f.universityId },
      },
    },
    {
      name: 'programs page (50, filtered, sorted)',
      ours: {
        query: `query ($area: ID!) { programs(first: ${FIRST_PAGE},
            filter: { status: [ACTIVE, ENDED], diseaseArea: $area },
            orderBy: [{ field: START, direction: DESC }]) {
          totalCount nodes { id name status start { text } parties { role organization { id name } } } } }`,
        variables: { area: f.diseaseAreaId },
      },
      neo4jGraphql: {
        query: `query ($area: ID!) {
          programs(where: { status: { in: ["ACTIVE", "ENDED"] }, areas: { some: { id: { eq: $area } } } },
                   sort: [{ startDate: DESC }, { id: ASC }], limit: ${FIRST_PAGE}) {
            id name status startDate partiesConnection { edges { properties { role } node { id name } } } }
          programsConnection(where: { status: { in: ["ACTIVE", "ENDED"] }, areas: { some: { id: { eq: $area } } } }) {
            totalCount } }`,
        variables: { area: f.diseaseAreaId },
      },
      floor: {
        cypher: `MATCH (p:Program)
          WHERE p.status IN ['ACTIVE', 'ENDED'] AND EXISTS { (p)-[:FOCUSES_ON]->(:DiseaseArea {id: $area}) }
          WITH p ORDER BY p.startDate DESC, p.id
          WITH collect(p) AS found
          RETURN size(found) AS totalCount,
            [p IN found[0..$first] | p {.id, .name, .status, .startDate,
              parties: [(p)-[r:HAS_PARTY]->(o:Organization) | {role: r.role, organization: o {.id, .name}}]}] AS nodes`,
        params: { area: f.diseaseAreaId, first: neo4j.int(FIRST_PAGE) },
      },
    },
    {
      name: 'collaborations of a hub',
      ours: {
        query: `query ($id: ID!) { collaborations(organization: $id, first: ${COLLABORATIONS}) {
          totalCount nodes { partner { id name } programCount firstDate { text }
            aspects { name } diseaseAreas { name } } } }`,
        variables: { id: f.hubId },
      },
      neo4jGraphql: {
        query: `query ($id: ID!) { collaborations(organization: $id, first: ${COLLABORATIONS}) {
          totalCount partnerId partnerName programCount firstDate aspects diseaseAreas } }`,
        variables: { id: f.hubId },
      },
      floor: {
        cypher: COLLABORATIONS_CYPHER,
        params: { id: f.hubId, first: neo4j.int(COLLABORATIONS) },
      },
    },
    {
      name: 'search',
      ours: {
        query: `query ($q: String!) { search(query: $q, first: ${SEARCH_HITS}) { type name score node { id } } }`,
        variables: { q: f.searchText },
      },
      neo4jGraphql: {
        query: `query ($lucene: String!) { search(lucene: $lucene, first: ${SEARCH_HITS}) { id name type score } }`,
        variables: { lucene },
      },
      floor: {
        cypher: SEARCH_CYPHER,
        params: { lucene, fetch: neo4j.int(50), first: neo4j.int(SEARCH_HITS) },
      },
    },
    {
      name: 'connection, 4 hops',
      ours: {
        query: `query ($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: ${HOPS}) {
          hops paths { steps { from { id } relationship to { id } evidence { excerpt } } } } }`,
        variables: { from: f.personA, to: f.personB },
      },
      neo4jGraphql: {
        query: `query ($from: ID!, $to: ID!) { connection(from: $from, to: $to) {
          hops steps { fromId relationship toId evidence } } }`,
        variables: { from: f.personA, to: f.personB },
      },
      floor: { cypher: CONNECTION_CYPHER, params: { from: f.personA, to: f.personB } },
    },
    {
      name: 'stats dashboard',
      ours: {
        query: `{ stats {
          counts { people organizations programs events places sources positions excerpts }
          programsByDiseaseArea { area { name } programs }
          programsByAspect { aspect { name } programs }
          programsByYear { year programs }
          programsByStatus { status programs }
          organizationsByPartners(first: 5) { organization { name } partners }
          peopleByOrganization(first: 5) { organization { name } people } } }`,
        variables: {},
      },
      neo4jGraphql: {
        query: `{ stats {
          counts { people organizations programs events places sources positions excerpts }
          byArea { name programs } byAspect { name programs } byYear { year programs }
          byStatus { status programs } byPartners { name count } byPeople { name count } } }`,
        variables: {},
      },
      floor: { cypher: STATS_CYPHER, params: {} },
      cached: true,
    },
  ];
}
