import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, EventObjectEdge, EventObjectNode } from 'cytoscape';

import type { EntityLabelFragment, EvidenceItemFragment } from '../generated/graphql';
import { ENTITY_TYPES, entityName, relationshipLabel } from './entity';

/** A relationship drawn as an edge, with what the side panel shows for it. */
export interface EdgeInfo {
  id: string;
  /** The stored relationship's start and end. */
  source: EntityLabelFragment;
  target: EntityLabelFragment;
  relationship: string;
  qualifier: string | null;
  evidence: EvidenceItemFragment[];
}

/** One relationship as the API reports it from `entity`'s side. */
export interface SeenRelationship {
  entity: EntityLabelFragment;
  neighbour: EntityLabelFragment;
  relationship: string;
  outgoing: boolean;
  qualifier: string | null;
  evidence: EvidenceItemFragment[];
}

/** What the view reports back to the page. */
export interface GraphHandlers {
  onEntity(id: string): void;
  onEdge(edge: EdgeInfo): void;
  onMore(entityId: string, after: string): void;
}

const MORE_PREFIX = 'more:';

/** The most a layout zooms in to fit the graph. */
const MAX_FIT_ZOOM = 1.3;

/** The edge of a relationship, the same whichever side it was seen from. */
export function edgeOf(seen: SeenRelationship): EdgeInfo {
  const [source, target] = seen.outgoing
    ? [seen.entity, seen.neighbour]
    : [seen.neighbour, seen.entity];
  return {
    id: [source.id, seen.relationship, seen.qualifier ?? '', target.id].join('|'),
    source,
    target,
    relationship: seen.relationship,
    qualifier: seen.qualifier,
    evidence: seen.evidence,
  };
}

/** The id of the "more" node that pages an entity's remaining neighbours. */
export const moreNodeId = (entityId: string) => `${MORE_PREFIX}${entityId}`;

/**
 * The interactive network (cytoscape.js): entities coloured by type, relationships labelled by
 * type, a "more" node where an entity has neighbours beyond the pages loaded so far.
 */
export class GraphView {
  private readonly cy: Core;
  private readonly entities = new Map<string, EntityLabelFragment>();
  private readonly edges = new Map<string, EdgeInfo>();
  private readonly more = new Map<string, string>();

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            'font-size': 10,
            color: '#0f172a',
            'text-wrap': 'ellipsis',
            'text-max-width': '120px',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': '1px',
            width: 22,
            height: 22,
          },
        },
        { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#0f172a' } },
        {
          selector: 'node.more',
          style: {
            shape: 'round-rectangle',
            'background-color': '#ffffff',
            'border-width': 2,
            'border-style': 'dashed',
            'border-color': '#475569',
            width: 34,
            height: 18,
            'text-valign': 'center',
            'text-margin-y': 0,
            'font-weight': 'bold',
          },
        },
        {
          selector: 'node:selected',
          style: { 'border-width': 4, 'border-color': '#f59e0b', width: 28, height: 28 },
        },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#94a3b8',
            'target-arrow-color': '#94a3b8',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 8,
            color: '#334155',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
          },
        },
        {
          selector: 'edge:selected',
          style: { 'line-color': '#ca8a04', 'target-arrow-color': '#ca8a04', width: 3 },
        },
        {
          selector: '.path',
          style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', width: 3 },
        },
      ],
    });
    this.cy.on('tap', 'node', (event: EventObjectNode) => {
      const id = event.target.id();
      const after = this.more.get(id);
      if (id.startsWith(MORE_PREFIX) && after !== undefined) {
        handlers.onMore(id.slice(MORE_PREFIX.length), after);
      } else {
        handlers.onEntity(id);
      }
    });
    this.cy.on('tap', 'edge', (event: EventObjectEdge) => {
      const edge = this.edges.get(event.target.id());
      if (edge) handlers.onEdge(edge);
    });
  }

  /** Clears the view and draws one entity at its centre. */
  reset(centre: EntityLabelFragment): void {
    this.cy.elements().remove();
    this.entities.clear();
    this.edges.clear();
    this.more.clear();
    this.addEntity(centre, { x: 0, y: 0 });
    this.cy.center();
  }

  /** True when the entity is drawn. */
  has(id: string): boolean {
    return this.entities.has(id);
  }

  /** The drawn entity with this id. */
  entity(id: string): EntityLabelFragment | undefined {
    return this.entities.get(id);
  }

  /**
   * Adds a page of an entity's relationships around it, replaces its "more" node (a new one when
   * `nextCursor` is given, labelled with how many are left) and lays the graph out again.
   */
  addNeighbours(
    entityId: string,
    relationships: SeenRelationship[],
    next: { cursor: string; remaining: number } | null,
  ): void {
    const centre = this.cy.getElementById(entityId);
    const origin = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
    this.cy.batch(() => {
      relationships.forEach((seen, i) => {
        const angle = (2 * Math.PI * i) / Math.max(relationships.length, 1);
        this.addEntity(seen.neighbour, {
          x: origin.x + 200 * Math.cos(angle),
          y: origin.y + 200 * Math.sin(angle),
        });
        this.addRelationship(seen);
      });
      centre.data('expanded', true);
      this.cy.getElementById(moreNodeId(entityId)).remove();
      this.more.delete(moreNodeId(entityId));
      if (next) {
        const id = moreNodeId(entityId);
        this.more.set(id, next.cursor);
        this.cy.add([
          {
            group: 'nodes',
            data: { id, label: `+${next.remaining} more`, colour: '#ffffff' },
            classes: 'more',
            position: { x: origin.x + 60, y: origin.y - 60 },
          },
          { group: 'edges', data: { id: `${id}:edge`, source: entityId, target: id, label: '' } },
        ]);
      }
    });
    this.layout();
  }

  /** Draws connection paths (adding what is missing) and marks their edges. */
  showPaths(steps: SeenRelationship[]): void {
    this.cy.elements().removeClass('path');
    this.cy.batch(() => {
      steps.forEach((step, i) => {
        this.addEntity(step.entity, { x: i * 80, y: 0 });
        this.addEntity(step.neighbour, { x: (i + 1) * 80, y: 0 });
        this.cy.getElementById(this.addRelationship(step)).addClass('path');
      });
    });
    this.layout();
  }

  /** Selects an element (an entity or an edge) and brings it into view. */
  select(id: string): void {
    this.cy.elements().unselect();
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    element.select();
    if (element.isNode() && !this.inView(element.position())) this.cy.center(element);
  }

  /** The relationships drawn at an entity, as seen from it. */
  relationshipsOf(id: string): { edge: EdgeInfo; neighbour: EntityLabelFragment }[] {
    return [...this.edges.values()]
      .filter((edge) => edge.source.id === id || edge.target.id === id)
      .map((edge) => ({ edge, neighbour: edge.source.id === id ? edge.target : edge.source }));
  }

  /** How many entities and relationships are drawn ("more" nodes not counted). */
  size(): { entities: number; relationships: number } {
    return { entities: this.entities.size, relationships: this.edges.size };
  }

  private inView(point: { x: number; y: number }): boolean {
    const view = this.cy.extent();
    return point.x >= view.x1 && point.x <= view.x2 && point.y >= view.y1 && point.y <= view.y2;
  }

  private addEntity(entity: EntityLabelFragment, position: { x: number; y: number }): void {
    if (this.entities.has(entity.id)) return;
    this.entities.set(entity.id, entity);
    const definition: ElementDefinition = {
      group: 'nodes',
      data: {
        id: entity.id,
        label: entityName(entity),
        type: entity.__typename,
        colour: ENTITY_TYPES[entity.__typename].colour,
      },
      position: { ...position },
    };
    this.cy.add(definition);
  }

  /** Adds a relationship once, whichever side it was seen from; returns its edge id. */
  private addRelationship(seen: SeenRelationship): string {
    const edge = edgeOf(seen);
    if (!this.edges.has(edge.id)) {
      this.edges.set(edge.id, edge);
      this.cy.add({
        group: 'edges',
        data: {
          id: edge.id,
          source: edge.source.id,
          target: edge.target.id,
          label: relationshipLabel(edge.relationship, edge.qualifier),
        },
      });
    }
    return edge.id;
  }

  private layout(): void {
    const layout = this.cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      fit: true,
      padding: 30,
      nodeRepulsion: () => 400_000,
      idealEdgeLength: () => 100,
      edgeElasticity: () => 100,
      nodeOverlap: 20,
      gravity: 60,
      numIter: 1000,
    });
    // Fitting a handful of nodes would blow them up: keep labels at a readable size.
    layout.one('layoutstop', () => {
      if (this.cy.zoom() > MAX_FIT_ZOOM) {
        this.cy.zoom(MAX_FIT_ZOOM);
        this.cy.center();
      }
    });
    layout.run();
  }
}
