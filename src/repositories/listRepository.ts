import type { Database } from '../db/database';
import { Label, Rel } from '../db/labelsAndTypes';
import { map } from '../db/rowValues';
import type { Row } from '../db/transaction';
import type {
  EventFilter,
  EventOrder,
  OrganizationFilter,
  OrganizationOrder,
  PersonFilter,
  PersonOrder,
  ProgramFilter,
  ProgramOrder,
  SourceFilter,
  SourceOrder,
  StatementFilter,
} from '../generated/graphql';
import type { PageModel } from '../models';
import {
  compileEventFilter,
  compileOrganizationFilter,
  compilePersonFilter,
  compileProgramFilter,
  compileSourceFilter,
  compileStatementFilter,
  FilterParams,
} from './compileFilters';
import type { PageQuery, SortKey } from './findPage';
import { findPage } from './findPage';
import type { PageArgs } from './pagination';

type Direction = 'ASC' | 'DESC';

/** Sort keys for the requested order; date fields put unknown dates last in both directions. */
function sortKeys<F extends string>(
  orderBy: { field: F; direction?: Direction | null }[] | null | undefined,
  fields: Record<F, { expression: string; nullable?: boolean }>,
  fallback: F,
): SortKey[] {
  const given = orderBy?.length ? orderBy : [{ field: fallback, direction: 'ASC' as const }];
  // A field sorted by twice sorts by its first mention: the second cannot change the order.
  const requested = given.filter((o, i) => given.findIndex((p) => p.field === o.field) === i);
  return requested.flatMap(({ field, direction }) => {
    const { expression, nullable } = fields[field];
    const key = { expression, direction: direction ?? 'ASC' };
    return nullable
      ? [{ expression: `${expression} IS NULL`, direction: 'ASC' as const }, key]
      : [key];
  });
}

/** One page of people. */
export function findPeoplePage(
  db: Database,
  filter: PersonFilter | null | undefined,
  orderBy: PersonOrder[] | null | undefined,
  args: PageArgs,
  maxFilterConditions: number,
): Promise<PageModel<Row>> {
  return findPage(db, peopleQuery(filter, orderBy, maxFilterConditions), args);
}

/** What a page of people matches and how it is sorted. */
export function peopleQuery(
  filter: PersonFilter | null | undefined,
  orderBy: PersonOrder[] | null | undefined,
  maxFilterConditions: number,
): PageQuery {
  const params = new FilterParams(maxFilterConditions);
  const where = compilePersonFilter(filter, 'n', params);
  const order = sortKeys(
    orderBy,
    { NAME: { expression: 'n.name' }, ID: { expression: 'n.id' } },
    'NAME',
  );
  return { label: Label.Person, where, params, order };
}

/** One page of organizations. */
export function findOrganizationsPage(
  db: Database,
  filter: OrganizationFilter | null | undefined,
  orderBy: OrganizationOrder[] | null | undefined,
  args: PageArgs,
  maxFilterConditions: number,
): Promise<PageModel<Row>> {
  return findPage(db, organizationsQuery(filter, orderBy, maxFilterConditions), args);
}

/** What a page of organizations matches and how it is sorted. */
export function organizationsQuery(
  filter: OrganizationFilter | null | undefined,
  orderBy: OrganizationOrder[] | null | undefined,
  maxFilterConditions: number,
): PageQuery {
  const params = new FilterParams(maxFilterConditions);
  const where = compileOrganizationFilter(filter, 'n', params);
  const order = sortKeys(
    orderBy,
    {
      NAME: { expression: 'n.name' },
      KIND: { expression: 'n.kind' },
      PROGRAM_COUNT: { expression: `COUNT { (n)<-[:${Rel.HAS_PARTY}]-(:${Label.Program}) }` },
      ID: { expression: 'n.id' },
    },
    'NAME',
  );
  if (orderBy?.some((o) => o.field === 'KIND'))
    order.push({ expression: 'n.name', direction: 'ASC' });
  return { label: Label.Organization, where, params, order };
}

/** One page of programs. */
export function findProgramsPage(
  db: Database,
  filter: ProgramFilter | null | undefined,
  orderBy: ProgramOrder[] | null | undefined,
  args: PageArgs,
  maxFilterConditions: number,
): Promise<PageModel<Row>> {
  return findPage(db, programsQuery(filter, orderBy, maxFilterConditions), args);
}

/** What a page of programs matches and how it is sorted. */
export function programsQuery(
  filter: ProgramFilter | null | undefined,
  orderBy: ProgramOrder[] | null | undefined,
  maxFilterConditions: number,
): PageQuery {
  const params = new FilterParams(maxFilterConditions);
  const where = compileProgramFilter(filter, 'n', params);
  const order = sortKeys(
    orderBy,
    {
      NAME: { expression: 'n.name' },
      START: { expression: 'n.startDate', nullable: true },
      // Lifecycle order, not alphabetical; programs no source gave a status to come last.
      STATUS: {
        expression:
          "CASE n.status WHEN 'UNDER_DISCUSSION' THEN 0 WHEN 'PLANNED' THEN 1 WHEN 'ACTIVE' THEN 2 WHEN 'ENDED' THEN 3 ELSE 4 END",
      },
      ID: { expression: 'n.id' },
    },
    'NAME',
  );
  return { label: Label.Program, where, params, order };
}

/** One page of events. */
export function findEventsPage(
  db: Database,
  filter: EventFilter | null | undefined,
  orderBy: EventOrder[] | null | undefined,
  args: PageArgs,
  maxFilterConditions: number,
): Promise<PageModel<Row>> {
  return findPage(db, eventsQuery(filter, orderBy, maxFilterConditions), args);
}

/** What a page of events matches and how it is sorted. */
export function eventsQuery(
  filter: EventFilter | null | undefined,
  orderBy: EventOrder[] | null | undefined,
  maxFilterConditions: number,
): PageQuery {
  const params = new FilterParams(maxFilterConditions);
  const where = compileEventFilter(filter, 'n', params);
  const order = sortKeys(
    orderBy,
    {
      DATE: { expression: 'n.dateDate', nullable: true },
      NAME: { expression: 'n.name' },
      ID: { expression: 'n.id' },
    },
    'DATE',
  );
  return { label: Label.Event, where, params, order };
}

/** One page of sources. */
export function findSourcesPage(
  db: Database,
  filter: SourceFilter | null | undefined,
  orderBy: SourceOrder[] | null | undefined,
  args: PageArgs,
  maxFilterConditions: number,
): Promise<PageModel<Row>> {
  return findPage(db, sourcesQuery(filter, orderBy, maxFilterConditions), args);
}

/** What a page of sources matches and how it is sorted. */
export function sourcesQuery(
  filter: SourceFilter | null | undefined,
  orderBy: SourceOrder[] | null | undefined,
  maxFilterConditions: number,
): PageQuery {
  const params = new FilterParams(maxFilterConditions);
  const where = compileSourceFilter(filter, 'n', params);
  const order = sortKeys(
    orderBy,
    {
      DATE: { expression: 'n.dateDate', nullable: true },
      TITLE: { expression: 'n.title' },
      ID: { expression: 'n.id' },
    },
    'DATE',
  );
  return { label: Label.Source, where, params, order };
}

/** One page of statements, earliest first (undated last), then by id. */
export function findStatementsPage(
  db: Database,
  filter: StatementFilter | null | undefined,
  args: PageArgs,
  maxFilterConditions: number,
): Promise<PageModel<Row>> {
  return findPage(db, statementsQuery(filter, maxFilterConditions), args);
}

/** What a page of statements matches: earliest first, undated last. */
export function statementsQuery(
  filter: StatementFilter | null | undefined,
  maxFilterConditions: number,
): PageQuery {
  const params = new FilterParams(maxFilterConditions);
  const where = compileStatementFilter(filter, 'n', params);
  const order: SortKey[] = [
    { expression: 'n.dateDate IS NULL', direction: 'ASC' },
    { expression: 'n.dateDate', direction: 'ASC' },
  ];
  return { label: Label.Statement, where, params, order };
}

/** Every node of a label, by name (for the small vocabularies and places). */
export async function findAll(db: Database, label: Label): Promise<Row[]> {
  const rows = await db.read(`MATCH (n:${label}) RETURN n {.*} AS n ORDER BY n.name, n.id`);
  return rows.map((row) => map(row.n));
}
