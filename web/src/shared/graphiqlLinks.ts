import { h } from './dom';

/** Marks a link to GraphiQL, so that it can be hidden where the server does not serve it. */
export const GRAPHIQL_LINK_CLASS = 'graphiql-link';

/**
 * Hides every GraphiQL link when the server does not serve GraphiQL (production turns it off
 * unless GRAPHIQL=true): a link that leads to a 404 is worse than none.
 */
export function hideGraphiqlLinksWhereOff(): void {
  fetch('/graphiql', { method: 'HEAD' })
    .then((response) => {
      if (!response.ok) document.documentElement.classList.add('no-graphiql');
    })
    .catch(() => undefined);
}

/** An "Open in GraphiQL" link to `href` (see `graphiqlLink`), hidden where GraphiQL is off. */
export function openInGraphiql(href: string): HTMLAnchorElement {
  return h('a', { href, class: GRAPHIQL_LINK_CLASS }, 'Open in GraphiQL');
}
