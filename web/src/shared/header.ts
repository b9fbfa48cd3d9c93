import { h } from './dom';
import { GRAPHIQL_LINK_CLASS } from './graphiqlLinks';
import { initTheme, themeToggle } from './theme';

const PAGES = [
  { href: '/explore', label: 'Explorer' },
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/curate', label: 'Curate' },
  { href: '/graphiql', label: 'GraphiQL' },
];

/**
 * The site header with the page navigation (the current page marked for assistive tech) and the
 * light/dark toggle; applies the theme in force.
 */
export function siteHeader(current: string): HTMLElement {
  initTheme();
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
      themeToggle(),
    ),
  );
}
