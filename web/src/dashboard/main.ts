import '../shared/common.css';
import './dashboard.css';

import type { AnyVariables } from '@urql/core';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { ChartConfiguration } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';

import { runQuery } from '../api/client';
import { byId, h, replace } from '../shared/dom';
import { hideGraphiqlLinksWhereOff } from '../shared/graphiqlLinks';
import { siteHeader } from '../shared/header';
import { showError } from '../shared/status';
import type { ChartSpec } from './chartCard';
import { chartCard } from './chartCard';
import {
  CollaborationMatrixQuery,
  CountsQuery,
  OrganizationsByPartnersQuery,
  ProgramsByAspectQuery,
  ProgramsByDiseaseAreaQuery,
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

/** Organizations in the ranking and the matrix. */
const TOP = 10;
const MATRIX_SIZE = 8;
/**
 * Vocabulary terms per chart: a curated vocabulary may hold hundreds, and a chart of all of them
 * (most with no program) cannot be read. Terms with no program are left out.
 */
const TOP_TERMS = 15;

/** A bar chart of labelled counts; horizontal bars read better for long names. */
function bars(
  canvas: HTMLCanvasElement,
  labels: string[],
  values: number[],
  options: { label: string; colour: string; horizontal: boolean },
): () => void {
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: options.label,
          data: values,
          backgroundColor: options.colour,
          maxBarThickness: 32,
        },
      ],
    },
    options: {
      indexAxis: options.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
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

const shortName = (org: { name: string; acronym: string | null }) => org.acronym ?? org.name;

/** A card with a bar chart of labelled counts, its table holding the same rows. */
function barCard<Data, Variables extends AnyVariables>(
  spec: Omit<ChartSpec<Data, Variables>, 'table' | 'draw'> & {
    columns: [string, string];
    rows: (data: Data) => [string, number][];
    colour: string;
    horizontal: boolean;
  },
): HTMLElement {
  return chartCard({
    ...spec,
    table: (data) => ({ columns: spec.columns, rows: spec.rows(data) }),
    draw: (canvas, data) => {
      const rows = spec.rows(data);
      return bars(
        canvas,
        rows.map(([label]) => label),
        rows.map(([, value]) => value),
        { label: spec.columns[1], colour: spec.colour, horizontal: spec.horizontal },
      );
    },
  });
}

function matrix(canvas: HTMLCanvasElement, names: string[], programs: number[][]): () => void {
  const cells = programs.flatMap((row, i) =>
    row.map((v, j) => ({ x: names[j] ?? '', y: names[i] ?? '', v })),
  );
  const max = Math.max(1, ...cells.map((cell) => cell.v));
  const chart = new Chart(canvas, {
    type: 'matrix',
    data: {
      datasets: [
        {
          label: 'Shared programs',
          data: cells,
          backgroundColor: (context) => {
            const v = cells[context.dataIndex]?.v ?? 0;
            return v === 0 ? '#f1f5f9' : `rgba(29, 78, 216, ${0.2 + (0.8 * v) / max})`;
          },
          borderColor: '#ffffff',
          borderWidth: 1,
          width: ({ chart: c }) => (c.chartArea ? c.chartArea.width / names.length - 1 : 0),
          height: ({ chart: c }) => (c.chartArea ? c.chartArea.height / names.length - 1 : 0),
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: () => '',
            label: (context) => {
              const cell = cells[context.dataIndex];
              return cell ? `${cell.y} & ${cell.x}: ${cell.v} shared programs` : '';
            },
          },
        },
      },
      scales: {
        x: {
          type: 'category',
          labels: names,
          offset: true,
          grid: { display: false },
          ticks: { callback: shortTick(names) },
        },
        y: {
          type: 'category',
          labels: names,
          // Rows top to bottom in ranking order, as in the data table (the matrix default is
          // bottom to top).
          reverse: false,
          offset: true,
          grid: { display: false },
          ticks: { callback: shortTick(names) },
        },
      },
    },
  });
  return () => chart.destroy();
}

const counts = h('section', { class: 'counts', 'aria-label': 'Totals' });

async function loadCounts(): Promise<void> {
  try {
    const data = await runQuery(CountsQuery, {});
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
  } catch (error) {
    showError(counts, error, () => void loadCounts());
  }
}

hideGraphiqlLinksWhereOff();
replace(
  byId('app', HTMLDivElement),
  siteHeader('/dashboard'),
  h(
    'main',
    { class: 'dashboard' },
    h('h1', {}, 'Cooperation at a glance'),
    counts,
    h(
      'div',
      { class: 'cards' },
      barCard({
        key: 'disease-areas',
        title: 'Programs per disease area',
        description: `The ${TOP_TERMS} disease areas most programs focus on.`,
        document: ProgramsByDiseaseAreaQuery,
        variables: { first: TOP_TERMS },
        columns: ['Disease area', 'Programs'],
        rows: (data) =>
          data.stats.programsByDiseaseArea
            .filter((r) => r.programs > 0)
            .map((r) => [r.area.name, r.programs]),
        colour: '#dc2626',
        horizontal: true,
      }),
      barCard({
        key: 'aspects',
        title: 'Programs per cooperation aspect',
        description: `The ${TOP_TERMS} kinds of cooperation most programs cover.`,
        document: ProgramsByAspectQuery,
        variables: { first: TOP_TERMS },
        columns: ['Cooperation aspect', 'Programs'],
        rows: (data) =>
          data.stats.programsByAspect
            .filter((r) => r.programs > 0)
            .map((r) => [r.aspect.name, r.programs]),
        colour: '#0d9488',
        horizontal: true,
      }),
      barCard({
        key: 'years',
        title: 'Programs per start year',
        description:
          'Programs by the year they started (programs without a start date are left out).',
        document: ProgramsByYearQuery,
        variables: {},
        columns: ['Year', 'Programs'],
        rows: (data) => data.stats.programsByYear.map((r) => [String(r.year), r.programs]),
        colour: '#16a34a',
        horizontal: false,
      }),
      barCard({
        key: 'partners',
        title: 'Organizations by number of partners',
        description: `The ${TOP} organizations sharing programs with the most other organizations.`,
        document: OrganizationsByPartnersQuery,
        variables: { first: TOP },
        columns: ['Organization', 'Partners'],
        rows: (data) =>
          data.stats.organizationsByPartners.map((r) => [r.organization.name, r.partners]),
        colour: '#ea580c',
        horizontal: true,
      }),
      chartCard({
        key: 'matrix',
        title: 'Collaboration between top organizations',
        description: `Shared programs between each pair of the ${MATRIX_SIZE} organizations with the most partners.`,
        document: CollaborationMatrixQuery,
        variables: { first: MATRIX_SIZE },
        table: (data) => {
          const { organizations, programs } = data.stats.collaborationMatrix;
          return {
            columns: ['Organization', ...organizations.map(shortName)],
            rows: organizations.map((org, i) => [org.name, ...(programs[i] ?? [])]),
          };
        },
        draw: (canvas, data) => {
          const { organizations, programs } = data.stats.collaborationMatrix;
          return matrix(canvas, organizations.map(shortName), programs);
        },
      }),
    ),
  ),
);
void loadCounts();
