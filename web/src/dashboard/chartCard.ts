import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import Papa from 'papaparse';

import { graphiqlLink, operationText, runQuery } from '../api/client';
import { h, replace } from '../shared/dom';
import { openInGraphiql } from '../shared/graphiqlLinks';
import { showError, showLoading } from '../shared/status';

/** A chart's data as a table: what the CSV export and the accessible data view show. */
export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/** One dashboard chart: the operation behind it, its table, and how to draw it. */
export interface ChartSpec<Data, Variables extends AnyVariables> {
  /** Used for the element id (`chart-<key>`) and the download file names. */
  key: string;
  title: string;
  description: string;
  document: TypedDocumentNode<Data, Variables>;
  variables: Variables;
  table(data: Data): ChartTable;
  /** Draws the chart on the canvas; returns a function that destroys it. */
  draw(canvas: HTMLCanvasElement, data: Data): () => void;
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
      ...table.rows.map((row) =>
        h(
          'tr',
          {},
          ...row.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))),
        ),
      ),
    ),
  );
}

/**
 * A card with the chart, its data table, the GraphQL operation behind it (shown, downloadable,
 * and openable in GraphiQL) and a CSV export of its data; loading and error states included.
 */
export function chartCard<Data, Variables extends AnyVariables>(
  spec: ChartSpec<Data, Variables>,
): HTMLElement {
  const query = operationText(spec.document);
  const body = h('div', { class: 'chart-body' });
  const csvButton = h(
    'button',
    { type: 'button', class: 'secondary', disabled: true },
    'Download CSV',
  );
  const queryButton = h('button', { type: 'button', class: 'secondary' }, 'Download query');
  queryButton.addEventListener('click', () =>
    download(`${spec.key}.graphql`, 'application/graphql', query),
  );
  let table: ChartTable | null = null;
  csvButton.addEventListener('click', () => {
    if (table)
      download(
        `${spec.key}.csv`,
        'text/csv',
        Papa.unparse({ fields: table.columns, data: table.rows }),
      );
  });
  let destroy: (() => void) | null = null;

  const load = async () => {
    destroy?.();
    destroy = null;
    csvButton.disabled = true;
    showLoading(body, 'the chart');
    try {
      const data = await runQuery(spec.document, spec.variables);
      table = spec.table(data);
      if (table.rows.length === 0) {
        replace(body, h('p', { class: 'status' }, 'No data yet.'));
        return;
      }
      const canvas = h('canvas', {
        role: 'img',
        'aria-label': `${spec.title}: chart; the data table below lists its numbers`,
      });
      replace(
        body,
        h('div', { class: 'chart-box' }, canvas),
        h(
          'details',
          { class: 'data-view' },
          h('summary', {}, 'Data'),
          dataTable(spec.title, table),
        ),
      );
      destroy = spec.draw(canvas, data);
      csvButton.disabled = false;
    } catch (error) {
      showError(body, error, () => void load());
    }
  };
  void load();

  return h(
    'section',
    { class: 'card', id: `chart-${spec.key}`, 'aria-labelledby': `chart-${spec.key}-title` },
    h('h2', { id: `chart-${spec.key}-title` }, spec.title),
    h('p', { class: 'muted' }, spec.description),
    body,
    h(
      'div',
      { class: 'card-actions' },
      csvButton,
      queryButton,
      openInGraphiql(graphiqlLink(spec.document, spec.variables)),
    ),
    h(
      'details',
      { class: 'query-view' },
      h('summary', {}, 'GraphQL query'),
      h('pre', {}, h('code', {}, query)),
    ),
  );
}
