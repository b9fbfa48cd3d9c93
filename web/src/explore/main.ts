import '../shared/common.css';
import './explore.css';

import { graphiqlLink, runQuery } from '../api/client';
import type { ConnectEntitiesQuery, EntityLabelFragment } from '../generated/graphql';
import { byId, h, replace } from '../shared/dom';
import { hideGraphiqlLinksWhereOff, openInGraphiql } from '../shared/graphiqlLinks';
import { siteHeader } from '../shared/header';
import { showError, showLoading } from '../shared/status';
import { ENTITY_TYPES, entityName, relationshipLabel } from './entity';
import type { EdgeInfo, SeenRelationship } from './graphView';
import { edgeOf, GraphView } from './graphView';
import type { PanelHandlers } from './panel';
import { edgePanel, edgeTitle, entityPanel } from './panel';
import {
  ConnectEntitiesQuery as ConnectDocument,
  EntityDetailsQuery,
  NeighboursQuery,
} from './queries';
import { searchBox } from './searchBox';

/** Neighbours per expansion: a hub shows this many, then a "more" node pages the rest. */
const PAGE_SIZE = 25;

const app = byId('app', HTMLDivElement);
const status = h('div', { class: 'graph-status', 'aria-live': 'polite' });
const canvas = h('div', {
  id: 'cy',
  class: 'cy',
  role: 'img',
  'aria-label': 'Network view of the graph',
});
const panel = h('aside', {
  id: 'panel',
  class: 'panel',
  'aria-labelledby': 'panel-title',
  tabindex: '-1',
});
const legend = h(
  'ul',
  { class: 'legend', 'aria-label': 'Node colours' },
  ...Object.values(ENTITY_TYPES)
    // Sources and terms are rarely drawn (terms only through designations): one line of legend.
    .filter((type) => type.label !== 'Source' && type.label !== 'Term')
    .map((type) =>
      h('li', {}, h('span', { class: 'swatch', style: `background:${type.colour}` }), type.label),
    ),
);

/** Per expanded entity: how many neighbours it has, and how many of them are drawn. */
const expansions = new Map<string, { total: number; shown: number }>();
const loading = new Set<string>();
let selected: string | null = null;
let connectFrom: EntityLabelFragment | null = null;
let connectTo: EntityLabelFragment | null = null;

const handlers: PanelHandlers = {
  onEntity: (id) => void selectEntity(id),
  onEdge: (edge) => selectEdge(edge),
  onConnectFrom: (entity) => {
    connectFrom = entity;
    fromBox.input.value = entityName(entity);
    connectDetails.open = true;
    toBox.input.focus();
  },
};

const mainSearch = searchBox({
  label: 'Find a person, organization, program…',
  placeholder: 'e.g. Li Jun, AHMU, BGI',
  onPick: (entity) => void focusOn(entity),
});
const fromBox = searchBox({
  label: 'From',
  placeholder: 'first entity',
  onPick: (entity) => (connectFrom = entity),
});
const toBox = searchBox({
  label: 'To',
  placeholder: 'second entity',
  onPick: (entity) => (connectTo = entity),
});
const connectButton = h('button', { type: 'submit' }, 'Connect');
const connectForm = h(
  'form',
  { class: 'connect-form' },
  fromBox.element,
  toBox.element,
  connectButton,
);
connectForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void connect();
});
const connectDetails = h(
  'details',
  { class: 'connect' },
  h('summary', {}, 'Connect two entities'),
  connectForm,
);

hideGraphiqlLinksWhereOff();
replace(
  app,
  siteHeader('/explore'),
  h(
    'main',
    { class: 'explorer' },
    h('section', { class: 'toolbar', 'aria-label': 'Search' }, mainSearch.element, connectDetails),
    h('section', { class: 'graph-area', 'aria-label': 'Graph' }, canvas, status, legend),
    panel,
  ),
);
replace(
  panel,
  h(
    'div',
    { class: 'intro' },
    h('h2', { id: 'panel-title' }, 'Explore the cooperation graph'),
    h(
      'p',
      {},
      'Search for an entity to draw it with its neighbours. Click a node to expand it and see its properties; click an edge (or “Evidence”) to read the quotation that states it.',
    ),
  ),
);

// Cytoscape measures its container when created: the container must be in the page by then.
const graph = new GraphView(canvas, {
  onEntity: (id) => void selectEntity(id),
  onEdge: (edge) => selectEdge(edge),
  onMore: (id, after) => void expand(id, after),
});

function setStatus(text: string): void {
  status.textContent = text;
}

/** Draws an entity alone at the centre, then selects and expands it. */
async function focusOn(entity: EntityLabelFragment): Promise<void> {
  expansions.clear();
  graph.reset(entity);
  const url = new URL(window.location.href);
  url.searchParams.set('id', entity.id);
  window.history.replaceState(null, '', url);
  await selectEntity(entity.id);
}

/** Loads the next page of an entity's neighbours into the graph. */
async function expand(id: string, after: string | null = null): Promise<void> {
  if (loading.has(id)) return;
  loading.add(id);
  setStatus('Loading neighbours…');
  try {
    const data = await runQuery(NeighboursQuery, { id, first: PAGE_SIZE, after });
    const page = data.neighbours;
    const entity = graph.entity(id);
    if (!page || !entity) {
      setStatus('That entity no longer exists.');
      return;
    }
    const relationships: SeenRelationship[] = page.nodes.map((n) => ({
      entity,
      neighbour: n.node,
      relationship: n.relationship,
      outgoing: n.outgoing,
      qualifier: n.qualifier,
      evidence: n.evidence,
    }));
    const shown = (after === null ? 0 : (expansions.get(id)?.shown ?? 0)) + page.nodes.length;
    const next = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    expansions.set(id, { total: page.totalCount, shown });
    graph.addNeighbours(
      id,
      relationships,
      next ? { cursor: next, remaining: page.totalCount - shown } : null,
    );
    const size = graph.size();
    setStatus(
      `${size.entities} entities, ${size.relationships} relationships drawn` +
        (next ? ` · ${page.totalCount - shown} more neighbours of ${entityName(entity)}` : ''),
    );
    if (selected === id) await renderEntity(id);
  } catch (error) {
    setStatus('');
    showError(status, error, () => void expand(id, after));
  } finally {
    loading.delete(id);
  }
}

/** Shows an entity in the panel and expands it the first time it is chosen. */
async function selectEntity(id: string): Promise<void> {
  selected = id;
  graph.select(id);
  const expanding = expansions.has(id) ? Promise.resolve() : expand(id);
  await Promise.all([renderEntity(id), expanding]);
}

async function renderEntity(id: string): Promise<void> {
  showLoading(panel, 'details');
  try {
    const data = await runQuery(EntityDetailsQuery, { id });
    if (selected !== id) return;
    if (!data.node) {
      replace(
        panel,
        h('p', { class: 'status status-error', role: 'alert' }, `No entity has the id ${id}.`),
      );
      return;
    }
    const total = expansions.get(id)?.total ?? null;
    replace(panel, entityPanel(data.node, graph.relationshipsOf(id), total, handlers));
  } catch (error) {
    showError(panel, error, () => void renderEntity(id));
  }
}

function selectEdge(edge: EdgeInfo): void {
  selected = edge.id;
  graph.select(edge.id);
  replace(panel, edgePanel(edge, handlers));
  panel.focus();
}

/** Draws the shortest paths between the two chosen entities. */
async function connect(): Promise<void> {
  if (!connectFrom || !connectTo) {
    replace(
      panel,
      h(
        'p',
        { class: 'status status-error', role: 'alert' },
        'Pick both entities from the search hits first.',
      ),
    );
    return;
  }
  const variables = { from: connectFrom.id, to: connectTo.id };
  showLoading(panel, 'paths');
  try {
    const data = await runQuery(ConnectDocument, variables);
    const found = data.connection;
    if (!found) {
      replace(
        panel,
        h(
          'p',
          { class: 'status status-error', role: 'alert' },
          'One of the entities no longer exists.',
        ),
      );
      return;
    }
    if (!graph.has(found.from.id)) {
      expansions.clear();
      graph.reset(found.from);
    }
    const steps = found.paths.flatMap((path) => path.steps.map(stepAsRelationship));
    graph.showPaths(steps);
    replace(panel, pathsPanel(found, graphiqlLink(ConnectDocument, variables)));
  } catch (error) {
    showError(panel, error, () => void connect());
  }
}

type Step = NonNullable<ConnectEntitiesQuery['connection']>['paths'][number]['steps'][number];

function stepAsRelationship(step: Step): SeenRelationship {
  return {
    entity: step.from,
    neighbour: step.to,
    relationship: step.relationship,
    outgoing: step.forward,
    qualifier: step.qualifier,
    evidence: step.evidence,
  };
}

function pathsPanel(
  found: NonNullable<ConnectEntitiesQuery['connection']>,
  link: string,
): HTMLElement {
  const title = `${entityName(found.from)} ↔ ${entityName(found.to)}`;
  if (found.hops === null) {
    return h(
      'div',
      {},
      h('h2', { id: 'panel-title' }, title),
      h('p', {}, 'No connection within 4 relationships.'),
      h('p', {}, openInGraphiql(link)),
    );
  }
  return h(
    'div',
    { class: 'paths-panel' },
    h('h2', { id: 'panel-title' }, title),
    h(
      'p',
      {},
      `${found.paths.length} shortest path${found.paths.length === 1 ? '' : 's'} of ${found.hops} relationship${found.hops === 1 ? '' : 's'}.`,
    ),
    h('p', {}, openInGraphiql(link)),
    ...found.paths.map((path, i) =>
      h(
        'section',
        { class: 'path' },
        h('h3', {}, `Path ${i + 1}`),
        h(
          'ol',
          {},
          ...path.steps.map((step) => {
            const edge = edgeOf(stepAsRelationship(step));
            const button = h(
              'button',
              { type: 'button', class: 'link' },
              `${entityName(step.from)} ${step.description} ${entityName(step.to)}`,
            );
            button.setAttribute('aria-label', `Evidence: ${edgeTitle(edge)}`);
            button.title = relationshipLabel(step.relationship, step.qualifier);
            button.addEventListener('click', () => selectEdge(edge));
            return h('li', {}, button);
          }),
        ),
      ),
    ),
  );
}

// A link such as /explore?id=person/li-jun opens that entity.
const initial = new URL(window.location.href).searchParams.get('id');
if (initial) {
  void (async () => {
    try {
      const data = await runQuery(EntityDetailsQuery, { id: initial });
      if (data.node) await focusOn(data.node);
      else
        replace(
          panel,
          h(
            'p',
            { class: 'status status-error', role: 'alert' },
            `No entity has the id ${initial}.`,
          ),
        );
    } catch (error) {
      showError(panel, error);
    }
  })();
} else {
  mainSearch.input.focus();
}
