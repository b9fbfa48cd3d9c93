import { h } from './dom';
import { GRAPHIQL_LINK_CLASS } from './graphiqlLinks';

const PAGES = [
  { href: '/explore', label: 'Explorer' },
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/curate', label: 'Curate' },
  { href: '/graphiql', label: 'GraphiQL' },
];

/** The site header with the page navigation; the current page is marked for assistive tech. */
export function siteHeader(current: '/explore' | '/dashboard' | '/curate'): HTMLElement {
  return h(
    'header',
    { class: 'site-header' },
    h('a', { class: 'brand', href: '/explore' }, 'cooperation-kg'),
    h(
      'nav',
      { 'aria-label': 'Pages' },
      ...PAGES.map((page) =>
        h(
          'a',
          {
            href: page.href,
            class: page.href === '/graphiql' ? GRAPHIQL_LINK_CLASS : undefined,
            'aria-current': page.href === current ? 'page' : undefined,
          },
          page.label,
        ),
      ),
    ),
  );
}
