import { runQuery } from '../api/client';
import type { EntityLabelFragment, SearchEntitiesQuery as SearchData } from '../generated/graphql';
import { h, replace } from '../shared/dom';
import { showError } from '../shared/status';
import { ENTITY_TYPES, entityName, typeClass } from './entity';
import { SearchEntitiesQuery } from './queries';

const DEBOUNCE_MS = 200;
const HITS = 8;

let boxes = 0;

/**
 * A search combobox over the `search` query (ARIA 1.2 pattern): type to search, arrow keys move
 * through the hits, Enter picks the active (or first) hit, Escape closes the list.
 */
export function searchBox(options: {
  label: string;
  placeholder: string;
  onPick: (entity: EntityLabelFragment) => void;
}): { element: HTMLElement; input: HTMLInputElement; clear(): void } {
  boxes += 1;
  const listId = `search-hits-${boxes}`;
  const input = h('input', {
    id: `search-${boxes}`,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: options.placeholder,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'search-hits', hidden: true });
  const element = h(
    'div',
    { class: 'search-box' },
    h('label', { for: input.id }, options.label),
    input,
    list,
  );
  let hits: EntityLabelFragment[] = [];
  let descriptions: (string | null)[] = [];
  let active = -1;
  let timer: number | undefined;
  let asked = 0;
  let searched = '';

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (entity: EntityLabelFragment) => {
    close();
    input.value = entityName(entity);
    options.onPick(entity);
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) input.setAttribute('aria-activedescendant', option.id);
    });
  };
  const render = () => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (hits.length === 0) {
      replace(list, h('li', { class: 'search-empty' }, 'No matches'));
      return;
    }
    // Hits that still read alike (same name, same description) show their ids too.
    const seen = new Map<string, number>();
    const line = (i: number) =>
      `${entityName(hits[i] as EntityLabelFragment)}|${descriptions[i] ?? ''}`;
    hits.forEach((_, i) => seen.set(line(i), (seen.get(line(i)) ?? 0) + 1));
    replace(
      list,
      ...hits.map((entity, i) => {
        const description = descriptions[i];
        const alike = (seen.get(line(i)) ?? 0) > 1;
        const option = h(
          'li',
          { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false' },
          h('span', { class: `swatch ${typeClass(entity.__typename)}` }),
          h(
            'span',
            { class: 'hit-text' },
            h('span', { class: 'hit-name' }, entityName(entity)),
            description || alike
              ? h(
                  'span',
                  { class: 'hit-description' },
                  [description, alike ? entity.id : null].filter(Boolean).join(' · '),
                )
              : null,
          ),
          h('span', { class: 'hit-type' }, ENTITY_TYPES[entity.__typename].label),
        );
        // mousedown, not click: picking must happen before the input's blur closes the list.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(entity);
        });
        return option;
      }),
    );
  };
  /** Searches and shows the hits; true when they are the answer for `text`. */
  const search = async (text: string): Promise<boolean> => {
    const ticket = ++asked;
    if (text.trim() === '') {
      hits = [];
      close();
      return false;
    }
    replace(list, h('li', { class: 'search-empty', role: 'status' }, 'Searching…'));
    list.hidden = false;
    try {
      const data = await runQuery(SearchEntitiesQuery, { query: text, first: HITS });
      if (ticket !== asked) return false;
      hits = data.search.map((hit: SearchData['search'][number]) => hit.node);
      descriptions = data.search.map((hit) => hit.description ?? null);
      searched = text;
      active = -1;
      render();
      return true;
    } catch (error) {
      if (ticket === asked) showError(list, error);
      return false;
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(input.value), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      if (list.hidden) render();
      highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      highlight(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      window.clearTimeout(timer);
      const chosen = hits[active] ?? hits[0];
      if (chosen && searched === input.value) {
        pick(chosen);
      } else {
        // Enter before the hits arrived: search now and take the best hit.
        void search(input.value).then((answered) => {
          if (answered && hits[0]) pick(hits[0]);
        });
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);

  return {
    element,
    input,
    clear: () => {
      input.value = '';
      hits = [];
      descriptions = [];
      close();
    },
  };
}
