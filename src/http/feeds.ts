import { z } from 'zod';

/** A cell of a feed: text or a number. */
export type Cell = string | number | null;

/** One CSV feed of the dashboard aggregates: the GraphQL operation behind it and its table. */
export interface Feed {
  /** `/feeds/<name>.csv` */
  name: string;
  description: string;
  /** The operation run for it (through the server, so it shares the aggregate cache and limits). */
  query: string;
  /** Whether it takes `?first=N` (the top N). */
  takesFirst: boolean;
  columns: string[];
  /** The table of the operation's data. */
  rows(data: unknown): Cell[][];
}

const term = z.object({ id: z.string(), name: z.string() });
const organization = z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() });
const stats = <T extends z.ZodType>(shape: T) => z.object({ stats: shape });

/** The feeds, in the order `/feeds` lists them. */
export const FEEDS: readonly Feed[] = [
  {
    name: 'counts',
    description: 'Entities by type, and relationships between them (evidence links excluded).',
    query: `query FeedCounts { stats { counts {
      people organizations programs events places sources positions diseaseAreas
      cooperationAspects excerpts relationships } } }`,
    takesFirst: false,
    columns: ['type', 'count'],
    rows: (data) =>
      Object.entries(
        stats(z.object({ counts: z.record(z.string(), z.number()) })).parse(data).stats.counts,
      ),
  },
  {
    name: 'programs-by-disease-area',
    description: 'Programs per disease area, most first (ties by name); ?first=N for the top N.',
    query: `query FeedProgramsByDiseaseArea($first: Int) {
      stats { programsByDiseaseArea(first: $first) { area { id name } programs } } }`,
    takesFirst: true,
    columns: ['area_id', 'area', 'programs'],
    rows: (data) =>
      stats(
        z.object({
          programsByDiseaseArea: z.array(z.object({ area: term, programs: z.number() })),
        }),
      )
        .parse(data)
        .stats.programsByDiseaseArea.map((r) => [r.area.id, r.area.name, r.programs]),
  },
  {
    name: 'programs-by-aspect',
    description:
      'Programs per cooperation aspect, most first (ties by name); ?first=N for the top N.',
    query: `query FeedProgramsByAspect($first: Int) {
      stats { programsByAspect(first: $first) { aspect { id name } programs } } }`,
    takesFirst: true,
    columns: ['aspect_id', 'aspect', 'programs'],
    rows: (data) =>
      stats(
        z.object({ programsByAspect: z.array(z.object({ aspect: term, programs: z.number() })) }),
      )
        .parse(data)
        .stats.programsByAspect.map((r) => [r.aspect.id, r.aspect.name, r.programs]),
  },
  {
    name: 'programs-by-year',
    description:
      'Programs per start year, earliest first (programs without a start date left out).',
    query: 'query FeedProgramsByYear { stats { programsByYear { year programs } } }',
    takesFirst: false,
    columns: ['year', 'programs'],
    rows: (data) =>
      stats(
        z.object({ programsByYear: z.array(z.object({ year: z.number(), programs: z.number() })) }),
      )
        .parse(data)
        .stats.programsByYear.map((r) => [r.year, r.programs]),
  },
  {
    name: 'programs-by-status',
    description: 'Programs per status (every status, 0 where none).',
    query: 'query FeedProgramsByStatus { stats { programsByStatus { status programs } } }',
    takesFirst: false,
    columns: ['status', 'programs'],
    rows: (data) =>
      stats(
        z.object({
          programsByStatus: z.array(z.object({ status: z.string(), programs: z.number() })),
        }),
      )
        .parse(data)
        .stats.programsByStatus.map((r) => [r.status, r.programs]),
  },
  {
    name: 'organizations-by-partners',
    description: 'Organizations by number of distinct partners, most first; ?first=N (default 10).',
    query: `query FeedOrganizationsByPartners($first: Int = 10) {
      stats { organizationsByPartners(first: $first) { organization { id name acronym } partners } } }`,
    takesFirst: true,
    columns: ['organization_id', 'organization', 'acronym', 'partners'],
    rows: (data) =>
      stats(
        z.object({
          organizationsByPartners: z.array(z.object({ organization, partners: z.number() })),
        }),
      )
        .parse(data)
        .stats.organizationsByPartners.map((r) => [
          r.organization.id,
          r.organization.name,
          r.organization.acronym,
          r.partners,
        ]),
  },
  {
    name: 'people-by-organization',
    description:
      'Organizations by number of people holding positions there, most first; ?first=N (default 10).',
    query: `query FeedPeopleByOrganization($first: Int = 10) {
      stats { peopleByOrganization(first: $first) { organization { id name acronym } people } } }`,
    takesFirst: true,
    columns: ['organization_id', 'organization', 'acronym', 'people'],
    rows: (data) =>
      stats(
        z.object({ peopleByOrganization: z.array(z.object({ organization, people: z.number() })) }),
      )
        .parse(data)
        .stats.peopleByOrganization.map((r) => [
          r.organization.id,
          r.organization.name,
          r.organization.acronym,
          r.people,
        ]),
  },
  {
    name: 'collaboration-matrix',
    description:
      'Shared programs of each pair of the N organizations with the most partners, one row per pair (long format, both orders); ?first=N (default 10).',
    query: `query FeedCollaborationMatrix($first: Int = 10) {
      stats { collaborationMatrix(first: $first) { organizations { id name acronym } programs } } }`,
    takesFirst: true,
    columns: ['organization_id', 'organization', 'partner_id', 'partner', 'programs'],
    rows: (data) => {
      const matrix = stats(
        z.object({
          collaborationMatrix: z.object({
            organizations: z.array(organization),
            programs: z.array(z.array(z.number())),
          }),
        }),
      ).parse(data).stats.collaborationMatrix;
      return matrix.organizations.flatMap((a, i) =>
        matrix.organizations
          .map((b, j): Cell[] => [a.id, a.name, b.id, b.name, matrix.programs[i]?.[j] ?? 0])
          .filter((_row, j) => j !== i),
      );
    },
  },
];
