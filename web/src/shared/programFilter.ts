/**
 * The program filters the dashboard and the list page share (years, kinds, statuses, a disease
 * area, an aspect, organizations taking part), read from and written to the URL, and turned into
 * the API's `ProgramFilter`.
 */
import type { ProgramFilter, ProgramKind, ProgramStatus } from '../generated/graphql';

export const PROGRAM_KINDS: readonly ProgramKind[] = [
  'AGREEMENT',
  'CENTER',
  'EDUCATION',
  'COLLABORATION',
  'OTHER',
];
/** In lifecycle order, as the API sorts them; unknown: no source says. */
export const PROGRAM_STATUSES: readonly ProgramStatus[] = [
  'UNDER_DISCUSSION',
  'PLANNED',
  'ACTIVE',
  'ENDED',
  'UNKNOWN',
];

/** Readable names of kinds and statuses, one and many. */
export const KIND_NAMES: Record<ProgramKind, [string, string]> = {
  AGREEMENT: ['agreement', 'agreements'],
  CENTER: ['centre', 'centres'],
  EDUCATION: ['education project', 'education projects'],
  COLLABORATION: ['collaboration', 'collaborations'],
  OTHER: ['other program', 'other programs'],
};
export const STATUS_NAMES: Record<ProgramStatus, string> = {
  UNDER_DISCUSSION: 'under discussion',
  PLANNED: 'planned',
  ACTIVE: 'active',
  ENDED: 'ended',
  UNKNOWN: 'unknown',
};

export interface FilterState {
  fromYear: number | null;
  toYear: number | null;
  kinds: ProgramKind[];
  statuses: ProgramStatus[];
  area: string | null;
  aspect: string | null;
  /** Organizations that must all be parties (a matrix cell: the programs two share). */
  organizations: string[];
}

export const NO_FILTER: FilterState = {
  fromYear: null,
  toYear: null,
  kinds: [],
  statuses: [],
  area: null,
  aspect: null,
  organizations: [],
};

const year = (text: string | null) => (text !== null && /^\d{4}$/.test(text) ? Number(text) : null);
const listOf = <T extends string>(text: string | null, allowed: readonly T[]): T[] =>
  (text ?? '').split(',').flatMap((part) => allowed.filter((value) => value === part.trim()));

/** Reads the filters of a query string. */
export function parseFilter(params: URLSearchParams): FilterState {
  return {
    fromYear: year(params.get('from')),
    toYear: year(params.get('to')),
    kinds: listOf(params.get('kind'), PROGRAM_KINDS),
    statuses: listOf(params.get('status'), PROGRAM_STATUSES),
    area: params.get('area') || null,
    aspect: params.get('aspect') || null,
    organizations: params.getAll('org').filter((id) => id.length > 0),
  };
}

/** Writes the filters into query parameters (only those set). */
export function writeFilter(filter: FilterState, params = new URLSearchParams()): URLSearchParams {
  if (filter.fromYear !== null) params.set('from', String(filter.fromYear));
  if (filter.toYear !== null) params.set('to', String(filter.toYear));
  if (filter.kinds.length > 0) params.set('kind', filter.kinds.join(','));
  if (filter.statuses.length > 0) params.set('status', filter.statuses.join(','));
  if (filter.area) params.set('area', filter.area);
  if (filter.aspect) params.set('aspect', filter.aspect);
  for (const id of filter.organizations) params.append('org', id);
  return params;
}

/** True when no filter is set. */
export function isEmpty(filter: FilterState): boolean {
  return writeFilter(filter).toString() === '';
}

/** The API's filter for these settings; null when none is set. */
export function toProgramFilter(filter: FilterState): ProgramFilter | null {
  const out: ProgramFilter = {};
  if (filter.fromYear !== null || filter.toYear !== null) {
    out.started = {
      ...(filter.fromYear !== null ? { from: `${filter.fromYear}-01-01` } : {}),
      ...(filter.toYear !== null ? { to: `${filter.toYear}-12-31` } : {}),
    };
  }
  if (filter.kinds.length > 0) out.kind = filter.kinds;
  if (filter.statuses.length > 0) out.status = filter.statuses;
  if (filter.area) out.diseaseArea = filter.area;
  if (filter.aspect) out.aspect = filter.aspect;
  if (filter.organizations.length === 1) out.organization = filter.organizations[0];
  if (filter.organizations.length > 1)
    out.and = filter.organizations.map((organization) => ({ organization }));
  return Object.keys(out).length > 0 ? out : null;
}

/** The filters in words ("started 2016–2018 · agreements · active · focusing on Cancer"). */
export function describeFilter(
  filter: FilterState,
  names: (id: string) => string = (id) => id,
): string {
  const parts: string[] = [];
  const { fromYear: from, toYear: to } = filter;
  if (from !== null && to !== null)
    parts.push(from === to ? `started in ${from}` : `started ${from}–${to}`);
  else if (from !== null) parts.push(`started from ${from}`);
  else if (to !== null) parts.push(`started by ${to}`);
  if (filter.kinds.length > 0) parts.push(filter.kinds.map((k) => KIND_NAMES[k][1]).join(' or '));
  if (filter.statuses.length > 0)
    parts.push(filter.statuses.map((s) => STATUS_NAMES[s]).join(' or '));
  if (filter.area) parts.push(`focusing on ${names(filter.area)}`);
  if (filter.aspect) parts.push(`covering ${names(filter.aspect)}`);
  if (filter.organizations.length > 0)
    parts.push(`with ${filter.organizations.map(names).join(' and ')} as parties`);
  return parts.join(' · ');
}
