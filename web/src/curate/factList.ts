import type { DraftFact, EntityFact } from '../../../src/draft/draftTypes';
import { h, replace } from '../shared/dom';
import type { ReviewState } from './reviewState';

/** Links that add to an entity the graph holds (its `amend` entry). */
function addsToKnown(fact: DraftFact, facts: DraftFact[]): boolean {
  if (fact.type !== 'link' || fact.owner === null) return false;
  const owner = facts.find((f) => f.key === fact.owner);
  return owner?.type === 'entity' && owner.existing;
}

/** The groups of the form, in reading order. */
const GROUPS: { title: string; test: (f: DraftFact, all: DraftFact[]) => boolean }[] = [
  { title: 'People', test: (f) => f.type === 'entity' && f.kind === 'person' },
  { title: 'Organizations', test: (f) => f.type === 'entity' && f.kind === 'organization' },
  { title: 'Positions', test: (f) => f.type === 'link' && f.kind === 'position' },
  { title: 'Places', test: (f) => f.type === 'entity' && f.kind === 'place' },
  { title: 'Programs', test: (f) => f.type === 'entity' && f.kind === 'program' },
  { title: 'Events', test: (f) => f.type === 'entity' && f.kind === 'event' },
  { title: 'Participant groups', test: (f) => f.type === 'link' && f.kind === 'group' },
  { title: 'Statements', test: (f) => f.type === 'entity' && f.kind === 'statement' },
  {
    title: 'Aspects and disease areas',
    test: (f) => f.type === 'entity' && (f.kind === 'aspect' || f.kind === 'diseaseArea'),
  },
  {
    title: 'Roles, kinds and designations (terms)',
    test: (f) => f.type === 'entity' && f.kind === 'term',
  },
  { title: 'Additions to known entities (amend)', test: (f, all) => addsToKnown(f, all) },
  {
    title: 'Links',
    test: (f, all) =>
      f.type === 'link' && !['position', 'group'].includes(f.kind) && !addsToKnown(f, all),
  },
];

/** An element id for a fact key (`person:3` -> `fact-person-3`). */
export function factElementId(key: string): string {
  return `fact-${key.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** What the form tells the page. */
export interface FactListHandlers {
  /** A fact was kept, dropped or edited: the document changed. */
  onChange(): void;
  /** Show a fact's excerpts in the article. */
  onFocus(key: string): void;
}

/**
 * The draft as a form: one row per fact with its excerpt link, confidence and checks, a box to
 * keep or drop it, the fields a curator edits (name, title, role) and, for entities, the ids to
 * choose from. A dropped entity greys out the links that depend on it.
 */
export class FactList {
  readonly element = h('div', { class: 'fact-list', id: 'fact-list' });

  constructor(
    private readonly state: ReviewState,
    private readonly handlers: FactListHandlers,
  ) {}

  render(): void {
    const sections = GROUPS.map((group) => {
      const facts = this.state.draft.facts.filter((f) => group.test(f, this.state.draft.facts));
      if (facts.length === 0) return null;
      return h(
        'section',
        { class: 'fact-group', 'aria-label': group.title },
        h('h3', {}, `${group.title} (${facts.length})`),
        h('ul', {}, ...facts.map((fact) => this.row(fact))),
      );
    });
    replace(this.element, ...sections);
  }

  private row(fact: DraftFact): HTMLElement {
    const kept = this.state.isKept(fact.key);
    const blocked = this.state.missingDependency(fact.key);
    const id = factElementId(fact.key);
    const keep = h('input', {
      type: 'checkbox',
      id: `${id}-keep`,
      checked: kept,
      disabled: blocked,
      'aria-describedby': `${id}-label`,
    });
    keep.addEventListener('change', () => {
      this.state.setKept(fact.key, keep.checked);
      this.render();
      this.handlers.onChange();
    });
    const show = h(
      'button',
      { type: 'button', class: 'link fact-label', id: `${id}-label`, title: 'Show in the article' },
      fact.label,
    );
    show.addEventListener('click', () => this.handlers.onFocus(fact.key));
    const classes = [
      'fact',
      kept ? 'kept' : 'dropped',
      fact.checks.length > 0 ? 'needs-check' : '',
      fact.confidence < 0.7 ? 'low' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return h(
      'li',
      { class: classes, id, 'data-key': fact.key },
      h(
        'div',
        { class: 'fact-head' },
        h(
          'label',
          { class: 'keep', for: `${id}-keep` },
          keep,
          h('span', { class: 'visually-hidden' }, 'Keep'),
        ),
        show,
        h('span', { class: 'confidence', title: 'confidence' }, fact.confidence.toFixed(2)),
      ),
      blocked ? h('p', { class: 'muted' }, 'Left out: an entity it needs is dropped.') : null,
      fact.type === 'entity' && fact.kind === 'statement'
        ? this.statementFields(fact, id)
        : fact.type === 'entity'
          ? this.entityFields(fact, id)
          : fact.kind === 'group'
            ? this.groupFields(fact, id)
            : this.linkFields(fact, id),
      fact.checks.length > 0
        ? h('ul', { class: 'checks' }, ...fact.checks.map((c) => h('li', {}, `Check: ${c}`)))
        : null,
    );
  }

  private textField(fact: DraftFact, field: string, label: string, id: string): HTMLElement {
    const value = fact.value[field];
    const input = h('input', {
      type: 'text',
      id: `${id}-${field}`,
      value: typeof value === 'string' ? value : '',
    });
    input.addEventListener('change', () => {
      this.state.setValue(fact.key, field, input.value);
      this.handlers.onChange();
    });
    return h('label', { class: 'field' }, h('span', {}, label), input);
  }

  private entityFields(fact: EntityFact, id: string): HTMLElement {
    if (fact.candidates.length === 0)
      return h('div', { class: 'fields' }, h('p', { class: 'muted' }, fact.id));
    const select = h(
      'select',
      { id: `${id}-id`, 'aria-label': 'Id' },
      ...fact.candidates.map((c) =>
        h(
          'option',
          { value: c.id, selected: c.id === fact.id, title: c.note },
          `${c.existing ? 'in the graph' : 'new'}: ${c.id}${c.existing ? ` (${c.match} ${c.score.toFixed(2)})` : ''}`,
        ),
      ),
    );
    select.addEventListener('change', () => {
      this.state.chooseId(fact.key, select.value);
      this.render();
      this.handlers.onChange();
    });
    return h(
      'div',
      { class: 'fields' },
      h('label', { class: 'field' }, h('span', {}, 'Id'), select),
      fact.existing
        ? h('p', { class: 'muted' }, 'Already in the graph: the document refers to it by id.')
        : this.textField(fact, 'name', 'Name', id),
    );
  }

  /** A statement: its quote, highlighted as in the article, and its kind. */
  private statementFields(fact: EntityFact, id: string): HTMLElement {
    const quote = fact.quote;
    return h(
      'div',
      { class: 'statement' },
      quote
        ? h(
            'blockquote',
            { class: 'quote', id: `${id}-quote` },
            h('mark', { class: 'quote', title: 'The quotation, verbatim' }, quote.quote),
          )
        : null,
      h('div', { class: 'fields' }, this.textField(fact, 'kind', 'Kind', id)),
    );
  }

  /** A participant group: who they were and how many. */
  private groupFields(fact: DraftFact, id: string): HTMLElement {
    const value = fact.value.count;
    const count = h('input', {
      type: 'number',
      min: '1',
      step: '1',
      id: `${id}-count`,
      value: typeof value === 'number' ? String(value) : '',
    });
    count.addEventListener('change', () => {
      this.state.setCount(fact.key, 'count', count.value);
      this.handlers.onChange();
    });
    return h(
      'div',
      { class: 'fields' },
      this.textField(fact, 'description', 'Who', id),
      h('label', { class: 'field' }, h('span', {}, 'How many'), count),
    );
  }

  private linkFields(fact: DraftFact, id: string): HTMLElement | null {
    const fields = ['title', 'role', 'relation', 'wording'].filter(
      (f) => typeof fact.value[f] === 'string',
    );
    if (fields.length === 0) return null;
    return h(
      'div',
      { class: 'fields' },
      ...fields.map((f) => this.textField(fact, f, f.charAt(0).toUpperCase() + f.slice(1), id)),
    );
  }
}
