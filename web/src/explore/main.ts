import '../shared/common.css';
import './explore.css';

import { ApiError, graphiqlLink, runQuery } from '../api/client';
import type {
  ConnectEntitiesQuery,
  EntityType,
  NeighboursQuery as NeighboursData,
} from '../generated/graphql';
import { byId, h, replace } from '../shared/dom';

/** A count of an entity's neighbours of one type (`NeighbourConnection.groups`). */
type NeighbourGroup = NonNullable<NeighboursData['neighbours']>['groups'][number];
import { hideGraphiqlLinksWhereOff, openInGraphiql } from '../shared/graphiqlLinks';
import { siteHeader } from '../shared/header';
import { showError, showLoading } from '../shared/status';
import { onThemeChange } from '../shared/theme';
import type { Entity, PositionEntity } from './entity';
import { ENTITY_TYPES, entityName, NODE_TYPES, positionWords, typeClass } from './entity';
import { download, edgesCsv, graphJson, nodesCsv } from './exportGraph';
import type { DrawnEdge, LayoutName } from './graphView';
import { GraphView, LAYOUTS, positionEdge, relationshipId } from './graphView';
import type { EntityViewState, PanelHandlers } from './panel';
import { edgePanel, edgeTitle, entityPanel } from './panel';
import {
  ConnectEntitiesQuery as ConnectDocument,
  EntityDetailsQuery,
  EntityTimelineQuery,
  NeighboursQuery,
} from './queries';
import { searchBox } from './searchBox';
import { timelineItems, timelineView } from './timeline';
import type { Expansion, ViewState } from './viewState';
import {
  DEFAULT_HOPS,
  emptyView,
  MAX_HOPS,
  parseViewState,
  serializeViewState,
  withExpansion,
} from './viewState';

/** Neighbours per page: an entity with more shows its groups, each paged this many at a time. */
const PAGE_SIZE = 25;

type Neighbour = NonNullable<NeighboursData['neighbours']>['nodes'][number];
type Connection = NonNullable<ConnectEntitiesQuery['connection']>;
type Step = Connection['paths'][number]['steps'][number];

/** Where a page of neighbours stands: how many are drawn, of how many, and the next cursor. */
interface Paging {
  /** True when the entity showed its groups instead of a first page. */
  grouped: boolean;
  shown: number;
  total: number;
  cursor: string | null;
  pages: number;
}

let view: ViewState = emptyView();
const pagings = new Map<string, Paging>();
const groups = new Map<string, NeighbourGroup[]>();
const loading = new Set<string>();
let restoring = false;
let restores = 0;
let connectFrom: Entity | null = null;
let connectTo: Entity | null = null;
let pathEdges: string[] = [];

const pagingKey = (id: string, type: EntityType | null) => `${id}:${type ?? '*'}`;

const app = byId('app', HTMLDivElement);
const status = h('div', { class: 'graph-status', role: 'status', 'aria-live': 'polite' });
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
  // Terms are rarely drawn (only through designations): the legend stays on one line.
  ...NODE_TYPES.filter((name) => name !== 'Term').map((name) =>
    h('li', {}, h('span', { class: `swatch ${typeClass(name)}` }), ENTITY_TYPES[name].label),
  ),
  h('li', {}, h('span', { class: 'swatch dash t-Position' }), 'Position (dashed edge)'),
);

const handlers: PanelHandlers = {
  onEntity: (id) => void selectEntity(id),
  onEdge: (edge) => void selectEdge(edge),
  onConnectFrom: (entity) => {
    connectFrom = entity.__typename === 'Position' ? personOf(entity) : entity;
    fromBox.input.value = entityName(connectFrom);
    connectDetails.open = true;
    toBox.input.focus();
  },
  onGroup: (id, type) => void expand(id, type),
  onPin: (id) => togglePin(id),
  onHide: (id) => hide(id),
  onCollapse: (id) => collapse(id),
  onTimeline: (id, target) => void showTimeline(id, target),
};

const personOf = (position: PositionEntity): Entity => ({
  __typename: 'Person',
  id: position.person.id,
  name: position.person.name,
});

// ---- toolbar -------------------------------------------------------------------------------

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
const hopsSelect = h(
  'select',
  { id: 'hops', 'aria-label': 'Within how many relationships' },
  ...Array.from({ length: MAX_HOPS }, (_, i) =>
    h('option', { value: String(i + 1), selected: i + 1 === DEFAULT_HOPS }, `within ${i + 1}`),
  ),
);
const connectButton = h('button', { type: 'submit' }, 'Connect');
const connectForm = h(
  'form',
  { class: 'connect-form' },
  fromBox.element,
  toBox.element,
  h('label', { class: 'hops' }, h('span', {}, 'Relationships'), hopsSelect),
  connectButton,
);
connectForm.addEventListener('submit', (event) => {
  event.preventDefault();
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
  void connect(connectFrom.id, connectTo.id, Number(hopsSelect.value));
});
const connectDetails = h(
  'details',
  { class: 'connect tool' },
  h('summary', {}, 'Connect two entities'),
  connectForm,
);

const layoutSelect = h(
  'select',
  { id: 'layout', 'aria-label': 'Layout' },
  ...Object.entries(LAYOUTS).map(([value, label]) => h('option', { value }, label)),
);
layoutSelect.addEventListener('change', () => {
  view = { ...view, layout: layoutSelect.value as LayoutName };
  graph.layout(view.layout);
  syncUrl();
});
const fitButton = h('button', { type: 'button', class: 'secondary small' }, 'Fit');
fitButton.addEventListener('click', () => graph.fit());
const centerButton = h('button', { type: 'button', class: 'secondary small' }, 'Center');
centerButton.addEventListener('click', () => graph.center(view.selected ?? view.focus));

const asOfInput = h('input', { type: 'date', id: 'as-of', 'aria-label': 'As of date' });
const asOfClear = h('button', { type: 'button', class: 'secondary small' }, 'Any date');
asOfInput.addEventListener('change', () => void setAsOf(asOfInput.value || null));
asOfClear.addEventListener('click', () => void setAsOf(null));

const typeFilters = NODE_TYPES.map((name) => {
  const box = h('input', { type: 'checkbox', value: name, checked: true });
  box.addEventListener('change', () => updateFilters());
  return { name, box };
});
const relationshipFilters = [
  'POSITION',
  'HAS_PARTY',
  'HAS_ROLE_IN',
  'PARTICIPATED_IN',
  'UNIT_OF',
  'PART_OF',
  'HOSTED_BY',
  'VISITED',
  'PRODUCED',
  'FOCUSES_ON',
  'COVERS_ASPECT',
  'LOCATED_IN',
].map((name) => {
  const box = h('input', { type: 'checkbox', value: name, checked: true });
  box.addEventListener('change', () => updateFilters());
  return { name, box };
});
const RELATIONSHIP_NAMES: Record<string, string> = {
  POSITION: 'positions',
  HAS_PARTY: 'parties',
  HAS_ROLE_IN: 'roles in programs',
  PARTICIPATED_IN: 'taking part in events',
  UNIT_OF: 'units',
  PART_OF: 'parts',
  HOSTED_BY: 'hosts',
  VISITED: 'visits',
  PRODUCED: 'produced',
  FOCUSES_ON: 'disease areas',
  COVERS_ASPECT: 'aspects',
  LOCATED_IN: 'places',
};
const filterDetails = h(
  'details',
  { class: 'filters tool' },
  h('summary', {}, 'Filters'),
  h(
    'fieldset',
    {},
    h('legend', {}, 'Entities'),
    ...typeFilters.map(({ name, box }) =>
      h(
        'label',
        {},
        box,
        h('span', { class: `swatch ${typeClass(name)}` }),
        ENTITY_TYPES[name].plural,
      ),
    ),
  ),
  h(
    'fieldset',
    {},
    h('legend', {}, 'Relationships'),
    ...relationshipFilters.map(({ name, box }) =>
      h('label', {}, box, RELATIONSHIP_NAMES[name] ?? name),
    ),
  ),
);
const hiddenButton = h('button', { type: 'button', class: 'secondary small', hidden: true }, '');
hiddenButton.addEventListener('click', () => {
  view = { ...view, hidden: [] };
  graph.setHidden(new Set());
  afterChange();
});

const exportButtons = (
  [
    [
      'JSON',
      () =>
        download('graph.json', graphJson(window.location.href, graph.drawn()), 'application/json'),
    ],
    ['Nodes CSV', () => download('graph-nodes.csv', nodesCsv(graph.drawn().entities), 'text/csv')],
    ['Edges CSV', () => download('graph-edges.csv', edgesCsv(graph.drawn().edges), 'text/csv')],
    ['PNG', () => download('graph.png', graph.png())],
  ] as const
).map(([label, run]) => {
  const element = h('button', { type: 'button', class: 'secondary small' }, label);
  element.addEventListener('click', run);
  return element;
});
const exportDetails = h(
  'details',
  { class: 'export tool' },
  h('summary', {}, 'Export'),
  h('p', { class: 'export-buttons' }, ...exportButtons),
);

hideGraphiqlLinksWhereOff();
replace(
  app,
  siteHeader('/explore'),
  h(
    'main',
    { class: 'explorer' },
    h(
      'section',
      { class: 'toolbar', 'aria-label': 'Search and view' },
      mainSearch.element,
      h(
        'div',
        { class: 'view-tools' },
        h('label', { class: 'tool-field' }, h('span', {}, 'Layout'), layoutSelect),
        fitButton,
        centerButton,
        h('label', { class: 'tool-field' }, h('span', {}, 'As of'), asOfInput),
        asOfClear,
        hiddenButton,
      ),
      h('div', { class: 'tool-row' }, filterDetails, exportDetails, connectDetails),
    ),
    h('section', { class: 'graph-area', 'aria-label': 'Graph' }, canvas, status, legend),
    panel,
  ),
);
showIntro();

// Cytoscape measures its container when created: the container must be in the page by then.
const graph = new GraphView(canvas, {
  onEntity: (id) => void selectEntity(id),
  onEdge: (edge) => void selectEdge(edge),
  onGroup: (id, type) => void expand(id, type),
  onMore: (id, type) => void expand(id, type),
});
onThemeChange(() => graph.applyTheme());

function showIntro(): void {
  replace(
    panel,
    h(
      'div',
      { class: 'intro' },
      h('h2', { id: 'panel-title' }, 'Explore the cooperation graph'),
      h(
        'p',
        {},
        'Search for an entity to draw it with its neighbours. Click a node to expand it and see its properties; click an edge (or “Evidence”) to read the quotation that states it. A hub shows its neighbours by type: expand one group at a time.',
      ),
    ),
  );
}

// ---- state and URL -------------------------------------------------------------------------

function syncUrl(): void {
  if (restoring) return;
  const query = serializeViewState(view);
  window.history.replaceState(null, '', `/explore${query ? `?${query}` : ''}`);
}

/** What the last expansion left to draw: "95 more neighbours of X", or a hub's groups. */
function pendingText(): string {
  const last = view.expansions[view.expansions.length - 1];
  if (!last) return '';
  const paging = pagings.get(pagingKey(last.id, last.type));
  const entity = graph.entity(last.id);
  if (!paging || !entity) return '';
  if (paging.cursor)
    return `${paging.total - paging.shown} more neighbours of ${entityName(entity)}`;
  const open = groupsWithState(last.id).filter((group) => !group.drawn);
  if (!paging.grouped || open.length === 0) return '';
  const words = open
    .map((g) => `${ENTITY_TYPES[typenameOfType(g.type)].plural.toLowerCase()} ${g.count}`)
    .join(' · ');
  return `${entityName(entity)}: ${words}, expand one group at a time`;
}

function setStatus(extra = ''): void {
  const size = graph.size();
  const parts = [
    `${size.entities} ${size.entities === 1 ? 'entity' : 'entities'}, ${size.relationships} relationship${size.relationships === 1 ? '' : 's'} drawn`,
  ];
  if (view.hidden.length > 0) parts.push(`${view.hidden.length} hidden`);
  if (view.asOf) parts.push(`as of ${view.asOf}`);
  const pending = extra || pendingText();
  if (pending) parts.push(pending);
  status.textContent = parts.join(' · ');
  hiddenButton.hidden = view.hidden.length === 0;
  hiddenButton.textContent = `Show ${view.hidden.length} hidden`;
}

/** After anything changed the drawing: filters, hidden entities, URL, status. */
function afterChange(extra = ''): void {
  graph.setHidden(new Set(view.hidden));
  graph.setFilters(new Set(view.excludedTypes), new Set(view.excludedRelationships));
  setStatus(extra);
  syncUrl();
}

function updateFilters(): void {
  view = {
    ...view,
    excludedTypes: typeFilters.filter(({ box }) => !box.checked).map(({ name }) => name),
    excludedRelationships: relationshipFilters
      .filter(({ box }) => !box.checked)
      .map(({ name }) => name),
  };
  afterChange();
}

// ---- drawing neighbours --------------------------------------------------------------------

/** The edge of a neighbour relationship, read from `entity` (a position as person —title→ organization). */
function edgeOfNeighbour(entity: Entity, n: Neighbour): DrawnEdge {
  if (n.node.__typename === 'Position') return positionEdge(n.node, n.evidence);
  const [from, to] = n.outgoing ? [entity.id, n.node.id] : [n.node.id, entity.id];
  return {
    id: relationshipId(from, n.relationship, n.qualifier, to),
    source: entity,
    target: n.node,
    relationship: n.relationship,
    qualifier: n.qualifier,
    words: n.description,
    evidence: n.evidence,
  };
}

/** The groups of an entity, each marked drawn when its pages (or everything) are drawn. */
function groupsWithState(id: string): (NeighbourGroup & { drawn: boolean })[] {
  const all = pagings.get(pagingKey(id, null));
  return (groups.get(id) ?? []).map((group) => ({
    ...group,
    drawn: Boolean(all && !all.grouped) || pagings.has(pagingKey(id, group.type)),
  }));
}

/**
 * Draws the next page of an entity's neighbours (of `type`, or all of them). An entity with more
 * neighbours than a page, of more than one type, shows its groups instead ("Programs · 771"):
 * each then pages on its own.
 */
async function expand(id: string, type: EntityType | null = null): Promise<void> {
  const key = pagingKey(id, type);
  const drawing = graph.drawing;
  // Keyed by drawing too: a page still loading for a drawing since reset must not stop this one.
  const flight = `${drawing}|${key}`;
  if (loading.has(flight)) return;
  const entity = graph.entity(id);
  if (!entity) return;
  const paging = pagings.get(key);
  if (paging && paging.cursor === null) return;
  loading.add(flight);
  setStatus('loading neighbours…');
  try {
    const data = await runQuery(NeighboursQuery, {
      id,
      first: PAGE_SIZE,
      after: paging?.cursor ?? null,
      types: type ? [type] : null,
      asOf: view.asOf,
    });
    if (graph.drawing !== drawing) return;
    const page = data.neighbours;
    if (!page) {
      setStatus(`${entityName(entity)} no longer exists`);
      return;
    }
    groups.set(id, page.groups);
    const grouped =
      type === null && !paging && page.totalCount > PAGE_SIZE && page.groups.length > 1;
    const next: Paging = {
      grouped,
      shown: (paging?.shown ?? 0) + (grouped ? 0 : page.nodes.length),
      total: page.totalCount,
      cursor: grouped ? null : page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null,
      pages: (paging?.pages ?? 0) + 1,
    };
    pagings.set(key, next);
    graph.cy.batch(() => {
      if (!grouped) {
        for (const n of page.nodes) graph.addEdge(edgeOfNeighbour(entity, n), id);
        graph.setMore(id, type, next.cursor ? next.total - next.shown : null);
      }
      graph.markExpanded(id, true);
      graph.setGroups(id, groupsWithState(id));
    });
    view = withExpansion(view, { id, type, pages: next.pages });
    if (!restoring) graph.layout(view.layout);
    afterChange();
    if (view.selected === id && !restoring) await renderEntity(id);
  } catch (error) {
    if (graph.drawing !== drawing) return;
    setStatus();
    showError(status, error, () => void expand(id, type));
  } finally {
    loading.delete(flight);
  }
}

function typenameOfType(type: EntityType) {
  const found = NODE_TYPES.find((name) => ENTITY_TYPES[name].type === type);
  return found ?? 'Position';
}

// ---- focus, selection, panel ---------------------------------------------------------------

/** Draws an entity alone at the centre (a position: its person), then selects and expands it. */
async function focusOn(entity: Entity): Promise<void> {
  const centre = entity.__typename === 'Position' ? personOf(entity) : entity;
  resetDrawing(centre);
  view = { ...emptyView(), layout: view.layout, asOf: view.asOf, focus: centre.id };
  applyFilterBoxes();
  await selectEntity(centre.id);
  if (entity.__typename === 'Position') selectEdgeById(`position:${entity.id}`);
}

/**
 * Starts a new drawing around `centre`, with the pages and groups loaded for the last one
 * forgotten at that same moment: an expansion of an earlier drawing (a restore a newer one
 * superseded) that finished after they were cleared must not make this drawing's expansions
 * look loaded already.
 */
function resetDrawing(centre: Entity): void {
  pagings.clear();
  groups.clear();
  pathEdges = [];
  graph.reset(centre);
}

/** Shows an entity in the panel and expands it the first time it is chosen. */
async function selectEntity(id: string): Promise<void> {
  view = { ...view, selected: id };
  graph.select(id);
  const expanding =
    graph.has(id) && !pagings.has(pagingKey(id, null)) ? expand(id) : Promise.resolve();
  await Promise.all([renderEntity(id), expanding]);
  syncUrl();
}

function entityViewState(id: string): EntityViewState {
  const all = pagings.get(pagingKey(id, null));
  return {
    pinned: view.pinned.includes(id),
    expanded: [...pagings.keys()].some((key) => key.startsWith(`${id}:`)),
    groups: groups.has(id) ? groupsWithState(id) : null,
    total: all?.total ?? null,
  };
}

function relationshipsOf(id: string): { edge: DrawnEdge; neighbour: Entity }[] {
  return graph
    .drawn()
    .edges.filter((edge) => edge.source.id === id || edge.target.id === id)
    .map((edge) => ({ edge, neighbour: edge.source.id === id ? edge.target : edge.source }));
}

async function renderEntity(id: string): Promise<void> {
  showLoading(panel, 'details');
  try {
    const data = await runQuery(EntityDetailsQuery, { id });
    if (view.selected !== id) return;
    if (!data.node) {
      replace(
        panel,
        h('p', { class: 'status status-error', role: 'alert' }, `No entity has the id ${id}.`),
      );
      return;
    }
    replace(panel, entityPanel(data.node, relationshipsOf(id), entityViewState(id), handlers));
  } catch (error) {
    showError(panel, error, () => void renderEntity(id));
  }
}

async function selectEdge(edge: DrawnEdge): Promise<void> {
  view = { ...view, selected: edge.id };
  graph.select(edge.id);
  replace(panel, edgePanel(edge, handlers));
  panel.focus();
  syncUrl();
  return Promise.resolve();
}

function selectEdgeById(id: string): void {
  const edge = graph.edge(id);
  if (edge) void selectEdge(edge);
}

async function showTimeline(id: string, target: HTMLElement): Promise<void> {
  showLoading(target, 'the timeline');
  try {
    const data = await runQuery(EntityTimelineQuery, { id });
    if (!data.node) return;
    replace(
      target,
      h('h3', {}, 'Timeline'),
      timelineView(timelineItems(data.node), {
        asOf: view.asOf,
        title: `Timeline of ${id}`,
        onOpen: (targetId) => void openEntity(targetId),
      }),
    );
  } catch (error) {
    showError(target, error, () => void showTimeline(id, target));
  }
}

/** Selects an entity if drawn, else draws it next to the graph and selects it. */
async function openEntity(id: string): Promise<void> {
  if (!graph.has(id)) {
    const data = await runQuery(EntityDetailsQuery, { id });
    if (!data.node) return;
    graph.addEntity(
      data.node,
      view.selected && graph.has(view.selected) ? view.selected : view.focus,
    );
    graph.layout(view.layout);
  }
  await selectEntity(id);
}

// ---- hide, pin, collapse, as of ------------------------------------------------------------

function hide(id: string): void {
  if (id === view.focus) return;
  view = { ...view, hidden: [...new Set([...view.hidden, id])], selected: null };
  graph.select(null);
  showIntro();
  afterChange();
}

function togglePin(id: string): void {
  const pinned = !view.pinned.includes(id);
  graph.setPinned(id, pinned);
  view = {
    ...view,
    pinned: pinned ? [...view.pinned, id] : view.pinned.filter((known) => known !== id),
  };
  afterChange();
  void renderEntity(id);
}

function collapse(id: string): void {
  const removed = new Set(graph.collapse(id));
  for (const key of [...pagings.keys()]) {
    const owner = key.slice(0, key.lastIndexOf(':'));
    if (owner === id || removed.has(owner)) pagings.delete(key);
  }
  groups.delete(id);
  view = {
    ...view,
    expansions: view.expansions.filter((x) => x.id !== id && !removed.has(x.id)),
    hidden: view.hidden.filter((known) => !removed.has(known)),
  };
  graph.layout(view.layout);
  afterChange();
  void renderEntity(id);
}

/** Redraws the whole view as of a date (or of any date): every expansion asked again with `asOf`. */
async function setAsOf(asOf: string | null): Promise<void> {
  asOfInput.value = asOf ?? '';
  await restore({ ...view, asOf });
}

function applyFilterBoxes(): void {
  for (const { name, box } of typeFilters) box.checked = !view.excludedTypes.includes(name);
  for (const { name, box } of relationshipFilters)
    box.checked = !view.excludedRelationships.includes(name);
  layoutSelect.value = view.layout;
  asOfInput.value = view.asOf ?? '';
  hopsSelect.value = String(view.connect?.hops ?? DEFAULT_HOPS);
}

// ---- connect ------------------------------------------------------------------------------

/** The drawn edges of a path: a position's two steps (person → position → organization) become one. */
function pathToEdges(steps: Step[]): DrawnEdge[] {
  const edges: DrawnEdge[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    const position = step.to.__typename === 'Position' ? step.to : null;
    const next = steps[i + 1];
    if (position && next && next.from.id === position.id) {
      const edge = positionEdge(position, [...step.evidence, ...next.evidence]);
      // Read along the path: person → organization, or organization → person.
      edges.push(
        step.from.id === position.person.id
          ? edge
          : {
              ...edge,
              source: edge.target,
              target: edge.source,
              words: `has as ${positionWords(position.title).replace(/ of$/, '')}`,
            },
      );
      i += 1;
      continue;
    }
    const [from, to] = step.forward ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
    edges.push({
      id: relationshipId(from, step.relationship, step.qualifier, to),
      source: step.from,
      target: step.to,
      relationship: step.relationship,
      qualifier: step.qualifier,
      words: step.description,
      evidence: step.evidence,
    });
  }
  return edges;
}

/** Draws the shortest paths between two entities, within `hops` relationships. */
async function connect(from: string, to: string, hops: number): Promise<void> {
  const variables = { from, to, maxHops: hops };
  showLoading(panel, 'paths');
  const drawing = graph.drawing;
  try {
    const data = await runQuery(ConnectDocument, variables);
    if (graph.drawing !== drawing) return;
    const found = data.connection;
    if (!found) return;
    if (!graph.has(found.from.id)) {
      resetDrawing(found.from);
      view = { ...view, focus: found.from.id, expansions: [] };
    }
    connectFrom = found.from;
    connectTo = found.to;
    fromBox.input.value = entityName(found.from);
    toBox.input.value = entityName(found.to);
    hopsSelect.value = String(hops);
    const paths = found.paths.map((path) => pathToEdges(path.steps));
    graph.cy.batch(() => {
      for (const edge of paths.flat()) graph.addEdge(edge, null);
    });
    pathEdges = paths.flat().map((edge) => edge.id);
    graph.markPaths(pathEdges);
    view = { ...view, connect: { from, to, hops } };
    if (!restoring) graph.layout(view.layout);
    replace(panel, pathsPanel(found, paths, hops, graphiqlLink(ConnectDocument, variables)));
    afterChange(
      found.hops === null
        ? `no path within ${hops}`
        : `${found.paths.length} path${found.paths.length === 1 ? '' : 's'} of ${found.hops} marked`,
    );
  } catch (error) {
    if (graph.drawing !== drawing) return;
    if (error instanceof ApiError && error.code === 'NOT_FOUND') {
      replace(panel, h('p', { class: 'status status-error', role: 'alert' }, error.message));
      return;
    }
    showError(panel, error, () => void connect(from, to, hops));
  }
}

function pathsPanel(
  found: Connection,
  paths: DrawnEdge[][],
  hops: number,
  link: string,
): HTMLElement {
  const title = `${entityName(found.from)} ↔ ${entityName(found.to)}`;
  if (found.hops === null) {
    return h(
      'div',
      { class: 'paths-panel' },
      h('h2', { id: 'panel-title' }, title),
      h(
        'p',
        {},
        `No connection within ${hops} relationship${hops === 1 ? '' : 's'}.`,
        hops < MAX_HOPS ? ` Try up to ${MAX_HOPS}.` : '',
      ),
      h('p', {}, openInGraphiql(link)),
    );
  }
  const endName = (entity: Entity) => {
    const button = h('button', { type: 'button', class: 'link' }, entityName(entity));
    button.addEventListener('click', () => void openEntity(entity.id));
    return button;
  };
  return h(
    'div',
    { class: 'paths-panel' },
    h('h2', { id: 'panel-title' }, title),
    h(
      'p',
      {},
      `${found.paths.length} shortest path${found.paths.length === 1 ? '' : 's'} of ${found.hops} relationship${found.hops === 1 ? '' : 's'} (searched within ${hops}).`,
    ),
    h('p', {}, openInGraphiql(link)),
    ...paths.map((edges, i) =>
      h(
        'section',
        { class: 'path' },
        h('h3', {}, `Path ${i + 1}`),
        h(
          'ol',
          { class: 'chain' },
          h(
            'li',
            { class: 'chain-entity' },
            h('span', { class: `swatch ${typeClass(found.from.__typename)}` }),
            endName(found.from),
          ),
          ...edges.flatMap((edge) => {
            const words = h('button', { type: 'button', class: 'link chain-words' }, edge.words);
            words.setAttribute('aria-label', `Evidence: ${edgeTitle(edge)}`);
            words.addEventListener('click', () => void selectEdge(edge));
            return [
              h('li', { class: 'chain-step' }, '↓ ', words),
              h(
                'li',
                { class: 'chain-entity' },
                h('span', { class: `swatch ${typeClass(edge.target.__typename)}` }),
                endName(edge.target),
              ),
            ];
          }),
        ),
      ),
    ),
  );
}

// ---- restore a view ------------------------------------------------------------------------

/** Draws a view from scratch: focus, expansions in order, connection, pins, hides, filters, selection. */
async function restore(target: ViewState): Promise<void> {
  if (!target.focus && !target.connect) return;
  // Only the latest restore draws: a date changed twice quickly starts two, and the first to
  // finish asking must not redraw over the second.
  const run = ++restores;
  const superseded = () => run !== restores;
  restoring = true;
  try {
    pagings.clear();
    groups.clear();
    pathEdges = [];
    view = { ...target, expansions: [], selected: null };
    applyFilterBoxes();
    if (target.focus) {
      const data = await runQuery(EntityDetailsQuery, { id: target.focus });
      if (superseded()) return;
      if (!data.node) {
        replace(
          panel,
          h(
            'p',
            { class: 'status status-error', role: 'alert' },
            `No entity has the id ${target.focus}.`,
          ),
        );
        return;
      }
      const node = data.node;
      const centre = node.__typename === 'Position' ? personOf(node) : node;
      resetDrawing(centre);
      view.focus = centre.id;
      const expansions: Expansion[] =
        target.expansions.length > 0
          ? target.expansions
          : [{ id: centre.id, type: null, pages: 1 }];
      for (const expansion of expansions) {
        for (let page = 0; page < expansion.pages; page++) {
          if (!graph.has(expansion.id)) break;
          await expand(expansion.id, expansion.type);
          if (superseded()) return;
        }
      }
      if (node.__typename === 'Position' && !target.selected)
        target.selected = `position:${node.id}`;
    }
    if (target.connect) await connect(target.connect.from, target.connect.to, target.connect.hops);
    if (superseded()) return;
    for (const id of target.pinned) graph.setPinned(id, true);
  } finally {
    if (!superseded()) restoring = false;
  }
  graph.layout(view.layout);
  view = { ...view, selected: null };
  afterChange();
  const selected = target.selected ?? (target.connect ? null : view.focus);
  if (selected) {
    const edge = graph.edge(selected);
    if (edge) await selectEdge(edge);
    else if (graph.has(selected) || selected.startsWith('position/')) await selectEntity(selected);
  }
  if (!superseded()) syncUrl();
}

// A link such as /explore?id=person/li-jun (or any view the page wrote into its URL) draws that view.
const initial = parseViewState(window.location.search);
if (initial.focus || initial.connect) {
  void restore(initial).catch((error: unknown) => showError(panel, error));
} else {
  mainSearch.input.focus();
}
