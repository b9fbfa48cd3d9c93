import '../shared/common.css';
import './dashboard.css';

import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { ActiveElement, ChartConfiguration, ChartEvent, Plugin } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';

import type { TypedDocumentNode } from '@urql/core';

import { ApiError, runQuery } from '../api/client';
import type { DashboardFilterOptionsQuery, ProgramFilter } from '../generated/graphql';
import { byId, h, replace } from '../shared/dom';
import { hideGraphiqlLinksWhereOff } from '../shared/graphiqlLinks';
import { siteHeader } from '../shared/header';
import type { FilterState } from '../shared/programFilter';
import {
  describeFilter,
  isEmpty,
  KIND_NAMES,
  NO_FILTER,
  parseFilter,
  PROGRAM_KINDS,
  PROGRAM_STATUSES,
  STATUS_NAMES,
  toProgramFilter,
  writeFilter,
} from '../shared/programFilter';
import { cssVar, onThemeChange } from '../shared/theme';
import type { Card } from './chartCard';
import { chartCard } from './chartCard';
import {
  CollaborationMatrixQuery,
  CountsQuery,
  FilterOptionsQuery,
  OrganizationsByPartnersQuery,
  PeopleByOrganizationQuery,
  ProgramsByAspectQuery,
  ProgramsByDiseaseAreaQuery,
  ProgramsByStatusQuery,
  ProgramsByYearQuery,
} from './queries';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  MatrixController,
  MatrixElement,
);

/** Organizations in the rankings and the matrix. */
const TOP = 10;
const MATRIX_SIZE = 8;
/**
 * Vocabulary terms per chart: a curated vocabulary may hold hundreds, and a chart of all of them
 * cannot be read. Terms with no matching program are left out.
 */
const TOP_TERMS = 15;

let filter: FilterState = parseFilter(new URLSearchParams(window.location.search));
/** Names of the vocabulary terms and organizations met, for the filters in words. */
const names = new Map<string, string>();

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A link to the list of the programs matching the dashboard's filters and `extra`. */
function listLink(extra: Partial<FilterState>): string {
  return `/list?${writeFilter({ ...filter, ...extra }).toString()}`;
}

const explorerLink = (id: string) => `/explore?${new URLSearchParams({ id }).toString()}`;

function applyChartTheme(): void {
  Chart.defaults.color = cssVar('--muted');
  Chart.defaults.borderColor = cssVar('--line');
}

/** Chart.js's click on a bar or cell, as the index of its row. */
function onIndex(open: (row: number) => void) {
  return (_event: ChartEvent, elements: ActiveElement[]) => {
    const first = elements[0];
    if (first) open(first.index);
  };
}

/** A bar chart of labelled counts; horizontal bars read better for long names. */
function bars(
  canvas: HTMLCanvasElement,
  labels: string[],
  values: number[],
  options: { label: string; colour: string; horizontal: boolean; open: (row: number) => void },
): () => void {
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: options.label,
          data: values,
          backgroundColor: cssVar(options.colour),
          maxBarThickness: 32,
        },
      ],
    },
    options: {
      indexAxis: options.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
      onClick: onIndex(options.open),
      onHover: (event, elements) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement)
          target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
      },
      plugins: { tooltip: { enabled: true } },
      scales: {
        [options.horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } },
        [options.horizontal ? 'y' : 'x']: {
          ticks: { autoSkip: false, callback: shortTick(labels) },
        },
      },
    },
  };
  const chart = new Chart(canvas, config);
  return () => chart.destroy();
}

/** Tick labels cut to a readable length (the tooltip and the table keep the whole name). */
function shortTick(labels: string[]) {
  // Phones leave the axis about half the room.
  const room = window.innerWidth < 600 ? 16 : 28;
  return (value: string | number): string => {
    const label = typeof value === 'number' ? (labels[value] ?? '') : value;
    return label.length > room ? `${label.slice(0, room - 1)}…` : label;
  };
}

/** An organization's name on an axis: its acronym where it has one (the table has full names). */
const axisName = (org: { name: string; acronym?: string | null }) => org.acronym ?? org.name;

/** A bar card: labelled counts whose bars and table rows lead to `link`. */
function barCard<Data, Row>(spec: {
  key: string;
  title: string;
  describe: (rows: Row[], data: Data) => string;
  document: TypedDocumentNode<Data, { filter?: ProgramFilter | null; first?: number | null }>;
  first?: number;
  rows: (data: Data) => Row[];
  columns: [string, string];
  label: (row: Row) => string;
  axis?: (row: Row) => string;
  value: (row: Row) => number;
  link: (row: Row) => string | null;
  colour: string;
  horizontal: boolean;
}): Card {
  return chartCard({
    key: spec.key,
    title: spec.title,
    document: spec.document,
    variables: (programFilter) =>
      spec.first === undefined
        ? { filter: programFilter }
        : { filter: programFilter, first: spec.first },
    describe: (data) => spec.describe(spec.rows(data), data),
    table: (data) => {
      const rows = spec.rows(data);
      return {
        columns: spec.columns,
        rows: rows.map((row) => [spec.label(row), spec.value(row)]),
        links: rows.map(spec.link),
      };
    },
    draw: (canvas, data, open) => {
      const rows = spec.rows(data);
      return bars(canvas, rows.map(spec.axis ?? spec.label), rows.map(spec.value), {
        label: spec.columns[1],
        colour: spec.colour,
        horizontal: spec.horizontal,
        open,
      });
    },
  });
}

/** A colour between two hex colours (`t` from 0 to 1): the matrix's cells and its legend agree. */
function mix(low: string, high: string, t: number): string {
  const rgb = (hex: string) => {
    const value = hex.replace('#', '');
    return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16));
  };
  const [a, b] = [rgb(low), rgb(high)];
  const channel = (i: number) => Math.round((a[i] ?? 0) + ((b[i] ?? 0) - (a[i] ?? 0)) * t);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

/** Writes each cell's count in its middle. */
const cellValues: Plugin<'matrix'> = {
  id: 'cellValues',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const meta = chart.getDatasetMeta(0);
    const data = chart.data.datasets[0]?.data as { v: number }[] | undefined;
    const max = Math.max(1, ...(data ?? []).map((cell) => cell.v));
    ctx.save();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = `600 ${window.innerWidth < 600 ? 10 : 12}px system-ui, sans-serif`;
    const n = Math.round(Math.sqrt(meta.data.length));
    meta.data.forEach((element, i) => {
      // The diagonal (an organization with itself) stays blank.
      if (Math.floor(i / n) === i % n) return;
      const v = data?.[i]?.v ?? 0;
      // The matrix element's tooltip position is its centre.
      const { x, y } = element.tooltipPosition(true);
      if (x === null || y === null) return;
      ctx.fillStyle = v / max > 0.55 ? '#ffffff' : cssVar('--ink');
      ctx.fillText(String(v), x, y);
    });
    ctx.restore();
  },
};

function matrix(
  canvas: HTMLCanvasElement,
  labels: string[],
  fullNames: string[],
  programs: number[][],
  open: (row: number) => void,
): () => void {
  const cells = programs.flatMap((row, i) =>
    row.map((v, j) => ({ x: labels[j] ?? '', y: labels[i] ?? '', v })),
  );
  const max = Math.max(1, ...cells.map((cell) => cell.v));
  const [low, high, none] = [
    cssVar('--matrix-low'),
    cssVar('--matrix-high'),
    cssVar('--matrix-none'),
  ];
  const chart = new Chart(canvas, {
    type: 'matrix',
    data: {
      datasets: [
        {
          label: 'Shared programs',
          data: cells,
          backgroundColor: (context) => {
            const v = cells[context.dataIndex]?.v ?? 0;
            return v === 0 ? none : mix(low, high, v / max);
          },
          borderColor: cssVar('--paper'),
          borderWidth: 1,
          width: ({ chart: c }) => (c.chartArea ? c.chartArea.width / labels.length - 1 : 0),
          height: ({ chart: c }) => (c.chartArea ? c.chartArea.height / labels.length - 1 : 0),
        },
      ],
    },
    plugins: [cellValues],
    options: {
      maintainAspectRatio: false,
      animation: false,
      onClick: onIndex(open),
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: () => '',
            label: (context) => {
              const i = Math.floor(context.dataIndex / labels.length);
              const j = context.dataIndex % labels.length;
              const cell = cells[context.dataIndex];
              return cell
                ? `${fullNames[i] ?? ''} & ${fullNames[j] ?? ''}: ${cell.v} shared programs`
                : '';
            },
          },
        },
      },
      scales: {
        x: {
          type: 'category',
          labels,
          offset: true,
          grid: { display: false },
          ticks: { callback: shortTick(labels) },
        },
        y: {
          type: 'category',
          labels,
          // Rows top to bottom in ranking order, as in the data table.
          reverse: false,
          offset: true,
          grid: { display: false },
          ticks: { callback: shortTick(labels) },
        },
      },
    },
  });
  // The colour legend: the same scale as the cells, from 0 to the largest count.
  const legend = h(
    'div',
    { class: 'matrix-legend', 'aria-label': `Colour scale: 0 to ${max} shared programs` },
    h('span', {}, '0'),
    h('span', { class: 'scale' }),
    h('span', {}, String(max)),
    h('span', { class: 'muted' }, 'shared programs'),
  );
  canvas.parentElement?.after(legend);
  return () => {
    chart.destroy();
    legend.remove();
  };
}

// ---- the page ------------------------------------------------------------------------------

const banner = h('div', { class: 'banner', role: 'alert', hidden: true });
const counts = h('section', { class: 'counts', 'aria-label': 'Totals' });
const matching = h('p', { class: 'matching', 'aria-live': 'polite' });
const filterForm = h('form', { class: 'filters', 'aria-label': 'Filters' });

const cards: Card[] = [
  barCard({
    key: 'disease-areas',
    title: 'Programs per disease area',
    document: ProgramsByDiseaseAreaQuery,
    rows: (data) =>
      data.stats.programsByDiseaseArea.filter((r) => r.programs > 0).slice(0, TOP_TERMS),
    describe: (rows, data) => {
      const withPrograms = data.stats.programsByDiseaseArea.filter((r) => r.programs > 0).length;
      return withPrograms > rows.length
        ? `The ${rows.length} disease areas most programs focus on (of ${withPrograms}).`
        : `${plural(rows.length, 'disease area', 'disease areas')}, by programs focusing on each.`;
    },
    columns: ['Disease area', 'Programs'],
    label: (row) => (names.set(row.area.id, row.area.name), row.area.name),
    value: (row) => row.programs,
    link: (row) => listLink({ area: row.area.id }),
    colour: '--type-diseasearea',
    horizontal: true,
  }),
  barCard({
    key: 'aspects',
    title: 'Programs per cooperation aspect',
    document: ProgramsByAspectQuery,
    rows: (data) => data.stats.programsByAspect.filter((r) => r.programs > 0).slice(0, TOP_TERMS),
    describe: (rows, data) => {
      const withPrograms = data.stats.programsByAspect.filter((r) => r.programs > 0).length;
      return withPrograms > rows.length
        ? `The ${rows.length} kinds of cooperation most programs cover (of ${withPrograms}).`
        : `${plural(rows.length, 'cooperation aspect', 'cooperation aspects')}, by programs covering each.`;
    },
    columns: ['Cooperation aspect', 'Programs'],
    label: (row) => (names.set(row.aspect.id, row.aspect.name), row.aspect.name),
    value: (row) => row.programs,
    link: (row) => listLink({ aspect: row.aspect.id }),
    colour: '--type-cooperationaspect',
    horizontal: true,
  }),
  barCard({
    key: 'years',
    title: 'Programs per start year',
    document: ProgramsByYearQuery,
    rows: (data) => data.stats.programsByYear,
    describe: (rows) => {
      const total = rows.reduce((sum, row) => sum + row.programs, 0);
      const first = rows[0]?.year;
      const last = rows[rows.length - 1]?.year;
      return rows.length === 0
        ? 'No dated program matches.'
        : `${plural(total, 'program', 'programs')} started ${first === last ? `in ${first}` : `${first}–${last}`} (undated ones left out).`;
    },
    columns: ['Year', 'Programs'],
    label: (row) => String(row.year),
    value: (row) => row.programs,
    link: (row) => listLink({ fromYear: row.year, toYear: row.year }),
    colour: '--type-program',
    horizontal: false,
  }),
  barCard({
    key: 'status',
    title: 'Programs per status',
    document: ProgramsByStatusQuery,
    rows: (data) => data.stats.programsByStatus,
    describe: (rows) =>
      `${plural(
        rows.reduce((sum, row) => sum + row.programs, 0),
        'program',
        'programs',
      )}: ${rows.map((row) => `${row.programs} ${STATUS_NAMES[row.status]}`).join(', ')}.`,
    columns: ['Status', 'Programs'],
    label: (row) => STATUS_NAMES[row.status],
    value: (row) => row.programs,
    link: (row) => listLink({ statuses: [row.status] }),
    colour: '--type-event',
    horizontal: false,
  }),
  barCard({
    key: 'partners',
    title: 'Organizations by number of partners',
    document: OrganizationsByPartnersQuery,
    first: TOP,
    rows: (data) => data.stats.organizationsByPartners,
    describe: (rows) =>
      `The ${plural(rows.length, 'organization', 'organizations')} sharing programs with the most others.`,
    columns: ['Organization', 'Partners'],
    label: (row) => (names.set(row.organization.id, row.organization.name), row.organization.name),
    axis: (row) => row.organization.name,
    value: (row) => row.partners,
    link: (row) => explorerLink(row.organization.id),
    colour: '--type-organization',
    horizontal: true,
  }),
  barCard({
    key: 'people',
    title: 'People by organization',
    document: PeopleByOrganizationQuery,
    first: TOP,
    rows: (data) => data.stats.peopleByOrganization,
    describe: (rows) =>
      `The ${plural(rows.length, 'organization', 'organizations')} where the most people hold positions${isEmpty(filter) ? '' : ' (parties to the matching programs)'}.`,
    columns: ['Organization', 'People'],
    label: (row) => (names.set(row.organization.id, row.organization.name), row.organization.name),
    value: (row) => row.people,
    link: (row) => explorerLink(row.organization.id),
    colour: '--type-person',
    horizontal: true,
  }),
  chartCard({
    key: 'matrix',
    title: 'Collaboration between top organizations',
    describe: (data) =>
      `Shared programs between each pair of the ${plural(data.stats.collaborationMatrix.organizations.length, 'organization', 'organizations')} with the most partners; a cell opens their shared programs.`,
    document: CollaborationMatrixQuery,
    variables: (programFilter) => ({ first: MATRIX_SIZE, filter: programFilter }),
    table: (data) => {
      const { organizations, programs } = data.stats.collaborationMatrix;
      for (const org of organizations) names.set(org.id, org.name);
      // Full names across and down: the CSV's header and rows name organizations alike.
      return {
        columns: ['Organization', ...organizations.map((org) => org.name)],
        rows: organizations.map((org, i) => [org.name, ...(programs[i] ?? [])]),
        links: organizations.map((org) => explorerLink(org.id)),
        cellLinks: organizations.map((a) =>
          organizations.map((b) =>
            a.id === b.id ? null : listLink({ organizations: [a.id, b.id] }),
          ),
        ),
      };
    },
    draw: (canvas, data) => {
      const { organizations, programs } = data.stats.collaborationMatrix;
      const n = organizations.length;
      return matrix(
        canvas,
        organizations.map(axisName),
        organizations.map((org) => org.name),
        programs,
        (cell) => {
          const a = organizations[Math.floor(cell / n)];
          const b = organizations[cell % n];
          if (!a || !b) return;
          window.location.assign(
            a.id === b.id ? explorerLink(a.id) : listLink({ organizations: [a.id, b.id] }),
          );
        },
      );
    },
  }),
];

async function loadCounts(programFilter: ProgramFilter | null): Promise<void> {
  const data = await runQuery(CountsQuery, { filter: programFilter });
  const c = data.stats.counts;
  replace(
    counts,
    ...(
      [
        ['People', c.people],
        ['Organizations', c.organizations],
        ['Programs', c.programs],
        ['Events', c.events],
        ['Sources', c.sources],
        ['Quotations', c.excerpts],
      ] as const
    ).map(([label, value]) =>
      h(
        'div',
        { class: 'count' },
        h('span', { class: 'count-value' }, value),
        h('span', { class: 'count-label' }, label),
      ),
    ),
  );
  const described = describeFilter(filter, (id) => names.get(id) ?? id);
  replace(
    matching,
    isEmpty(filter)
      ? `All ${plural(data.stats.programs, 'program', 'programs')}.`
      : `${plural(data.stats.programs, 'program matches', 'programs match')}: ${described}. `,
    isEmpty(filter) ? null : h('a', { href: listLink({}) }, 'List them'),
  );
}

/** Loads every chart for the filters; one banner and one retry for whatever failed. */
async function refresh(): Promise<void> {
  banner.hidden = true;
  const programFilter = toProgramFilter(filter);
  const results = await Promise.allSettled([
    loadCounts(programFilter),
    ...cards.map((card) => card.load(programFilter)),
  ]);
  const failures = results.flatMap((result) =>
    result.status === 'rejected' ? [result.reason as unknown] : [],
  );
  if (failures.length === 0) return;
  const first = failures[0];
  const message = first instanceof Error ? first.message : String(first);
  const code = first instanceof ApiError && first.code ? ` (${first.code})` : '';
  const retry = h('button', { type: 'button', class: 'retry' }, 'Try again');
  // The filters' vocabularies come back with the database too.
  retry.addEventListener(
    'click',
    () => void (optionsLoaded ? refresh() : buildFilters().then(refresh)),
  );
  replace(
    banner,
    h(
      'p',
      {},
      `Could not load ${failures.length === results.length ? 'the dashboard' : plural(failures.length, 'part of the dashboard', 'parts of the dashboard')}: ${message}${code}`,
    ),
    retry,
  );
  banner.hidden = false;
}

function setFilter(next: FilterState): void {
  filter = next;
  const query = writeFilter(filter).toString();
  window.history.replaceState(null, '', `/dashboard${query ? `?${query}` : ''}`);
  void refresh();
}

/** True once the filters' vocabularies and years have been read. */
let optionsLoaded = false;

/** The filter form: years, kinds, statuses, a disease area and an aspect. */
async function buildFilters(): Promise<void> {
  let options: DashboardFilterOptionsQuery | null = null;
  try {
    options = await runQuery(FilterOptionsQuery, {});
    optionsLoaded = true;
  } catch {
    // The banner says why; the form offers what it can (kinds and statuses).
  }
  for (const term of [...(options?.diseaseAreas ?? []), ...(options?.cooperationAspects ?? [])])
    names.set(term.id, term.name);
  const years = (options?.stats.programsByYear ?? []).map((row) => row.year);
  const yearSelect = (id: string, label: string, value: number | null) =>
    h(
      'label',
      { class: 'filter-field' },
      h('span', {}, label),
      h(
        'select',
        { id, name: id },
        h('option', { value: '' }, 'any'),
        ...years.map((year) =>
          h('option', { value: String(year), selected: year === value }, String(year)),
        ),
      ),
    );
  const termSelect = (
    id: string,
    label: string,
    terms: { id: string; name: string }[],
    value: string | null,
  ) =>
    h(
      'label',
      { class: 'filter-field' },
      h('span', {}, label),
      h(
        'select',
        { id, name: id },
        h('option', { value: '' }, 'any'),
        ...terms.map((term) =>
          h('option', { value: term.id, selected: term.id === value }, term.name),
        ),
      ),
    );
  const checks = <T extends string>(
    legend: string,
    name: string,
    values: readonly T[],
    chosen: T[],
    label: (v: T) => string,
  ) =>
    h(
      'fieldset',
      { class: 'filter-checks' },
      h('legend', {}, legend),
      ...values.map((value) =>
        h(
          'label',
          {},
          h('input', { type: 'checkbox', name, value, checked: chosen.includes(value) }),
          label(value),
        ),
      ),
    );
  const reset = h('button', { type: 'button', class: 'secondary' }, 'Clear filters');
  reset.addEventListener('click', () => {
    filterForm.reset();
    for (const box of filterForm.querySelectorAll('input[type="checkbox"]'))
      (box as HTMLInputElement).checked = false;
    for (const select of filterForm.querySelectorAll('select')) select.value = '';
    setFilter({ ...NO_FILTER });
  });
  replace(
    filterForm,
    yearSelect('from', 'Started from', filter.fromYear),
    yearSelect('to', 'to', filter.toYear),
    checks('Kind', 'kind', PROGRAM_KINDS, filter.kinds, (k) => KIND_NAMES[k][0]),
    checks('Status', 'status', PROGRAM_STATUSES, filter.statuses, (s) => STATUS_NAMES[s]),
    termSelect('area', 'Disease area', options?.diseaseAreas ?? [], filter.area),
    termSelect('aspect', 'Aspect', options?.cooperationAspects ?? [], filter.aspect),
    reset,
  );
}

filterForm.addEventListener('change', () => {
  const form = new FormData(filterForm);
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' && value !== '' ? value : null;
  };
  setFilter({
    ...filter,
    fromYear: text('from') === null ? null : Number(text('from')),
    toYear: text('to') === null ? null : Number(text('to')),
    kinds: PROGRAM_KINDS.filter((k) => form.getAll('kind').includes(k)),
    statuses: PROGRAM_STATUSES.filter((s) => form.getAll('status').includes(s)),
    area: text('area'),
    aspect: text('aspect'),
  });
});

hideGraphiqlLinksWhereOff();
const header = siteHeader('/dashboard');
applyChartTheme();
onThemeChange(() => {
  applyChartTheme();
  for (const card of cards) card.redraw();
});
replace(
  byId('app', HTMLDivElement),
  header,
  h(
    'main',
    { class: 'dashboard' },
    h('h1', {}, 'Cooperation at a glance'),
    banner,
    counts,
    filterForm,
    matching,
    h('div', { class: 'cards' }, ...cards.map((card) => card.element)),
  ),
);
void buildFilters().then(() => refresh());
