import type { EntityTimelineQuery } from '../generated/graphql';
import { h } from '../shared/dom';
import { periodText, typeClass } from './entity';
import type { Typename } from './entity';

/** One line of a timeline: a period (a position, a program) or a moment (an event). */
export interface TimelineItem {
  id: string;
  /** The entity the line opens in the explorer (a position opens its organization). */
  target: string;
  typename: Typename;
  label: string;
  /** ISO dates: the first day, and the last for a period (null while it lasts). */
  start: string | null;
  end: string | null;
  moment: boolean;
  /** The dates as the sources give them ("since 2015", "2016-03-10", "held in 2011 and in 2018"). */
  when: string;
  /** More days the item is placed on, drawn as dots on its row (a position's other attestations). */
  also?: string[];
}

/** The dates sources place an undated position on, earliest first, without repeats. */
function attestedDates(
  attestations: readonly { date?: { text: string; earliest: string } | null }[],
): { text: string; earliest: string }[] {
  const seen = new Set<string>();
  return attestations
    .flatMap((a) => (a.date ? [a.date] : []))
    .sort((a, b) => a.earliest.localeCompare(b.earliest))
    .filter((date) => !seen.has(date.text) && seen.add(date.text));
}

type Node = NonNullable<EntityTimelineQuery['node']>;

/**
 * The lines of an entity's timeline: a person's positions (every attested date of an undated
 * one), programs, events and statements; an organization's programs and events; a program's
 * start, events (those that produced it and those that belong to it), parts and end.
 */
export function timelineItems(node: Node): TimelineItem[] {
  switch (node.__typename) {
    case 'Person':
      return [
        ...node.positions.map((p): TimelineItem => {
          const item = {
            id: p.id,
            target: p.organization.id,
            typename: 'Position' as const,
            label: `${p.title} @ ${p.organization.name}`,
            start: p.start?.earliest ?? p.attestedOn?.earliest ?? null,
            end: p.end?.latest ?? (p.start ? null : (p.attestedOn?.earliest ?? null)),
            moment: !p.start && !p.end,
            when: periodText(p.start, p.end, p.attestedOn),
          };
          // No start or end: every source's date is a dot ("held in 2011 and in 2018").
          const attested = attestedDates(p.attestations);
          if (!item.moment || attested.length < 2) return item;
          const [first, ...rest] = attested;
          return {
            ...item,
            start: first?.earliest ?? item.start,
            end: first?.earliest ?? item.end,
            when: `held in ${attested.map((date) => date.text).join(' and in ')}`,
            also: rest.map((date) => date.earliest),
          };
        }),
        ...node.programRoles.map((r) => ({
          id: `${r.program.id}:${r.role}`,
          target: r.program.id,
          typename: 'Program' as const,
          label: `${r.role.toLowerCase()} · ${r.program.name}`,
          start: r.program.start?.earliest ?? null,
          end: r.program.end?.latest ?? null,
          moment: false,
          when: periodText(r.program.start, r.program.end),
        })),
        ...node.events.map((e) => ({
          id: `${e.event.id}:${e.role}`,
          target: e.event.id,
          typename: 'Event' as const,
          label: `${e.event.name} (${e.role.toLowerCase()})`,
          start: e.event.date?.earliest ?? null,
          end: null,
          moment: true,
          when: e.event.date?.text ?? '',
        })),
        ...node.statements.map((st) => ({
          id: st.id,
          target: st.id,
          typename: 'Statement' as const,
          label: `${st.kind.toLowerCase()} (statement)`,
          start: st.date?.earliest ?? null,
          end: null,
          moment: true,
          when: st.date?.text ?? '',
        })),
      ];
    case 'Organization':
      return [
        ...node.programs.map((p) => ({
          id: `${p.program.id}:${p.role}`,
          target: p.program.id,
          typename: 'Program' as const,
          label: `${p.program.name} (${p.role.toLowerCase()})`,
          start: p.program.start?.earliest ?? null,
          end: p.program.end?.latest ?? null,
          moment: false,
          when: periodText(p.program.start, p.program.end),
        })),
        ...node.hostedEvents.map((e) => ({
          id: e.id,
          target: e.id,
          typename: 'Event' as const,
          label: `${e.name} (hosted)`,
          start: e.date?.earliest ?? null,
          end: null,
          moment: true,
          when: e.date?.text ?? '',
        })),
      ];
    case 'Program':
      return [
        {
          id: node.id,
          target: node.id,
          typename: 'Program' as const,
          label: node.name,
          start: node.start?.earliest ?? null,
          end: node.end?.latest ?? null,
          moment: false,
          when: periodText(node.start, node.end),
        },
        ...node.producedBy.map((e) => ({
          id: e.id,
          target: e.id,
          typename: 'Event' as const,
          label: `${e.name} (produced it)`,
          start: e.date?.earliest ?? null,
          end: null,
          moment: true,
          when: e.date?.text ?? '',
        })),
        ...node.events.map((link) => ({
          id: `${link.event.id}:within`,
          target: link.event.id,
          typename: 'Event' as const,
          label: `${link.event.name} (${link.relation ?? 'belongs to it'})`,
          start: link.event.date?.earliest ?? null,
          end: null,
          moment: true,
          when: link.event.date?.text ?? '',
        })),
        ...node.subPrograms.map((p) => ({
          id: p.id,
          target: p.id,
          typename: 'Program' as const,
          label: `${p.name} (part)`,
          start: p.start?.earliest ?? null,
          end: p.end?.latest ?? null,
          moment: false,
          when: periodText(p.start, p.end),
        })),
      ];
    default:
      return [];
  }
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));
const fraction = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  const start = Date.UTC(date.getUTCFullYear(), 0, 1);
  return yearOf(iso) + (date.getTime() - start) / (366 * 86_400_000);
};

/**
 * A timeline of dated items on a shared axis of years (periods as bars, moments as dots, what
 * lasts runs to today), earliest first; undated items listed after it. `asOf` draws a line on
 * that date. A click on an item's name calls `onOpen` with its target.
 */
export function timelineView(
  items: TimelineItem[],
  options: { asOf: string | null; onOpen(id: string): void; title: string },
): HTMLElement {
  const dated = items
    .filter((item) => item.start !== null)
    .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.label.localeCompare(b.label));
  const undated = items.filter((item) => item.start === null);
  const now = new Date().toISOString().slice(0, 10);
  const open = (item: TimelineItem) => {
    const button = h('button', { type: 'button', class: 'link tl-open' }, item.label);
    button.addEventListener('click', () => options.onOpen(item.target));
    return button;
  };
  if (dated.length === 0 && undated.length === 0) {
    return h('p', { class: 'muted' }, 'Nothing dated to show.');
  }
  const ends = dated.map((item) => item.end ?? (item.moment ? (item.start ?? now) : now));
  const first = Math.min(
    ...dated.map((item) => yearOf(item.start ?? now)),
    ...(options.asOf ? [yearOf(options.asOf)] : []),
  );
  const last =
    Math.max(
      ...ends.map(yearOf),
      ...dated.flatMap((item) => (item.also ?? []).map(yearOf)),
      ...(options.asOf ? [yearOf(options.asOf)] : []),
    ) + 1;
  const span = Math.max(last - first, 1);
  const at = (iso: string) => `${(((fraction(iso) - first) / span) * 100).toFixed(2)}%`;
  const step = span > 24 ? 10 : span > 10 ? 5 : span > 5 ? 2 : 1;
  const ticks: HTMLElement[] = [];
  for (let year = first; year <= last; year += step) {
    const tick = h('span', { class: 'tl-tick' }, String(year));
    tick.style.left = at(`${year}-01-01`);
    ticks.push(tick);
  }
  const rows = dated.map((item, i) => {
    const mark = h('span', {
      class: `${item.moment ? 'tl-dot' : 'tl-bar'} ${typeClass(item.typename)}`,
      title: `${item.label}: ${item.when}`,
    });
    mark.style.left = at(item.start ?? now);
    if (!item.moment) {
      const endsAt = fraction(ends[i] ?? now);
      const width = Math.max(((endsAt - fraction(item.start ?? now)) / span) * 100, 0.8);
      mark.style.width = `${width.toFixed(2)}%`;
      if (item.end === null) mark.classList.add('tl-ongoing');
    }
    const more = (item.also ?? []).map((day) => {
      const dot = h('span', {
        class: `tl-dot ${typeClass(item.typename)}`,
        title: `${item.label}: ${item.when}`,
      });
      dot.style.left = at(day);
      return dot;
    });
    return h(
      'li',
      { class: 'tl-row', 'data-id': item.id },
      h('span', { class: 'tl-label' }, open(item), ' ', h('span', { class: 'tl-when' }, item.when)),
      h('span', { class: 'tl-track' }, mark, ...more),
    );
  });
  const axis = h('div', { class: 'tl-axis', 'aria-hidden': 'true' }, ...ticks);
  let marker: HTMLElement | null = null;
  if (options.asOf) {
    marker = h('span', { class: 'tl-asof', title: `As of ${options.asOf}` });
    marker.style.left = at(options.asOf);
  }
  return h(
    'section',
    { class: 'timeline', 'aria-label': options.title },
    h('div', { class: 'tl-chart' }, axis, h('ol', { class: 'tl-rows' }, ...rows), marker),
    undated.length > 0
      ? h(
          'div',
          { class: 'tl-undated' },
          h('h4', {}, 'Undated'),
          h('ul', {}, ...undated.map((item) => h('li', { 'data-id': item.id }, open(item)))),
        )
      : null,
  );
}
