import neo4j from 'neo4j-driver';

import type { Database } from '../db/database';
import { Label, Rel } from '../db/labelsAndTypes';
import { map, num, str } from '../db/rowValues';
import type { ProgramFilter } from '../generated/graphql';
import type { OrganizationModel, ProgramStatus, TermModel } from '../models';
import { NOT_OWN_LINE } from './collaborationRepository';
import { compileProgramFilter, FilterParams } from './compileFilters';
import { toOrganization, toTerm } from './nodeMappers';

/**
 * The programs an aggregate counts: those matching `program` (all of them when null), the
 * filter held to `maxConditions` conditions as every filter is (MAX_FILTER_CONDITIONS).
 */
export interface StatsFilter {
  program: ProgramFilter | null;
  maxConditions: number;
}

/** `(<v>:Program)` restricted to the filter, as a WHERE predicate with its parameters. */
function programsMatching(filter: StatsFilter, v: string) {
  const params = new FilterParams(filter.maxConditions);
  return { where: compileProgramFilter(filter.program, v, params), params: params.values };
}

/** Entity counts by type, from the count store where Neo4j has one. */
export async function countEntities(db: Database): Promise<Record<string, number>> {
  const [row] = await db.read(
    `RETURN COUNT { (:${Label.Person}) } AS people,
            COUNT { (:${Label.Organization}) } AS organizations,
            COUNT { (:${Label.Program}) } AS programs,
            COUNT { (:${Label.Event}) } AS events,
            COUNT { (:${Label.Place}) } AS places,
            COUNT { (:${Label.Source}) } AS sources,
            COUNT { (:${Label.Position}) } AS positions,
            COUNT { (:${Label.DiseaseArea}) } AS diseaseAreas,
            COUNT { (:${Label.CooperationAspect}) } AS cooperationAspects,
            COUNT { (:${Label.Excerpt}) } AS excerpts,
            COUNT { ()-[]->() } - COUNT { ()-[:${Rel.QUOTES}]->() } AS relationships`,
  );
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(row ?? {})) counts[key] = num(value);
  return counts;
}

/** The number of programs matching the filter. */
export async function countPrograms(db: Database, filter: StatsFilter): Promise<number> {
  const { where, params } = programsMatching(filter, 'p');
  const [row] = await db.read(
    `MATCH (p:${Label.Program}) WHERE ${where} RETURN count(p) AS programs`,
    params,
  );
  return num(row?.programs ?? 0);
}

/**
 * Matching programs per vocabulary term (disease areas or aspects), most first; terms with none
 * included.
 */
export async function countProgramsByTerm(
  db: Database,
  vocabulary: 'diseaseAreas' | 'aspects',
  filter: StatsFilter,
): Promise<{ term: TermModel; programs: number }[]> {
  const [label, rel] =
    vocabulary === 'diseaseAreas'
      ? [Label.DiseaseArea, Rel.FOCUSES_ON]
      : [Label.CooperationAspect, Rel.COVERS_ASPECT];
  const { where, params } = programsMatching(filter, 'p');
  const rows = await db.read(
    `MATCH (t:${label})
     RETURN properties(t) AS term,
            COUNT { MATCH (t)<-[:${rel}]-(p:${Label.Program}) WHERE ${where} } AS programs
     ORDER BY programs DESC, t.name`,
    params,
  );
  return rows.map((row) => ({ term: toTerm(map(row.term)), programs: num(row.programs) }));
}

/** Matching programs per start year, earliest first. */
export async function countProgramsByYear(
  db: Database,
  filter: StatsFilter,
): Promise<{ year: number; programs: number }[]> {
  const { where, params } = programsMatching(filter, 'p');
  const rows = await db.read(
    `MATCH (p:${Label.Program}) WHERE p.startDate IS NOT NULL AND ${where}
     RETURN p.startDate.year AS year, count(*) AS programs ORDER BY year`,
    params,
  );
  return rows.map((row) => ({ year: num(row.year), programs: num(row.programs) }));
}

/** In lifecycle order; the three every answer lists are marked. */
const STATUSES: readonly { status: ProgramStatus; always: boolean }[] = [
  { status: 'UNDER_DISCUSSION', always: false },
  { status: 'PLANNED', always: true },
  { status: 'ACTIVE', always: true },
  { status: 'ENDED', always: true },
  { status: 'UNKNOWN', always: false },
];

/**
 * Matching programs per status: planned, active and ended always (0 where none), under
 * discussion and unknown (no status stated) when any matching program has them.
 */
export async function countProgramsByStatus(
  db: Database,
  filter: StatsFilter,
): Promise<{ status: ProgramStatus; programs: number }[]> {
  const { where, params } = programsMatching(filter, 'p');
  const rows = await db.read(
    `MATCH (p:${Label.Program}) WHERE ${where}
     RETURN coalesce(p.status, 'UNKNOWN') AS status, count(*) AS programs`,
    params,
  );
  const counts = new Map(rows.map((row) => [str(row.status), num(row.programs)]));
  return STATUSES.filter(({ status, always }) => always || (counts.get(status) ?? 0) > 0).map(
    ({ status }) => ({ status, programs: counts.get(status) ?? 0 }),
  );
}

/**
 * Organizations by number of distinct partners through matching programs, most first. An
 * organization's own units and the organizations it belongs to are not its partners unless
 * `unitPartners`.
 */
export async function rankOrganizationsByPartners(
  db: Database,
  first: number,
  filter: StatsFilter,
  unitPartners = false,
): Promise<{ organization: OrganizationModel; partners: number }[]> {
  const { where, params } = programsMatching(filter, 'p');
  const rows = await db.read(
    `MATCH (o:${Label.Organization})<-[:${Rel.HAS_PARTY}]-(p:${Label.Program})-[:${Rel.HAS_PARTY}]->(other:${Label.Organization})
     WHERE other <> o AND ${where}
     WITH DISTINCT o, other
     WHERE $unitPartners OR (${NOT_OWN_LINE('o', 'other')})
     WITH o, count(other) AS partners
     ORDER BY partners DESC, o.name, o.id LIMIT $first
     RETURN properties(o) AS organization, partners`,
    { ...params, first: neo4j.int(first), unitPartners },
  );
  return rows.map((row) => ({
    organization: toOrganization(map(row.organization)),
    partners: num(row.partners),
  }));
}

/**
 * Organizations by number of distinct people holding positions there, most first; with a
 * filter, only organizations that are a party to a matching program.
 */
export async function rankOrganizationsByPeople(
  db: Database,
  first: number,
  filter: StatsFilter,
): Promise<{ organization: OrganizationModel; people: number }[]> {
  const { where, params } = programsMatching(filter, 'p');
  const party = filter.program
    ? `WHERE EXISTS { MATCH (o)<-[:${Rel.HAS_PARTY}]-(p:${Label.Program}) WHERE ${where} }`
    : '';
  const rows = await db.read(
    `MATCH (person:${Label.Person})-[:${Rel.HOLDS_POSITION}]->(:${Label.Position})-[:${Rel.POSITION_AT}]->(o:${Label.Organization})
     ${party}
     WITH o, count(DISTINCT person) AS people
     ORDER BY people DESC, o.name, o.id LIMIT $first
     RETURN properties(o) AS organization, people`,
    { ...params, first: neo4j.int(first) },
  );
  return rows.map((row) => ({
    organization: toOrganization(map(row.organization)),
    people: num(row.people),
  }));
}

/**
 * The number of matching programs each pair of the given organizations are both parties to, as
 * a matrix in the order of `organizationIds` (0 on the diagonal and for pairs that share none,
 * and for an organization and its own unit unless `unitPartners`).
 */
export async function countSharedPrograms(
  db: Database,
  organizationIds: readonly string[],
  filter: StatsFilter,
  unitPartners = false,
): Promise<number[][]> {
  const { where, params } = programsMatching(filter, 'p');
  const rows = await db.read(
    `MATCH (a:${Label.Organization})<-[:${Rel.HAS_PARTY}]-(p:${Label.Program})-[:${Rel.HAS_PARTY}]->(b:${Label.Organization})
     WHERE a.id IN $ids AND b.id IN $ids AND a <> b AND ${where}
     WITH a, b, count(DISTINCT p) AS programs
     WHERE $unitPartners OR (${NOT_OWN_LINE('a', 'b')})
     RETURN a.id AS a, b.id AS b, programs`,
    { ...params, ids: [...organizationIds], unitPartners },
  );
  const index = new Map(organizationIds.map((id, i) => [id, i]));
  const matrix = organizationIds.map(() => organizationIds.map(() => 0));
  for (const row of rows) {
    const i = index.get(str(row.a));
    const j = index.get(str(row.b));
    const line = i === undefined ? undefined : matrix[i];
    if (line && j !== undefined) line[j] = num(row.programs);
  }
  return matrix;
}
