import { graphiqlLink } from '../api/client';
import type { EntityDetailsQuery, EntityType, EvidenceItemFragment } from '../generated/graphql';
import type { NeighboursQuery } from '../generated/graphql';
import type { Child } from '../shared/dom';
import { h } from '../shared/dom';
import { openInGraphiql } from '../shared/graphiqlLinks';
import type { Entity } from './entity';
import {
  ENTITY_TYPES,
  entityDates,
  entityName,
  periodText,
  sortDate,
  typeClass,
  typenameOf,
} from './entity';
import type { DrawnEdge } from './graphView';
import { EntityDetailsQuery as EntityDetailsDocument } from './queries';

type Details = NonNullable<EntityDetailsQuery['node']>;
type NeighbourGroup = NonNullable<NeighboursQuery['neighbours']>['groups'][number];

/** What the panel's buttons ask the page to do. */
export interface PanelHandlers {
  onEntity(id: string): void;
  onEdge(edge: DrawnEdge): void;
  onConnectFrom(entity: Entity): void;
  onGroup(entityId: string, type: EntityType): void;
  onPin(id: string): void;
  onHide(id: string): void;
  onCollapse(id: string): void;
  onTimeline(id: string, target: HTMLElement): void;
}

/** The state of an entity in the view, for its panel's buttons. */
export interface EntityViewState {
  pinned: boolean;
  expanded: boolean;
  /** Its neighbours by type, and whether each group is drawn. */
  groups: (NeighbourGroup & { drawn: boolean })[] | null;
  total: number | null;
}

/** The link to a quotation on its source's page, where it is highlighted with the facts it states. */
export function sourceLink(item: EvidenceItemFragment): string {
  return `/source?${new URLSearchParams({ id: item.source.id, excerpt: item.id }).toString()}`;
}

/** The quotations behind a fact, each linked to its place in the source's text. */
export function evidenceList(items: EvidenceItemFragment[]): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted' }, 'No quotation recorded.');
  return h(
    'ol',
    { class: 'evidence' },
    ...items.map((item) => {
      const source = item.source;
      const about = [source.publisher, source.date?.text].filter(Boolean).join(', ');
      return h(
        'li',
        {},
        h('blockquote', { class: 'excerpt' }, item.excerpt),
        h(
          'p',
          { class: 'cite' },
          '— ',
          h('a', { href: sourceLink(item), class: 'source-link' }, source.title),
          about ? ` (${about})` : '',
          source.url
            ? h(
                'span',
                {},
                ' · ',
                h('a', { href: source.url, target: '_blank', rel: 'noopener' }, 'original'),
              )
            : null,
        ),
      );
    }),
  );
}

function properties(details: Details): [string, string | null | undefined][] {
  switch (details.__typename) {
    case 'Person':
      return [
        ['Honorific', details.honorific],
        ['Also known as', details.alternativeNames.map((n) => n.value).join('; ')],
        ['Wikidata', details.wikidataId],
      ];
    case 'Organization':
      return [
        ['Kind', details.organizationKind],
        ['Acronym', details.acronym],
        ['Also known as', details.alternativeNames.map((n) => n.value).join('; ')],
        ['ROR', details.rorId],
        ['Wikidata', details.wikidataId],
      ];
    case 'Program':
      return [
        ['Kind', details.programKind],
        ['Status', details.status],
        ['Start', details.start?.text],
        ['End', details.end?.text],
        ['Principle', details.principle],
        ['Description', details.description],
      ];
    case 'Event':
      return [
        ['Kind', details.eventKind],
        ['Date', details.date?.text],
        ['Description', details.description],
      ];
    case 'Place':
      return [['Kind', details.placeKind]];
    case 'Position':
      return [
        ['Held by', details.person.name],
        ['At', details.organization.name],
        ['Start', details.start?.text],
        ['End', details.end?.text],
        // "held in 2011 and in 2018": every source's date, earliest first.
        [
          'Attested on',
          details.attestations
            .map(
              (attestation) =>
                `${attestation.date?.text ?? 'undated'} (${attestation.source.title})`,
            )
            .join('; ') || details.attestedOn?.text,
        ],
      ];
    case 'Statement':
      return [['Quote', details.quote.excerpt]];
    default:
      return [];
  }
}

function button(label: string, onClick: () => void, attributes: Record<string, string> = {}) {
  const element = h('button', { type: 'button', class: 'secondary small', ...attributes }, label);
  element.addEventListener('click', onClick);
  return element;
}

/** "Programs 771 · Positions 1 708": a hub's neighbours by type, each group expandable. */
function groupList(id: string, view: EntityViewState, handlers: PanelHandlers): HTMLElement | null {
  if (!view.groups || view.groups.length === 0) return null;
  return h(
    'ul',
    { class: 'groups', 'aria-label': 'Neighbours by type' },
    ...view.groups.map((group) => {
      const typename = typenameOf(group.type);
      const name = ENTITY_TYPES[typename].plural;
      return h(
        'li',
        {},
        h('span', { class: `swatch ${typeClass(typename)}` }),
        h('span', { class: 'group-name' }, `${name} · ${group.count}`),
        ' ',
        group.drawn
          ? h('span', { class: 'muted small-text' }, 'drawn')
          : button(`Expand ${name.toLowerCase()}`, () => handlers.onGroup(id, group.type)),
      );
    }),
  );
}

/** The side panel for an entity: its properties, dates, drawn relationships, actions and evidence. */
export function entityPanel(
  details: Details,
  relationships: { edge: DrawnEdge; neighbour: Entity }[],
  view: EntityViewState,
  handlers: PanelHandlers,
): HTMLElement {
  const type = ENTITY_TYPES[details.__typename];
  const rows = properties(details).filter((row): row is [string, string] => Boolean(row[1]));
  const timeline = h('div', { class: 'timeline-slot' });
  const actions: Child[] = [
    button('Connect from here', () => handlers.onConnectFrom(details)),
    details.__typename === 'Position'
      ? null
      : button(view.pinned ? 'Unpin' : 'Pin', () => handlers.onPin(details.id), {
          'aria-pressed': String(view.pinned),
        }),
    details.__typename === 'Position' ? null : button('Hide', () => handlers.onHide(details.id)),
    view.expanded ? button('Collapse', () => handlers.onCollapse(details.id)) : null,
    ['Person', 'Organization', 'Program'].includes(details.__typename)
      ? button('Timeline', () => handlers.onTimeline(details.id, timeline))
      : null,
    openInGraphiql(graphiqlLink(EntityDetailsDocument, { id: details.id })),
  ];
  const shown = view.total === null ? '' : ` (${relationships.length} of ${view.total} drawn)`;
  return h(
    'div',
    { class: 'entity-panel' },
    h('p', { class: `type-badge ${typeClass(details.__typename)}` }, type.label),
    h('h2', { id: 'panel-title' }, entityName(details)),
    h('p', { class: 'entity-id' }, h('code', {}, details.id)),
    rows.length > 0
      ? h(
          'dl',
          { class: 'properties' },
          ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
        )
      : null,
    h('p', { class: 'actions' }, ...actions),
    timeline,
    groupList(details.id, view, handlers),
    h('h3', {}, `Relationships${shown}`),
    relationshipList(details.id, relationships, handlers),
    'evidence' in details ? h('h3', {}, 'Evidence') : null,
    'evidence' in details ? evidenceList(details.evidence) : null,
  );
}

/** Positions first by date, then the rest by their words and the neighbour's dates and name. */
function order(
  a: { edge: DrawnEdge; neighbour: Entity },
  b: { edge: DrawnEdge; neighbour: Entity },
) {
  const dateOf = (x: { edge: DrawnEdge; neighbour: Entity }) =>
    x.edge.position ? (sortDate(x.edge.position) ?? '') : (sortDate(x.neighbour) ?? '');
  const rank = (x: { edge: DrawnEdge }) => (x.edge.position ? 0 : 1);
  return (
    rank(a) - rank(b) ||
    a.edge.words.localeCompare(b.edge.words) ||
    dateOf(a).localeCompare(dateOf(b)) ||
    entityName(a.neighbour).localeCompare(entityName(b.neighbour))
  );
}

function relationshipList(
  id: string,
  relationships: { edge: DrawnEdge; neighbour: Entity }[],
  handlers: PanelHandlers,
): HTMLElement {
  if (relationships.length === 0) {
    return h('p', { class: 'muted' }, 'None drawn yet.');
  }
  return h(
    'ul',
    { class: 'relationships' },
    ...[...relationships].sort(order).map(({ edge, neighbour }) => {
      const forward = edge.source.id === id;
      const go = h('button', { type: 'button', class: 'link' }, entityName(neighbour));
      go.addEventListener('click', () => handlers.onEntity(neighbour.id));
      const evidence = h(
        'button',
        { type: 'button', class: 'secondary small', 'aria-label': `Evidence: ${edgeTitle(edge)}` },
        'Evidence',
      );
      evidence.addEventListener('click', () => handlers.onEdge(edge));
      const dates = edge.position
        ? periodText(edge.position.start, edge.position.end, edge.position.attestedOn)
        : entityDates(neighbour);
      return h(
        'li',
        {},
        h('span', { class: `swatch ${typeClass(neighbour.__typename)}` }),
        h('span', { class: 'rel' }, forward ? edge.words : `${edge.words} ←`, ' '),
        go,
        dates ? h('span', { class: 'dates' }, ` ${dates}`) : null,
        ' ',
        evidence,
      );
    }),
  );
}

/** "Li Jun — signed → Memorandum". */
export function edgeTitle(edge: DrawnEdge): string {
  return `${entityName(edge.source)} — ${edge.words} → ${entityName(edge.target)}`;
}

/** The side panel for a relationship: both ends, its words and the quotations that state it. */
export function edgePanel(edge: DrawnEdge, handlers: PanelHandlers): HTMLElement {
  const end = (entity: Entity): Child => {
    const link = h('button', { type: 'button', class: 'link' }, entityName(entity));
    link.addEventListener('click', () => handlers.onEntity(entity.id));
    return link;
  };
  const position = edge.position;
  return h(
    'div',
    { class: 'edge-panel' },
    h(
      'p',
      { class: `type-badge ${typeClass(position ? 'Position' : 'Relationship')}` },
      position ? 'Position' : 'Relationship',
    ),
    h('h2', { id: 'panel-title' }, edgeTitle(edge)),
    h(
      'p',
      { class: 'edge-ends' },
      end(edge.source),
      ` ${edge.words} `,
      end(edge.target),
      position
        ? ` (${periodText(position.start, position.end, position.attestedOn) || 'no dates'})`
        : '',
    ),
    h(
      'p',
      { class: 'muted small-text' },
      position
        ? `Stored as the position ${position.id}.`
        : `Stored as ${edge.relationship}${edge.qualifier ? ` (${edge.qualifier})` : ''}.`,
    ),
    position
      ? h(
          'p',
          {},
          button('Open the position', () => handlers.onEntity(position.id)),
        )
      : null,
    h('h3', {}, 'Evidence'),
    evidenceList(edge.evidence),
  );
}
