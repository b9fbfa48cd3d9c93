/**
 * Everything the explorer shows, as a value a link can carry: the focused entity, each
 * expansion (and how many pages of it), hidden and pinned entities, the type filters, the
 * layout, the connection asked for, the "as of" date and the selection. `/explore?…` with the
 * same state draws the same view.
 */
import type { EntityType } from '../generated/graphql';
import type { LayoutName } from './graphView';
import { LAYOUTS } from './graphView';

/** One expansion: an entity's neighbours (of one type, or all), so many pages of them. */
export interface Expansion {
  id: string;
  /** Null: the entity as first expanded (everything, or its groups when it is a hub). */
  type: EntityType | null;
  /** Pages drawn (pages after the first come from its "more" node). */
  pages: number;
}

export interface ViewState {
  focus: string | null;
  expansions: Expansion[];
  hidden: string[];
  pinned: string[];
  /** Entity typenames kept out of view. */
  excludedTypes: string[];
  /** Relationship types kept out of view (`POSITION` for positions). */
  excludedRelationships: string[];
  layout: LayoutName;
  connect: { from: string; to: string; hops: number } | null;
  asOf: string | null;
  selected: string | null;
}

/** Hops a connection searches when the link does not say (the API's default). */
export const DEFAULT_HOPS = 4;
/** The most hops the API searches. */
export const MAX_HOPS = 6;

const ENTITY_TYPES: readonly EntityType[] = [
  'PERSON',
  'ORGANIZATION',
  'PROGRAM',
  'EVENT',
  'PLACE',
  'DISEASE_AREA',
  'COOPERATION_ASPECT',
  'POSITION',
];

/** A view with nothing drawn. */
export function emptyView(): ViewState {
  return {
    focus: null,
    expansions: [],
    hidden: [],
    pinned: [],
    excludedTypes: [],
    excludedRelationships: [],
    layout: 'force',
    connect: null,
    asOf: null,
    selected: null,
  };
}

const isDate = (text: string | null): text is string =>
  text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

const list = (params: URLSearchParams, name: string) =>
  params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);

/** Reads a view from a query string; what it cannot read is left at its default. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view = emptyView();
  view.focus = params.get('id');
  view.expansions = params.getAll('x').flatMap((entry): Expansion[] => {
    const [id, type = '', pages = '1'] = entry.split(':');
    if (!id) return [];
    const kind = ENTITY_TYPES.find((known) => known === type) ?? null;
    const count = Number(pages);
    return [
      { id, type: kind, pages: Number.isInteger(count) && count > 0 ? Math.min(count, 50) : 1 },
    ];
  });
  view.hidden = list(params, 'hide');
  view.pinned = list(params, 'pin');
  view.excludedTypes = list(params, 'notypes');
  view.excludedRelationships = list(params, 'norels');
  const layout = params.get('layout');
  view.layout = layout && layout in LAYOUTS ? (layout as LayoutName) : 'force';
  const from = params.get('from');
  const to = params.get('to');
  const hops = Number(params.get('hops') ?? DEFAULT_HOPS);
  view.connect =
    from && to
      ? {
          from,
          to,
          hops: Number.isInteger(hops) && hops >= 1 && hops <= MAX_HOPS ? hops : DEFAULT_HOPS,
        }
      : null;
  const asOf = params.get('asOf');
  view.asOf = isDate(asOf) ? asOf : null;
  view.selected = params.get('sel');
  return view;
}

/** The query string of a view (without `?`), in a fixed order so equal views give equal links. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.focus) params.set('id', view.focus);
  for (const expansion of view.expansions) {
    const plain = expansion.type === null && expansion.pages === 1;
    params.append(
      'x',
      plain ? expansion.id : `${expansion.id}:${expansion.type ?? '*'}:${expansion.pages}`,
    );
  }
  if (view.hidden.length > 0) params.set('hide', view.hidden.join(','));
  if (view.pinned.length > 0) params.set('pin', view.pinned.join(','));
  if (view.excludedTypes.length > 0) params.set('notypes', view.excludedTypes.join(','));
  if (view.excludedRelationships.length > 0)
    params.set('norels', view.excludedRelationships.join(','));
  if (view.layout !== 'force') params.set('layout', view.layout);
  if (view.connect) {
    params.set('from', view.connect.from);
    params.set('to', view.connect.to);
    if (view.connect.hops !== DEFAULT_HOPS) params.set('hops', String(view.connect.hops));
  }
  if (view.asOf) params.set('asOf', view.asOf);
  if (view.selected) params.set('sel', view.selected);
  return params.toString();
}

/** The view with an expansion recorded: a new one, or one more page of an existing one. */
export function withExpansion(view: ViewState, expansion: Expansion): ViewState {
  const others = view.expansions.filter(
    (known) => !(known.id === expansion.id && known.type === expansion.type),
  );
  return { ...view, expansions: [...others, expansion] };
}
