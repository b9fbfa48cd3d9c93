import '../shared/common.css';
import './source.css';

import { runQuery } from '../api/client';
import { graphql } from '../generated';
import type { SourcePageQuery } from '../generated/graphql';
import { byId, h, replace } from '../shared/dom';
import { hideGraphiqlLinksWhereOff } from '../shared/graphiqlLinks';
import { siteHeader } from '../shared/header';
import { showError, showLoading } from '../shared/status';
import type { Entity } from '../explore/entity';
import { ENTITY_TYPES, entityName, typeClass } from '../explore/entity';
import { relationshipId } from '../explore/graphView';
import { highlightSegments } from './highlights';

export const SourcePage = graphql(`
  query SourcePage($id: ID!) {
    source(id: $id) {
      id
      title
      publisher
      url
      language
      date {
        text
      }
      text
      excerpts {
        id
        start
        end
        excerpt
        statedEntities {
          ...EntityLabel
        }
        statedRelationships {
          relationship
          description
          qualifier
          from {
            ...EntityLabel
          }
          to {
            ...EntityLabel
          }
        }
      }
    }
  }
`);

type Source = NonNullable<SourcePageQuery['source']>;
type Excerpt = Source['excerpts'][number];
type Stated = Excerpt['statedRelationships'][number];

const app = byId('app', HTMLDivElement);
const params = new URLSearchParams(window.location.search);
const sourceId = params.get('id');
const article = h('article', { class: 'source-text', 'aria-label': 'The source text' });
const facts = h('aside', { class: 'facts', id: 'facts', 'aria-live': 'polite', tabindex: '-1' });
const heading = h('header', { class: 'source-head' });

const explorerLink = (query: Record<string, string>) =>
  `/explore?${new URLSearchParams(query).toString()}`;

/** Where a fact opens in the explorer: an entity focused, a relationship drawn alone and selected. */
function entityLink(entity: Entity): string {
  return explorerLink({ id: entity.id });
}
function relationshipLink(fact: Stated): string {
  // A position's two links open as the position (drawn as the edge person —title→ organization).
  const position = [fact.from, fact.to].find((end) => end.__typename === 'Position');
  if (position) return explorerLink({ id: position.id });
  return explorerLink({
    id: fact.from.id,
    from: fact.from.id,
    to: fact.to.id,
    hops: '1',
    sel: relationshipId(fact.from.id, fact.relationship, fact.qualifier, fact.to.id),
  });
}

function entityItem(entity: Entity): HTMLElement {
  return h(
    'li',
    {},
    h('span', { class: `swatch ${typeClass(entity.__typename)}` }),
    h('span', { class: 'fact-kind' }, ENTITY_TYPES[entity.__typename].label, ' '),
    h('a', { href: entityLink(entity) }, entityName(entity)),
  );
}

function relationshipItem(fact: Stated): HTMLElement {
  return h(
    'li',
    {},
    h(
      'a',
      { href: relationshipLink(fact) },
      `${entityName(fact.from)} ${fact.description} ${entityName(fact.to)}`,
    ),
  );
}

/** The facts the chosen quotations state, each a link into the explorer. */
function showFacts(excerpts: Excerpt[]): void {
  replace(
    facts,
    h(
      'h2',
      {},
      excerpts.length === 1 ? 'What this quotation states' : 'What these quotations state',
    ),
    ...excerpts.map((excerpt) =>
      h(
        'section',
        { class: 'fact-group', 'data-excerpt': excerpt.id },
        h('blockquote', { class: 'excerpt' }, excerpt.excerpt),
        h('p', { class: 'muted small-text' }, `Characters ${excerpt.start}–${excerpt.end}`),
        excerpt.statedEntities.length > 0 ? h('h3', {}, 'Entities') : null,
        excerpt.statedEntities.length > 0
          ? h('ul', { class: 'fact-list' }, ...excerpt.statedEntities.map(entityItem))
          : null,
        excerpt.statedRelationships.length > 0 ? h('h3', {}, 'Relationships') : null,
        excerpt.statedRelationships.length > 0
          ? h('ul', { class: 'fact-list' }, ...excerpt.statedRelationships.map(relationshipItem))
          : null,
        excerpt.statedEntities.length + excerpt.statedRelationships.length === 0
          ? h('p', { class: 'muted' }, 'No fact cites this quotation any more.')
          : null,
      ),
    ),
  );
}

/** Marks the highlights of the chosen quotations, keeps the choice in the URL, and lists their facts. */
function choose(source: Source, ids: string[], scroll: boolean): void {
  const chosen = source.excerpts.filter((excerpt) => ids.includes(excerpt.id));
  for (const mark of article.querySelectorAll('mark')) {
    const covering = (mark.dataset.excerpts ?? '').split(' ');
    mark.classList.toggle(
      'chosen',
      covering.some((id) => ids.includes(id)),
    );
  }
  const url = new URL(window.location.href);
  if (chosen[0]) url.searchParams.set('excerpt', chosen[0].id);
  window.history.replaceState(null, '', url);
  showFacts(chosen);
  const first = article.querySelector('mark.chosen');
  if (scroll && first) first.scrollIntoView({ block: 'center' });
}

function render(source: Source): void {
  document.title = `${source.title} · cooperation-kg`;
  const about = [source.publisher, source.date?.text, source.language].filter(Boolean).join(' · ');
  replace(
    heading,
    h('p', { class: 'type-badge t-Source' }, 'Source'),
    h('h1', {}, source.title),
    about ? h('p', { class: 'muted' }, about) : null,
    h(
      'p',
      { class: 'muted small-text' },
      `${source.excerpts.length} quotations highlighted; choose one to see the facts it states.`,
      source.url ? ' ' : '',
      source.url
        ? h('a', { href: source.url, target: '_blank', rel: 'noopener' }, 'Original')
        : null,
    ),
  );
  const byId = new Map(source.excerpts.map((excerpt) => [excerpt.id, excerpt]));
  const firstMarks = new Set<string>();
  const nodes = highlightSegments(source.text, source.excerpts).map((segment) => {
    if (segment.excerpts.length === 0) return segment.text;
    const ids = segment.excerpts.map((excerpt) => excerpt.id);
    const label = segment.excerpts
      .map((excerpt) => byId.get(excerpt.id)?.excerpt ?? '')
      .join(' / ');
    const mark = h(
      'mark',
      {
        'data-excerpts': ids.join(' '),
        tabindex: '0',
        role: 'button',
        title: `Quotation: ${label}`,
        class: segment.excerpts.length > 1 ? 'overlap' : undefined,
      },
      segment.text,
    );
    for (const id of ids) {
      if (firstMarks.has(id)) continue;
      firstMarks.add(id);
      mark.id = mark.id || `x-${id.slice(id.indexOf('#') + 1)}`;
    }
    const pick = () => choose(source, ids, false);
    mark.addEventListener('click', pick);
    mark.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        pick();
      }
    });
    return mark;
  });
  replace(article, ...nodes);
  const wanted = params.get('excerpt');
  if (wanted && byId.has(wanted)) choose(source, [wanted], true);
  else
    replace(
      facts,
      h('h2', {}, 'Facts'),
      h(
        'p',
        { class: 'muted' },
        'Choose a highlighted quotation to see the facts it states and open them in the explorer.',
      ),
    );
}

hideGraphiqlLinksWhereOff();
replace(
  app,
  siteHeader('/source'),
  h('main', { class: 'source-page' }, heading, h('div', { class: 'source-body' }, article, facts)),
);

async function load(): Promise<void> {
  if (!sourceId) {
    replace(
      heading,
      h(
        'p',
        { class: 'status status-error', role: 'alert' },
        'No source asked for: open a quotation from the explorer.',
      ),
    );
    return;
  }
  showLoading(article, 'the source');
  try {
    const data = await runQuery(SourcePage, { id: sourceId });
    if (!data.source) {
      replace(
        heading,
        h(
          'p',
          { class: 'status status-error', role: 'alert' },
          `No source has the id ${sourceId}.`,
        ),
      );
      replace(article);
      return;
    }
    render(data.source);
  } catch (error) {
    showError(article, error, () => void load());
  }
}
void load();
