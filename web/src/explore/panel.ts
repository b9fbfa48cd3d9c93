import { graphiqlLink } from '../api/client';
import type {
  EntityDetailsQuery,
  EntityLabelFragment,
  EvidenceItemFragment,
} from '../generated/graphql';
import type { Child } from '../shared/dom';
import { h } from '../shared/dom';
import { openInGraphiql } from '../shared/graphiqlLinks';
import { ENTITY_TYPES, entityName, relationshipLabel } from './entity';
import type { EdgeInfo } from './graphView';
import { EntityDetailsQuery as EntityDetailsDocument, SourceTextQuery } from './queries';

type Details = NonNullable<EntityDetailsQuery['node']>;

/** What the panel's buttons ask the page to do. */
export interface PanelHandlers {
  onEntity(id: string): void;
  onEdge(edge: EdgeInfo): void;
  onConnectFrom(entity: EntityLabelFragment): void;
}

/** The quotations behind a fact, each with a link to its source. */
export function evidenceList(items: EvidenceItemFragment[]): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted' }, 'No quotation recorded.');
  return h(
    'ol',
    { class: 'evidence' },
    ...items.map((item) => {
      const source = item.source;
      const href = source.url ?? graphiqlLink(SourceTextQuery, { id: source.id });
      const about = [source.publisher, source.date?.text].filter(Boolean).join(', ');
      return h(
        'li',
        {},
        h('blockquote', { class: 'excerpt' }, item.excerpt),
        h(
          'p',
          { class: 'cite' },
          '— ',
          h(
            'a',
            { href, target: source.url ? '_blank' : undefined, rel: 'noopener' },
            source.title,
          ),
          about ? ` (${about})` : '',
          source.url ? '' : ' · full text in GraphiQL',
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
          'Attested',
          details.attestations
            .map(
              (attestation) =>
                `${attestation.date?.text ?? 'undated'} (${attestation.source.title})`,
            )
            .join('; '),
        ],
      ];
    case 'Statement':
      return [['Quote', details.quote.excerpt]];
    default:
      return [];
  }
}

/** The side panel for an entity: its properties, relationships drawn so far, and evidence. */
export function entityPanel(
  details: Details,
  relationships: { edge: EdgeInfo; neighbour: EntityLabelFragment }[],
  total: number | null,
  handlers: PanelHandlers,
): HTMLElement {
  const type = ENTITY_TYPES[details.__typename];
  const rows = properties(details).filter((row): row is [string, string] => Boolean(row[1]));
  const connect = h('button', { type: 'button', class: 'secondary' }, 'Connect from here');
  connect.addEventListener('click', () => handlers.onConnectFrom(details));
  const shown = total === null ? '' : ` (${relationships.length} of ${total} shown)`;
  return h(
    'div',
    { class: 'entity-panel' },
    h('p', { class: 'type-badge', style: `--type-colour:${type.colour}` }, type.label),
    h('h2', { id: 'panel-title' }, entityName(details)),
    h('p', { class: 'entity-id' }, h('code', {}, details.id)),
    rows.length > 0
      ? h(
          'dl',
          { class: 'properties' },
          ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
        )
      : null,
    h(
      'p',
      { class: 'actions' },
      connect,
      openInGraphiql(graphiqlLink(EntityDetailsDocument, { id: details.id })),
    ),
    h('h3', {}, `Relationships${shown}`),
    relationshipList(details.id, relationships, handlers),
    'evidence' in details ? h('h3', {}, 'Evidence') : null,
    'evidence' in details ? evidenceList(details.evidence) : null,
  );
}

function relationshipList(
  id: string,
  relationships: { edge: EdgeInfo; neighbour: EntityLabelFragment }[],
  handlers: PanelHandlers,
): HTMLElement {
  if (relationships.length === 0) {
    return h('p', { class: 'muted' }, 'None loaded yet.');
  }
  return h(
    'ul',
    { class: 'relationships' },
    ...relationships.map(({ edge, neighbour }) => {
      const outgoing = edge.source.id === id;
      const go = h('button', { type: 'button', class: 'link' }, entityName(neighbour));
      go.addEventListener('click', () => handlers.onEntity(neighbour.id));
      const evidence = h(
        'button',
        { type: 'button', class: 'secondary small', 'aria-label': `Evidence: ${edgeTitle(edge)}` },
        'Evidence',
      );
      evidence.addEventListener('click', () => handlers.onEdge(edge));
      return h(
        'li',
        {},
        h('span', {
          class: 'swatch',
          style: `background:${ENTITY_TYPES[neighbour.__typename].colour}`,
        }),
        h(
          'span',
          { class: 'rel' },
          outgoing ? '→ ' : '← ',
          relationshipLabel(edge.relationship, edge.qualifier),
          ' ',
        ),
        go,
        ' ',
        evidence,
      );
    }),
  );
}

/** "Li Jun — HAS_ROLE_IN (SIGNED) → Memorandum". */
export function edgeTitle(edge: EdgeInfo): string {
  return `${entityName(edge.source)} — ${relationshipLabel(edge.relationship, edge.qualifier)} → ${entityName(edge.target)}`;
}

/** The side panel for a relationship: both ends and the quotations that state it. */
export function edgePanel(edge: EdgeInfo, handlers: PanelHandlers): HTMLElement {
  const end = (entity: EntityLabelFragment): Child => {
    const button = h('button', { type: 'button', class: 'link' }, entityName(entity));
    button.addEventListener('click', () => handlers.onEntity(entity.id));
    return button;
  };
  return h(
    'div',
    { class: 'edge-panel' },
    h('p', { class: 'type-badge', style: '--type-colour:#475569' }, 'Relationship'),
    h('h2', { id: 'panel-title' }, relationshipLabel(edge.relationship, edge.qualifier)),
    h('p', { class: 'edge-ends' }, end(edge.source), ' → ', end(edge.target)),
    h('h3', {}, 'Evidence'),
    evidenceList(edge.evidence),
  );
}
