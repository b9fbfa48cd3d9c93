/**
 * No N+1: a page of entities with their nested facts costs one Cypher statement per root field
 * on the planner's path, and on the reference path a fixed number (one per list field per
 * nesting level, batched by the request's DataLoaders), however many entities the page holds.
 */
import { syntheticDocument, syntheticOrganizationId } from '../../src/synthetic/syntheticDocument';
import { importDocument } from '../../src/import/importDocument';
import type { ReferencePath, TestServer } from '../utils/testServer';
import { startReferencePath, startTestServer } from '../utils/testServer';

let t: TestServer;
let reference: ReferencePath;

beforeAll(async () => {
  t = await startTestServer();
  reference = await startReferencePath(t);
  await t.seed();
  await importDocument(
    t.db,
    syntheticDocument({
      organizations: 60,
      programs: 60,
      people: 60,
      events: 60,
      partnersPerProgram: 2,
    }),
    { file: 'synthetic.yaml' },
  );
});

afterAll(async () => {
  await reference.stop();
  await t.stop();
});

/*
 * The pages are of generated entities only: the seed's facts quote the same sentences at
 * several levels, so some of their evidence loads are answered from the request's cache and
 * the statement count would depend on which entities a page happens to hold.
 */
const HUB = syntheticOrganizationId('synthetic', 0);

/**
 * Runs an operation that must succeed, through the reference path (`loaders`) or the planner;
 * returns its data and the statements it sent.
 */
async function measure<T>(
  source: string,
  variables: Record<string, unknown>,
  path: 'loaders' | 'planner' = 'loaders',
): Promise<{ data: T; statements: string[] }> {
  t.resetQueryCount();
  const result = (await (path === 'planner' ? t : reference).execute(source, variables)) as {
    data: T | null | undefined;
    errors: unknown;
  };
  const statements = [...t.queries];
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return { data: result.data, statements };
}

const EVIDENCE = 'evidence { excerpt source { id title } }';

/**
 * Evidence batches that may go out in two parts (see `kinds`): the bounds below allow one extra
 * statement per evidence level, still far below one statement per row.
 */
const EVIDENCE_SPLITS = 3;

const PROGRAMS = `query($first: Int) {
  programs(first: $first, filter: { organization: "${HUB}" }, orderBy: [{ field: ID }]) {
    totalCount
    nodes {
      id
      name
      ${EVIDENCE}
      leaders { role person { name ${EVIDENCE} } organization { name } ${EVIDENCE} }
      parties { role organization { name kind ${EVIDENCE} } ${EVIDENCE} }
      aspects { wording aspect { name } ${EVIDENCE} }
      diseaseAreas { wording area { name } ${EVIDENCE} }
    }
  }
}`;

interface ProgramsData {
  programs: {
    totalCount: number;
    nodes: {
      evidence: unknown[];
      leaders: { evidence: unknown[] }[];
      parties: unknown[];
      aspects: unknown[];
      diseaseAreas: unknown[];
    }[];
  };
}

/**
 * Statements for a page of programs with their leaders, parties, aspects, areas and evidence:
 * 2 for the page (count and items), 4 for the nested lists (people, parties, aspects, areas),
 * 5 evidence batches (the programs', then one per nested list as its rows arrive), 1 for the
 * organizations the leaders act for, 1 for the sources of the evidence.
 */
const PROGRAMS_BOUND = 13 + EVIDENCE_SPLITS;

test(`the planner answers 50 programs with leaders, parties, aspects, areas and evidence in one statement`, async () => {
  const ten = await measure<ProgramsData>(PROGRAMS, { first: 10 }, 'planner');
  const fifty = await measure<ProgramsData>(PROGRAMS, { first: 50 }, 'planner');
  expect(fifty.data.programs.nodes).toHaveLength(50);
  expect(ten.statements).toHaveLength(1);
  expect(fifty.statements).toEqual(ten.statements);
});

test(`on the reference path, 50 programs with leaders, parties, aspects, areas and evidence cost the same kinds of statements as 10, at most ${PROGRAMS_BOUND}`, async () => {
  const ten = await measure<ProgramsData>(PROGRAMS, { first: 10 });
  const fifty = await measure<ProgramsData>(PROGRAMS, { first: 50 });

  // The pages really hold what is counted: 50 programs, each with every nested list filled.
  expect(fifty.data.programs.nodes).toHaveLength(50);
  expect(ten.data.programs.nodes).toHaveLength(10);
  for (const program of fifty.data.programs.nodes) {
    expect(program.evidence.length).toBeGreaterThan(0);
    expect(program.leaders.length).toBeGreaterThan(0);
    expect(program.leaders[0]?.evidence.length).toBeGreaterThan(0);
    expect(program.parties.length).toBeGreaterThanOrEqual(2);
    expect(program.aspects.length).toBeGreaterThan(0);
    expect(program.diseaseAreas.length).toBeGreaterThan(0);
  }

  expect(ten.statements.length).toBeLessThanOrEqual(PROGRAMS_BOUND);
  expect(fifty.statements.length).toBeLessThanOrEqual(PROGRAMS_BOUND);
  expect(kinds(fifty.statements)).toEqual(kinds(ten.statements));
});

const ORGANIZATIONS = `query($first: Int) {
  organizations(first: $first, filter: { name: { startsWith: "Synthetic" } }, orderBy: [{ field: ID }]) {
    totalCount
    nodes {
      id
      name
      ${EVIDENCE}
      positions { title person { name } ${EVIDENCE} }
      units {
        relation
        ${EVIDENCE}
        organization {
          name
          positions { title start { text } person { name ${EVIDENCE} } ${EVIDENCE} }
        }
      }
    }
  }
}`;

interface OrganizationsData {
  organizations: {
    nodes: {
      positions: unknown[];
      units: { organization: { positions: unknown[] } }[];
    }[];
  };
}

/**
 * Statements for a page of organizations with their units and the people (positions) of both:
 * 2 for the page, 3 for positions and units (positions twice: organizations, then units),
 * 5 evidence batches, 1 for the sources of the evidence.
 */
const ORGANIZATIONS_BOUND = 11 + EVIDENCE_SPLITS;

test('the planner answers 50 organizations with their units and their people in one statement', async () => {
  const ten = await measure<OrganizationsData>(ORGANIZATIONS, { first: 10 }, 'planner');
  const fifty = await measure<OrganizationsData>(ORGANIZATIONS, { first: 50 }, 'planner');
  expect(fifty.data.organizations.nodes).toHaveLength(50);
  expect(ten.statements).toHaveLength(1);
  expect(fifty.statements).toEqual(ten.statements);
});

test(`on the reference path, 50 organizations with units and their people cost the same kinds of statements as 10, at most ${ORGANIZATIONS_BOUND}`, async () => {
  const ten = await measure<OrganizationsData>(ORGANIZATIONS, { first: 10 });
  const fifty = await measure<OrganizationsData>(ORGANIZATIONS, { first: 50 });

  const nodes = fifty.data.organizations.nodes;
  expect(nodes).toHaveLength(50);
  expect(ten.data.organizations.nodes).toHaveLength(10);
  // Both pages reach every level: organizations with positions, units, units with positions.
  for (const page of [ten.data, fifty.data]) {
    const orgs = page.organizations.nodes;
    expect(orgs.filter((org) => org.positions.length > 0).length).toBeGreaterThan(0);
    const units = orgs.flatMap((org) => org.units);
    expect(units.filter((unit) => unit.organization.positions.length > 0).length).toBeGreaterThan(
      0,
    );
  }
  expect(nodes.flatMap((org) => org.units).length).toBeGreaterThan(10);

  expect(ten.statements.length).toBeLessThanOrEqual(ORGANIZATIONS_BOUND);
  expect(fifty.statements.length).toBeLessThanOrEqual(ORGANIZATIONS_BOUND);
  expect(kinds(fifty.statements)).toEqual(kinds(ten.statements));
});

/**
 * Statements for a page of people with positions (and their organizations' parents), program
 * roles and events: 2 for the page, 3 for the nested lists, 1 for the parents, 3 evidence
 * batches, 1 for the sources. (A program role's `organization` is left out: whether it is
 * loaded or already primed by a position row depends on which response arrives first.)
 */
const PEOPLE_BOUND = 10 + EVIDENCE_SPLITS;

const PEOPLE = `query($first: Int) {
    people(first: $first, filter: { not: { or: [{ organization: "org/ahmu" }, { organization: "org/bgi" }] } }) {
      nodes {
        name
        positions { title organization { name parent { organization { name } } } ${EVIDENCE} }
        programRoles { role program { name } ${EVIDENCE} }
        events { role event { name } ${EVIDENCE} }
      }
    }
  }`;

test('the planner answers sixty people with positions, program roles and events in one statement', async () => {
  const few = await measure(PEOPLE, { first: 5 }, 'planner');
  const many = await measure<{ people: { nodes: unknown[] } }>(PEOPLE, { first: 60 }, 'planner');
  expect(many.data.people.nodes).toHaveLength(60);
  expect(few.statements).toHaveLength(1);
  expect(many.statements).toEqual(few.statements);
});

test('on the reference path, sixty people with their positions, events and program roles: also a fixed count', async () => {
  const few = await measure(PEOPLE, { first: 5 });
  const many = await measure<{ people: { nodes: unknown[] } }>(PEOPLE, { first: 60 });
  expect(many.data.people.nodes).toHaveLength(60);
  expect(kinds(many.statements)).toEqual(kinds(few.statements));
  expect(many.statements.length).toBeLessThanOrEqual(PEOPLE_BOUND);
});

/**
 * The distinct statements, whitespace collapsed and sorted. Distinct, because a loader's batch
 * can be sent in two parts when the rows that ask for it arrive in separate network reads: the
 * count of statements may vary by such splits (the bounds allow for them), their kinds may not.
 */
function kinds(statements: string[]): string[] {
  return [...new Set(statements.map((cypher) => cypher.replace(/\s+/g, ' ').trim()))].sort();
}

test('the planner answers neighbours and connections, with what their entities hold, in one statement each', async () => {
  const neighbours = await measure<{ neighbours: { nodes: unknown[] } }>(
    `query($id: ID!) { neighbours(id: $id, first: 30) { totalCount groups { type count }
       nodes { relationship evidence { excerpt } node { id ... on Program { name parties { role organization { name } evidence { excerpt } } } } } } }`,
    { id: HUB },
    'planner',
  );
  expect(neighbours.data.neighbours.nodes.length).toBeGreaterThan(10);
  expect(neighbours.statements).toHaveLength(1);
  const connection = await measure<{ connection: { hops: number | null } }>(
    `{ connection(from: "person/li-jun", to: "person/wang-jian") { hops from { id } paths { steps { relationship evidence { excerpt source { title } } from { id ... on Organization { units { organization { name } } } } to { id } } } } }`,
    {},
    'planner',
  );
  expect(connection.data.connection.hops).toBeGreaterThan(0);
  expect(connection.statements).toHaveLength(1);
});

test('the planner answers a search, with what tells its hits apart and what their entities hold, in one statement', async () => {
  const search = await measure<{ search: { description: string | null }[] }>(
    `{ search(query: "synthetic", first: 30) { type name score match description node { id ... on Organization { units { organization { name } } programs { program { name } } } ... on Person { positions { title organization { name } } } } } }`,
    {},
    'planner',
  );
  expect(search.data.search.length).toBe(30);
  expect(search.data.search.some((hit) => hit.description !== null)).toBe(true);
  expect(search.statements).toHaveLength(1);
});
