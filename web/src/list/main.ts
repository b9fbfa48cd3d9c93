import '../shared/common.css';
import './list.css';

import Papa from 'papaparse';

import { runQuery } from '../api/client';
import { graphql } from '../generated';
import type { ListOrganizationsQuery, ListProgramsQuery } from '../generated/graphql';
import { byId, h, replace } from '../shared/dom';
import { hideGraphiqlLinksWhereOff } from '../shared/graphiqlLinks';
import { siteHeader } from '../shared/header';
import {
  describeFilter,
  isEmpty,
  KIND_NAMES,
  parseFilter,
  STATUS_NAMES,
  toProgramFilter,
  writeFilter,
} from '../shared/programFilter';
import { showError, showLoading } from '../shared/status';
import { periodText } from '../explore/entity';
import { download } from '../explore/exportGraph';

/** Rows per page. */
const PAGE = 50;

export const ListProgramsQueryDocument = graphql(`
  query ListPrograms($filter: ProgramFilter, $first: Int, $after: String) {
    programs(
      filter: $filter
      first: $first
      after: $after
      orderBy: [{ field: START, direction: DESC }, { field: NAME }]
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        status
        start {
          text
        }
        end {
          text
        }
        parties {
          role
          organization {
            id
            name
            acronym
          }
        }
      }
    }
  }
`);

export const ListOrganizationsQueryDocument = graphql(`
  query ListOrganizations($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(
      filter: $filter
      first: $first
      after: $after
      orderBy: [{ field: PROGRAM_COUNT, direction: DESC }, { field: NAME }]
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        parent {
          organization {
            name
          }
        }
      }
    }
  }
`);

/** Names of the ids a filter names (terms, organizations), for the filter in words. */
export const ListNamesQuery = graphql(`
  query ListNames($first: ID!, $second: ID!) {
    diseaseAreas {
      id
      name
    }
    cooperationAspects {
      id
      name
    }
    first: node(id: $first) {
      ... on Organization {
        id
        name
      }
    }
    second: node(id: $second) {
      ... on Organization {
        id
        name
      }
    }
  }
`);

const params = new URLSearchParams(window.location.search);
const filter = parseFilter(params);
const of = params.get('of') === 'organizations' ? 'organizations' : 'programs';
const after = params.get('after');
const explorerLink = (id: string) => `/explore?${new URLSearchParams({ id }).toString()}`;
const pageLink = (changes: Record<string, string | null>) => {
  const next = writeFilter(filter);
  next.set('of', of);
  if (after) next.set('after', after);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  if (next.get('of') === 'programs') next.delete('of');
  return `/list?${next.toString()}`;
};

const app = byId('app', HTMLDivElement);
const title = h('h1', {}, of === 'programs' ? 'Programs' : 'Organizations');
const summary = h('p', { class: 'list-summary', 'aria-live': 'polite' });
const body = h('div', { class: 'list-body' });
const tabs = h(
  'nav',
  { class: 'list-tabs', 'aria-label': 'What to list' },
  h(
    'a',
    {
      href: pageLink({ of: 'programs', after: null }),
      'aria-current': of === 'programs' ? 'page' : undefined,
    },
    'Programs',
  ),
  h(
    'a',
    {
      href: pageLink({ of: 'organizations', after: null }),
      'aria-current': of === 'organizations' ? 'page' : undefined,
    },
    'Organizations taking part',
  ),
);

hideGraphiqlLinksWhereOff();
replace(
  app,
  siteHeader('/list'),
  h(
    'main',
    { class: 'list-page' },
    h(
      'p',
      {},
      h(
        'a',
        { href: `/dashboard?${writeFilter({ ...filter, organizations: [] }).toString()}` },
        '← Dashboard',
      ),
    ),
    title,
    tabs,
    summary,
    body,
  ),
);

async function names(): Promise<Map<string, string>> {
  const [a = '', b = ''] = filter.organizations;
  // An empty id names no entity: the query answers null for it.
  const data = await runQuery(ListNamesQuery, { first: a, second: b });
  const map = new Map<string, string>();
  for (const term of [...data.diseaseAreas, ...data.cooperationAspects])
    map.set(term.id, term.name);
  for (const org of [data.first, data.second]) if (org && 'name' in org) map.set(org.id, org.name);
  return map;
}

function table(columns: string[], rows: (Node | string)[][]): HTMLTableElement {
  return h(
    'table',
    { class: 'list-table' },
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          {},
          ...row.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))),
        ),
      ),
    ),
  );
}

function pager(total: number, shown: number, next: string | null): HTMLElement {
  return h(
    'p',
    { class: 'pager' },
    after ? h('a', { href: pageLink({ after: null }) }, '« First page') : null,
    after && next ? ' · ' : '',
    next ? h('a', { href: pageLink({ after: next }), rel: 'next' }, 'Next page »') : null,
    total > shown ? h('span', { class: 'muted' }, ` ${PAGE} a page`) : null,
  );
}

function programsView(data: ListProgramsQuery): HTMLElement {
  const page = data.programs;
  const rows = page.nodes.map((p) => [
    h('a', { href: explorerLink(p.id) }, p.name),
    KIND_NAMES[p.kind][0],
    STATUS_NAMES[p.status],
    periodText(p.start, p.end) || '—',
    p.parties.map((party) => party.organization.acronym ?? party.organization.name).join(', '),
  ]);
  const csv = h('button', { type: 'button', class: 'secondary' }, 'Download CSV');
  csv.addEventListener('click', () =>
    download(
      'programs.csv',
      Papa.unparse({
        fields: ['id', 'name', 'kind', 'status', 'start', 'end', 'parties'],
        data: page.nodes.map((p) => [
          p.id,
          p.name,
          p.kind,
          p.status,
          p.start?.text ?? '',
          p.end?.text ?? '',
          p.parties.map((x) => x.organization.name).join('; '),
        ]),
      }),
      'text/csv',
    ),
  );
  return h(
    'div',
    {},
    page.nodes.length === 0
      ? h('p', { class: 'status' }, 'No program matches.')
      : table(['Program', 'Kind', 'Status', 'When', 'Parties'], rows),
    h('p', { class: 'list-actions' }, csv),
    pager(
      page.totalCount,
      page.nodes.length,
      page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null,
    ),
  );
}

function organizationsView(data: ListOrganizationsQuery): HTMLElement {
  const page = data.organizations;
  const rows = page.nodes.map((o) => [
    h('a', { href: explorerLink(o.id) }, o.name),
    o.kind.toLowerCase().replace(/_/g, ' '),
    o.parent?.organization.name ?? '—',
  ]);
  return h(
    'div',
    {},
    page.nodes.length === 0
      ? h('p', { class: 'status' }, 'No organization takes part in a matching program.')
      : table(['Organization', 'Kind', 'Part of'], rows),
    pager(
      page.totalCount,
      page.nodes.length,
      page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null,
    ),
  );
}

async function load(): Promise<void> {
  showLoading(body, of);
  try {
    const [named, programFilter] = [await names(), toProgramFilter(filter)];
    const words = describeFilter(filter, (id) => named.get(id) ?? id);
    if (of === 'programs') {
      const data = await runQuery(ListProgramsQueryDocument, {
        filter: programFilter,
        first: PAGE,
        after,
      });
      const n = data.programs.totalCount;
      summary.textContent = `${n} program${n === 1 ? '' : 's'}${isEmpty(filter) ? '' : `: ${words}`}.`;
      document.title = `Programs${words ? ` · ${words}` : ''} · cooperation-kg`;
      replace(body, programsView(data));
    } else {
      const data = await runQuery(ListOrganizationsQueryDocument, {
        filter: programFilter ? { hasProgram: programFilter } : null,
        first: PAGE,
        after,
      });
      const n = data.organizations.totalCount;
      summary.textContent = `${n} organization${n === 1 ? '' : 's'} taking part in programs${isEmpty(filter) ? '' : `: ${words}`}.`;
      replace(body, organizationsView(data));
    }
  } catch (error) {
    showError(body, error, () => void load());
  }
}
void load();
