import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import Papa from 'papaparse';

import { graphiqlLink, operationText, runQuery } from '../api/client';
import type { ProgramFilter } from '../generated/graphql';
import { h, replace } from '../shared/dom';
import { openInGraphiql } from '../shared/graphiqlLinks';
import { showLoading } from '../shared/status';

/** A chart's data as a table: what the CSV export and the accessible data view show. */
export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
  /** Per row, where a click on it leads (the matching list or the explorer), if anywhere. */
  links?: (string | null)[];
  /** Per row and value column, where a click on the value leads (a matrix cell's programs). */
  cellLinks?: (string | null)[][];
}

/** One dashboard chart: the operation behind it, its table, and how to draw it. */
export interface ChartSpec<Data, Variables extends AnyVariables> {
  /** Used for the element id (`chart-<key>`) and the download file names. */
  key: string;
  title: string;
  /** The subtitle: what the chart shows, from its data ("4 disease areas"). */
  describe(data: Data): string;
  document: TypedDocumentNode<Data, Variables>;
  variables(filter: ProgramFilter | null): Variables;
  table(data: Data): ChartTable;
  /** Draws the chart on the canvas; `open` follows a row's link. Returns a function that destroys it. */
  draw(canvas: HTMLCanvasElement, data: Data, open: (row: number) => void): () => void;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the blob after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function dataTable(title: string, table: ChartTable): HTMLTableElement {
  return h(
    'table',
    { class: 'data' },
    h('caption', {}, title),
    h(
      'thead',
      {},
      h('tr', {}, ...table.columns.map((column) => h('th', { scope: 'col' }, column))),
    ),
    h(
      'tbody',
      {},
      ...table.rows.map((row, r) =>
        h(
          'tr',
          {},
          ...row.map((cell, i) => {
            if (i > 0) {
              const link = table.cellLinks?.[r]?.[i - 1];
              return h('td', {}, link ? h('a', { href: link }, cell) : cell);
            }
            const link = table.links?.[r];
            return h('th', { scope: 'row' }, link ? h('a', { href: link }, cell) : cell);
          }),
        ),
      ),
    ),
  );
}

/** A dashboard card: loads and draws one chart, and says when it could not. */
export interface Card {
  element: HTMLElement;
  /** Loads the chart for a filter; rejects (after greying the card) when the data cannot be had. */
  load(filter: ProgramFilter | null): Promise<void>;
  /** Draws the loaded chart again (the theme changed). */
  redraw(): void;
}

/**
 * A card with the chart, its data table (each row linked where the chart's bars lead), the
 * GraphQL operation behind it (shown, downloadable, openable in GraphiQL) and a CSV export of its
 * data. A failed load greys the card and leaves the message to the page's one banner.
 */
export function chartCard<Data, Variables extends AnyVariables>(
  spec: ChartSpec<Data, Variables>,
): Card {
  const query = operationText(spec.document);
  const body = h('div', { class: 'chart-body' });
  const subtitle = h('p', { class: 'muted subtitle' }, '');
  const csvButton = h(
    'button',
    { type: 'button', class: 'secondary', disabled: true },
    'Download CSV',
  );
  const queryButton = h('button', { type: 'button', class: 'secondary' }, 'Download query');
  queryButton.addEventListener('click', () =>
    download(`${spec.key}.graphql`, 'application/graphql', query),
  );
  const graphiql = openInGraphiql(graphiqlLink(spec.document, spec.variables(null)));
  let table: ChartTable | null = null;
  let loaded: Data | null = null;
  csvButton.addEventListener('click', () => {
    if (table)
      download(
        `${spec.key}.csv`,
        'text/csv',
        Papa.unparse({ fields: table.columns, data: table.rows }),
      );
  });
  let destroy: (() => void) | null = null;
  const element = h(
    'section',
    { class: 'card', id: `chart-${spec.key}`, 'aria-labelledby': `chart-${spec.key}-title` },
    h('h2', { id: `chart-${spec.key}-title` }, spec.title),
    subtitle,
    body,
    h('div', { class: 'card-actions' }, csvButton, queryButton, graphiql),
    h(
      'details',
      { class: 'query-view' },
      h('summary', {}, 'GraphQL query'),
      h('pre', {}, h('code', {}, query)),
    ),
  );

  const draw = (data: Data) => {
    destroy?.();
    destroy = null;
    table = spec.table(data);
    subtitle.textContent = spec.describe(data);
    if (table.rows.length === 0) {
      replace(body, h('p', { class: 'status' }, 'No programs match.'));
      return;
    }
    const canvas = h('canvas', {
      role: 'img',
      'aria-label': `${spec.title}: chart; the data table below lists its numbers`,
    });
    const links = table.links;
    replace(
      body,
      h('div', { class: 'chart-box' }, canvas),
      h('details', { class: 'data-view' }, h('summary', {}, 'Data'), dataTable(spec.title, table)),
    );
    destroy = spec.draw(canvas, data, (row) => {
      const link = links?.[row];
      if (link) window.location.assign(link);
    });
    csvButton.disabled = false;
  };

  return {
    element,
    async load(filter) {
      element.classList.remove('unavailable');
      csvButton.disabled = true;
      showLoading(body, 'the chart');
      const variables = spec.variables(filter);
      graphiql.href = graphiqlLink(spec.document, variables);
      try {
        loaded = await runQuery(spec.document, variables);
        draw(loaded);
      } catch (error) {
        destroy?.();
        destroy = null;
        element.classList.add('unavailable');
        replace(body, h('p', { class: 'status' }, 'Not loaded: see the message at the top.'));
        throw error;
      }
    },
    redraw() {
      if (loaded !== null && !element.classList.contains('unavailable')) draw(loaded);
    },
  };
}
