import { postOperation } from './serverProcess';

/** One operation of the mix with its variables. */
export interface MixOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Ids and words found in the graph at start, so the mix never names ids by hand. */
export interface MixIds {
  programs: string[];
  organizations: string[];
  people: string[];
  searchTerms: string[];
}

const EVIDENCE = 'evidence { excerpt start end source { id } }';

const PROGRAM = `query ProgramById($id: ID!) {
  program(id: $id) {
    id name kind status principle start { text precision } end { text }
    leaders { role person { id name } organization { id name } ${EVIDENCE} }
    parties { role organization { id name kind } ${EVIDENCE} }
    aspects { wording aspect { id name } ${EVIDENCE} }
    diseaseAreas { wording area { id name } ${EVIDENCE} }
    ${EVIDENCE}
  }
}`;

const ORGANIZATION = `query OrganizationWithUnits($id: ID!) {
  organization(id: $id) {
    id name kind acronym
    units { relation organization { id name kind positions { title person { id name } } } }
    positions { title start { text } end { text } person { id name } ${EVIDENCE} }
    programs { role program { id name status } }
  }
}`;

const PROGRAMS_PAGE = `query ProgramsPage {
  programs(
    first: 50
    filter: { status: [ACTIVE, PLANNED] }
    orderBy: [{ field: START, direction: DESC }, { field: NAME }]
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id name kind status start { text }
      parties { role organization { id name } }
      leaders { person { id name } }
      aspects { aspect { name } }
      diseaseAreas { area { name } }
    }
  }
}`;

const COLLABORATIONS = `query Collaborations($id: ID!) {
  collaborations(organization: $id, includeUnits: true, first: 20) {
    totalCount
    nodes {
      partner { id name }
      programCount
      programs { id name }
      aspects { name }
      diseaseAreas { name }
      firstDate { text }
    }
  }
}`;

const SEARCH = `query Search($text: String!) {
  search(query: $text, first: 10) { type name score node { id } }
}`;

const CONNECTION = `query Connection($from: ID!, $to: ID!) {
  connection(from: $from, to: $to, maxHops: 4) {
    hops
    paths { steps { relationship description forward from { id } to { id } ${EVIDENCE} } }
  }
}`;

const STATS = `query Stats {
  stats {
    counts { people organizations programs events places sources excerpts relationships }
    programsByDiseaseArea { area { name } programs }
    programsByAspect { aspect { name } programs }
    programsByYear { year programs }
    programsByStatus { status programs }
    organizationsByPartners(first: 10) { organization { name } partners }
    peopleByOrganization(first: 10) { organization { name } people }
  }
}`;

/** Finds ids of programs, organizations and people, and words of their names, in the graph. */
export async function discoverIds(baseUrl: string): Promise<MixIds> {
  const response = await postOperation(
    baseUrl,
    `{ programs(first: 100, orderBy: [{ field: ID }]) { nodes { id name } }
       organizations(first: 100, orderBy: [{ field: PROGRAM_COUNT, direction: DESC }]) { nodes { id name } }
       people(first: 100, orderBy: [{ field: ID }]) { nodes { id name } } }`,
  );
  const data = response.body.data ?? {};
  const nodesOf = (field: string): { id: string; name: string }[] => {
    const page = data[field];
    if (page === null || typeof page !== 'object' || !('nodes' in page)) return [];
    const nodes = page.nodes;
    return Array.isArray(nodes)
      ? nodes.filter(
          (n: unknown): n is { id: string; name: string } =>
            typeof n === 'object' && n !== null && 'id' in n && typeof n.id === 'string',
        )
      : [];
  };
  const programs = nodesOf('programs');
  const organizations = nodesOf('organizations');
  const people = nodesOf('people');
  if (programs.length === 0 || organizations.length === 0 || people.length < 2) {
    throw new Error(
      'the graph needs programs, organizations and at least two people for the query mix',
    );
  }
  const words = [...organizations, ...people, ...programs]
    .flatMap((n) => n.name.split(/\s+/))
    .filter((w) => w.length >= 3);
  return {
    programs: programs.map((n) => n.id),
    organizations: organizations.map((n) => n.id),
    people: people.map((n) => n.id),
    searchTerms: [...new Set(words)].slice(0, 50),
  };
}

const at = <T>(list: T[], i: number): T => list[i % list.length] as T;

/**
 * The benchmark's read mix: program by id with leaders, parties, aspects and areas; organization
 * with units and their people; a 50-item filtered, sorted page of programs; collaborations;
 * search; connection; stats. `count` operations, cycling through the discovered ids.
 */
export function buildQueryMix(ids: MixIds, count = 70): MixOperation[] {
  const kinds = [
    'program',
    'organization',
    'page',
    'collaborations',
    'search',
    'connection',
    'stats',
  ];
  return Array.from({ length: count }, (_, i): MixOperation => {
    const kind = at(kinds, i);
    const n = Math.floor(i / kinds.length);
    switch (kind) {
      case 'program':
        return { name: kind, query: PROGRAM, variables: { id: at(ids.programs, n) } };
      case 'organization':
        return { name: kind, query: ORGANIZATION, variables: { id: at(ids.organizations, n) } };
      case 'page':
        return { name: kind, query: PROGRAMS_PAGE, variables: {} };
      case 'collaborations':
        return { name: kind, query: COLLABORATIONS, variables: { id: at(ids.organizations, n) } };
      case 'search':
        return { name: kind, query: SEARCH, variables: { text: at(ids.searchTerms, n) } };
      case 'connection':
        return {
          name: kind,
          query: CONNECTION,
          variables: { from: at(ids.people, n), to: at(ids.people, n * 7 + 3) },
        };
      default:
        return { name: kind, query: STATS, variables: {} };
    }
  });
}
