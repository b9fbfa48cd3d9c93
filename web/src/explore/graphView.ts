import cytoscape from 'cytoscape';
import type {
  Core,
  EdgeSingular,
  ElementDefinition,
  EventObjectEdge,
  EventObjectNode,
  LayoutOptions,
  NodeSingular,
  StylesheetJson,
} from 'cytoscape';

import type { EntityType, EvidenceItemFragment } from '../generated/graphql';
import { cssVar } from '../shared/theme';
import type { Entity, PositionEntity, Typename } from './entity';
import { ENTITY_TYPES, entityName, periodText, positionWords, typenameOf } from './entity';

/** A relationship drawn as an edge: from `source` to `target` in the direction its words read. */
export interface DrawnEdge {
  /** The stored relationship's identity (`from|TYPE|qualifier|to` in its stored direction), or `position:<id>`. */
  id: string;
  source: Entity;
  target: Entity;
  /** The relationship type (`POSITION` for a position drawn as an edge). */
  relationship: string;
  qualifier: string | null;
  /** The relationship in words, read from `source` to `target` (from the API, or the title for a position). */
  words: string;
  evidence: EvidenceItemFragment[];
  /** For a position drawn as an edge person —title→ organization: the position. */
  position?: PositionEntity;
}

/** The layouts a reader can choose. */
export const LAYOUTS = {
  force: 'Force',
  concentric: 'Concentric',
  breadthfirst: 'Breadth-first',
} as const;
export type LayoutName = keyof typeof LAYOUTS;

/** What the view reports back to the page. */
export interface GraphHandlers {
  onEntity(id: string): void;
  onEdge(edge: DrawnEdge): void;
  /** A group node of `entityId` (its neighbours of one type) was chosen. */
  onGroup(entityId: string, type: EntityType): void;
  /** A "more" node was chosen: the next page of `entityId`'s neighbours (of `type`, or all). */
  onMore(entityId: string, type: EntityType | null): void;
}

/** Ids of the nodes that stand for groups and further pages. */
export const groupNodeId = (entityId: string, type: EntityType) => `group:${entityId}:${type}`;
export const moreNodeId = (entityId: string, type: EntityType | null) =>
  `more:${entityId}:${type ?? '*'}`;

/** The most a layout zooms in to fit the graph. */
const MAX_FIT_ZOOM = 1.3;
/** Node labels are cut to this many characters; hovering shows the whole name. */
const LABEL_LENGTH = 22;

const shortLabel = (text: string) =>
  text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;

/** Room a group or "more" node needs for its label (10 px bold text). */
const labelWidth = (text: string) => Math.round(text.length * 6.4 + 14);

/** The stored identity of a relationship, the same whichever side it was seen from. */
export function relationshipId(
  storedFrom: string,
  relationship: string,
  qualifier: string | null,
  storedTo: string,
): string {
  return [storedFrom, relationship, qualifier ?? '', storedTo].join('|');
}

/** A position as the edge person —"president of"→ organization. */
export function positionEdge(
  position: PositionEntity,
  evidence: EvidenceItemFragment[],
): DrawnEdge {
  return {
    id: `position:${position.id}`,
    source: { __typename: 'Person', id: position.person.id, name: position.person.name },
    target: {
      __typename: 'Organization',
      id: position.organization.id,
      name: position.organization.name,
    },
    relationship: 'POSITION',
    qualifier: position.title,
    words: positionWords(position.title),
    evidence,
    position,
  };
}

/** The label of an edge: its words, with the years of a position. */
function edgeLabel(edge: DrawnEdge): string {
  if (!edge.position) return edge.words;
  const years = periodText(edge.position.start, edge.position.end, edge.position.attestedOn);
  return years ? `${edge.words} (${years})` : edge.words;
}

/** The stylesheet of the theme in force: every colour from common.css's variables. */
function stylesheet(): StylesheetJson {
  const label = cssVar('--graph-label');
  const labelBackground = cssVar('--graph-label-bg');
  const edgeColour = cssVar('--graph-edge');
  const selected = cssVar('--graph-selected');
  const byType = (Object.keys(ENTITY_TYPES) as Typename[]).map((name) => ({
    selector: `node[type = "${name}"]`,
    style: { 'background-color': cssVar(ENTITY_TYPES[name].colour) },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 10,
        color: label,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': labelBackground,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 6,
        width: 22,
        height: 22,
      },
    },
    ...byType,
    {
      selector: 'node.hover',
      style: {
        label: 'data(full)',
        'text-wrap': 'wrap',
        'text-max-width': '240px',
        'font-size': 12,
        'min-zoomed-font-size': 0,
        'z-index': 20,
      },
    },
    { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': label } },
    {
      selector: 'node[?pinned]',
      style: { 'border-width': 3, 'border-style': 'double', 'border-color': selected },
    },
    {
      selector: 'node.group, node.more',
      style: {
        shape: 'round-rectangle',
        'background-color': labelBackground,
        'border-width': 2,
        'border-color': 'data(ring)',
        width: 'data(width)',
        height: 20,
        padding: '4px',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node.more', style: { 'border-style': 'dashed' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': selected, width: 28, height: 28 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': edgeColour,
        'target-arrow-color': edgeColour,
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 8,
        // Edge labels show when zoomed in (or on hover and selection, below): a hub's labels overlap.
        'min-zoomed-font-size': 10,
        color: label,
        'text-rotation': 'autorotate',
        'text-background-color': labelBackground,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    { selector: 'edge.position', style: { 'line-style': 'dashed' } },
    {
      selector: 'edge.link',
      style: { label: '', 'target-arrow-shape': 'none', 'line-style': 'dotted' },
    },
    {
      selector: 'edge.hover, edge.near, edge:selected',
      style: { 'font-size': 10, 'min-zoomed-font-size': 0, 'z-index': 10 },
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': selected, 'target-arrow-color': selected, width: 3 },
    },
    {
      selector: '.path',
      style: {
        'line-color': cssVar('--graph-path'),
        'target-arrow-color': cssVar('--graph-path'),
        width: 3,
      },
    },
    { selector: '.hidden, .filtered', style: { display: 'none' } },
  ];
}

/**
 * The interactive network (cytoscape.js): entities coloured by type; relationships as edges
 * labelled with the API's words; positions as edges person —title→ organization; group nodes
 * for a hub's neighbours of one type and "more" nodes for the next page; hide, pin, collapse,
 * type filters, layouts, and a PNG of what is drawn.
 */
export class GraphView {
  readonly cy: Core;
  private readonly entities = new Map<string, Entity>();
  private readonly edges = new Map<string, DrawnEdge>();
  /** The expansion that drew each edge first (what `collapse` takes back). */
  private readonly drawnBy = new Map<string, string>();
  private focus: string | null = null;
  private resets = 0;

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      minZoom: 0.1,
      maxZoom: 4,
      style: stylesheet(),
      // Measured (bench/explorerBench.ts): at 300 nodes cytoscape pans faster drawing the graph
      // than re-rendering its viewport texture.
      textureOnViewport: false,
      motionBlur: false,
    });
    this.cy.on('tap', 'node', (event: EventObjectNode) => {
      const node = event.target;
      const owner = String(node.data('owner') ?? '');
      const type = (node.data('groupType') as EntityType | null | undefined) ?? null;
      if (node.hasClass('group') && type) handlers.onGroup(owner, type);
      else if (node.hasClass('more')) handlers.onMore(owner, type);
      else handlers.onEntity(node.id());
    });
    this.cy.on('tap', 'edge', (event: EventObjectEdge) => {
      const edge = this.edges.get(event.target.id());
      if (edge) handlers.onEdge(edge);
    });
    this.cy.on('mouseover', 'node', (event: EventObjectNode) => {
      event.target.addClass('hover');
      event.target.connectedEdges().addClass('near');
    });
    this.cy.on('mouseout', 'node', (event: EventObjectNode) => {
      event.target.removeClass('hover');
      event.target.connectedEdges().removeClass('near');
    });
    this.cy.on('mouseover', 'edge', (event: EventObjectEdge) => event.target.addClass('hover'));
    this.cy.on('mouseout', 'edge', (event: EventObjectEdge) => event.target.removeClass('hover'));
    this.cy.on('select', 'node', (event: EventObjectNode) =>
      event.target.connectedEdges().addClass('near'),
    );
    this.cy.on('unselect', 'node', (event: EventObjectNode) =>
      event.target.connectedEdges().removeClass('near'),
    );
  }

  /** Redraws with the colours of the theme in force. */
  applyTheme(): void {
    this.cy.style(stylesheet());
  }

  /**
   * Which drawing this is: it changes on every reset, so an answer asked for an earlier drawing
   * (a date changed twice, a second focus while the first loads) can tell it came too late.
   */
  get drawing(): number {
    return this.resets;
  }

  /** Clears the view and draws one entity at its centre. */
  reset(centre: Entity): void {
    this.resets += 1;
    this.cy.elements().remove();
    this.entities.clear();
    this.edges.clear();
    this.drawnBy.clear();
    this.focus = centre.id;
    this.addEntity(centre, { x: 0, y: 0 });
    this.cy.center();
  }

  /** True when the entity is drawn. */
  has(id: string): boolean {
    return this.entities.has(id);
  }

  /** The drawn entity with this id. */
  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** The drawn edge with this id. */
  edge(id: string): DrawnEdge | undefined {
    return this.edges.get(id);
  }

  /** Every drawn entity and edge (what an export holds). */
  drawn(): { entities: Entity[]; edges: DrawnEdge[] } {
    return { entities: [...this.entities.values()], edges: [...this.edges.values()] };
  }

  /** Adds an entity near a drawn one (or at `position`); false when it was drawn already. */
  addEntity(entity: Entity, near: string | { x: number; y: number } | null = null): boolean {
    if (this.entities.has(entity.id)) return false;
    this.entities.set(entity.id, entity);
    const name = entityName(entity);
    const definition: ElementDefinition = {
      group: 'nodes',
      data: { id: entity.id, label: shortLabel(name), full: name, type: entity.__typename },
      position: this.spot(near),
    };
    this.cy.add(definition);
    return true;
  }

  /** Adds an edge (and its ends) once, whichever side it was seen from; false when it was drawn. */
  addEdge(edge: DrawnEdge, drawnBy: string | null = null): boolean {
    this.addEntity(edge.source, edge.target.id);
    this.addEntity(edge.target, edge.source.id);
    if (this.edges.has(edge.id)) return false;
    this.edges.set(edge.id, edge);
    if (drawnBy) this.drawnBy.set(edge.id, drawnBy);
    this.cy.add({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source.id,
        target: edge.target.id,
        label: edgeLabel(edge),
        rel: edge.relationship,
      },
      classes: edge.position ? 'position' : '',
    });
    return true;
  }

  /** Marks an entity as expanded (a thicker ring). */
  markExpanded(id: string, expanded: boolean): void {
    this.cy.getElementById(id).data('expanded', expanded || undefined);
  }

  /**
   * Shows `entityId`'s neighbour groups that are not drawn yet as group nodes ("Programs · 771"),
   * and removes those of groups now drawn.
   */
  setGroups(entityId: string, groups: { type: EntityType; count: number; drawn: boolean }[]): void {
    this.cy.batch(() => {
      for (const group of groups) {
        const id = groupNodeId(entityId, group.type);
        const existing = this.cy.getElementById(id);
        if (group.drawn) {
          existing.remove();
          continue;
        }
        if (existing.nonempty()) continue;
        const typename = typenameOf(group.type);
        this.cy.add([
          {
            group: 'nodes',
            data: {
              id,
              label: `${ENTITY_TYPES[typename].plural} · ${group.count}`,
              full: `${ENTITY_TYPES[typename].plural} · ${group.count}`,
              width: labelWidth(`${ENTITY_TYPES[typename].plural} · ${group.count}`),
              owner: entityId,
              groupType: group.type,
              ring: cssVar(ENTITY_TYPES[typename].colour),
            },
            classes: 'group',
            position: this.spot(entityId),
          },
          {
            group: 'edges',
            data: { id: `${id}:link`, source: entityId, target: id },
            classes: 'link',
          },
        ]);
      }
    });
  }

  /** Shows (or, with `remaining` null, removes) the "+N more" node of a page of neighbours. */
  setMore(entityId: string, type: EntityType | null, remaining: number | null): void {
    const id = moreNodeId(entityId, type);
    const existing = this.cy.getElementById(id);
    if (remaining === null || remaining <= 0) {
      existing.remove();
      return;
    }
    const what = type ? ENTITY_TYPES[typenameOf(type)].plural.toLowerCase() : 'neighbours';
    const label = `+${remaining} more ${what}`;
    if (existing.nonempty()) {
      existing.data({ label, full: label, width: labelWidth(label) });
      return;
    }
    this.cy.add([
      {
        group: 'nodes',
        data: {
          id,
          label,
          full: label,
          width: labelWidth(label),
          owner: entityId,
          groupType: type,
          ring: cssVar('--graph-edge'),
        },
        classes: 'more',
        position: this.spot(entityId),
      },
      { group: 'edges', data: { id: `${id}:link`, source: entityId, target: id }, classes: 'link' },
    ]);
  }

  /** Marks the edges of connection paths (and only those). */
  markPaths(edgeIds: string[]): void {
    this.cy.elements().removeClass('path');
    for (const id of edgeIds) this.cy.getElementById(id).addClass('path');
  }

  /** Selects an element (an entity or an edge) and brings it into view. */
  select(id: string | null): void {
    this.cy.elements().unselect();
    if (id === null) return;
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    element.select();
    if (element.isNode() && !this.inView(element.position())) this.cy.center(element);
  }

  /** Hides the entities of `ids` (and their edges), shows every other. */
  setHidden(ids: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        if (ids.has(node.id())) node.addClass('hidden');
        else node.removeClass('hidden');
      });
    });
  }

  /** Keeps out of view the entities of the excluded types and the edges of the excluded relationships. */
  setFilters(types: ReadonlySet<string>, relationships: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const type = String(node.data('type') ?? '');
        const groupType = node.data('groupType') as EntityType | null | undefined;
        const excluded = types.has(type) || (groupType ? types.has(typenameOf(groupType)) : false);
        if (excluded) node.addClass('filtered');
        else node.removeClass('filtered');
      });
      this.cy.edges().forEach((edge) => {
        if (relationships.has(String(edge.data('rel') ?? ''))) edge.addClass('filtered');
        else edge.removeClass('filtered');
      });
    });
  }

  /** Pins an entity where it is (layouts leave it there) or frees it. */
  setPinned(id: string, pinned: boolean): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    node.data('pinned', pinned || undefined);
    if (pinned) node.lock();
    else node.unlock();
  }

  /** True when the entity is pinned. */
  isPinned(id: string): boolean {
    return Boolean(this.cy.getElementById(id).data('pinned'));
  }

  /**
   * Takes back what expanding `id` drew: its edges, its group and "more" nodes, and the entities
   * left with no edge (never the focus or a pinned one). Returns the ids of the entities removed.
   */
  collapse(id: string): string[] {
    const removed: string[] = [];
    this.cy.batch(() => {
      this.cy
        .nodes()
        .filter((node) => node.data('owner') === id)
        .remove();
      for (const [edgeId, owner] of this.drawnBy) {
        if (owner !== id) continue;
        this.cy.getElementById(edgeId).remove();
        this.edges.delete(edgeId);
        this.drawnBy.delete(edgeId);
      }
      for (const [entityId] of this.entities) {
        if (entityId === id || entityId === this.focus || this.isPinned(entityId)) continue;
        const node = this.cy.getElementById(entityId);
        if (
          node
            .connectedEdges()
            .filter((e: EdgeSingular) => !e.hasClass('link'))
            .nonempty()
        )
          continue;
        node.remove();
        this.entities.delete(entityId);
        removed.push(entityId);
      }
      this.markExpanded(id, false);
    });
    return removed;
  }

  /** How many entities and relationships are drawn (group and "more" nodes not counted). */
  size(): { entities: number; relationships: number } {
    return { entities: this.entities.size, relationships: this.edges.size };
  }

  /** Lays the graph out again; pinned entities stay where they are. */
  layout(name: LayoutName, fit = true): void {
    const focus = this.focus ? this.cy.getElementById(this.focus) : null;
    const visible = this.cy.elements().not('.hidden, .filtered');
    const common = { animate: false, fit, padding: 30 };
    const options: LayoutOptions =
      name === 'concentric'
        ? {
            name: 'concentric',
            ...common,
            minNodeSpacing: 24,
            concentric: (node: NodeSingular) =>
              node.id() === this.focus ? 100 : node.degree(false),
            levelWidth: () => 2,
          }
        : name === 'breadthfirst'
          ? {
              name: 'breadthfirst',
              ...common,
              directed: false,
              spacingFactor: 1.1,
              roots: focus && focus.nonempty() ? [focus.id()] : undefined,
            }
          : {
              name: 'cose',
              ...common,
              randomize: false,
              nodeRepulsion: () => 400_000,
              idealEdgeLength: () => 100,
              edgeElasticity: () => 100,
              nodeOverlap: 20,
              gravity: 60,
              numIter: 1000,
            };
    const layout = visible.layout(options);
    // Fitting a handful of nodes would blow them up: keep labels at a readable size.
    layout.one('layoutstop', () => {
      if (fit && this.cy.zoom() > MAX_FIT_ZOOM) {
        this.cy.zoom(MAX_FIT_ZOOM);
        this.cy.center();
      }
    });
    layout.run();
  }

  /** Fits the drawn graph into view. */
  fit(): void {
    this.cy.fit(this.cy.elements().not('.hidden, .filtered'), 30);
    if (this.cy.zoom() > MAX_FIT_ZOOM) this.cy.zoom(MAX_FIT_ZOOM);
  }

  /** Centres the view on an entity (or on the focus). */
  center(id: string | null = this.focus): void {
    const node = id ? this.cy.getElementById(id) : null;
    if (node && node.nonempty()) this.cy.center(node);
    else this.cy.center();
  }

  /** A PNG of the whole drawn graph at twice the screen's resolution, on the theme's background. */
  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: cssVar('--graph-bg') });
  }

  private inView(point: { x: number; y: number }): boolean {
    const view = this.cy.extent();
    return point.x >= view.x1 && point.x <= view.x2 && point.y >= view.y1 && point.y <= view.y2;
  }

  /** A free spot near a drawn node (a ring around it, each new node a step further), or a point. */
  private spot(near: string | { x: number; y: number } | null): { x: number; y: number } {
    if (near && typeof near === 'object') return { ...near };
    const anchor = near ? this.cy.getElementById(near) : null;
    const origin = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const n = this.cy.nodes().length;
    const angle = n * 2.399963; // the golden angle: no two new nodes land on each other
    const radius = 120 + 6 * Math.sqrt(n);
    return { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) };
  }
}
