/**
 * One line that tells an entity apart from others of the same name (search hits): who a person
 * is by their current or latest position, what an organization is and where it belongs, which
 * parties a program joins and when.
 */
import { describeRelationship } from './relationshipWording';

/** A partial date: its text as claimed and the days it covers. */
export interface ContextDate {
  text: string;
  earliest: string;
  latest: string;
}

/** What the graph knows around an entity, read for its description. */
export type EntityContext =
  | {
      type: 'Person';
      positions: {
        title: string;
        organization: string;
        start: ContextDate | null;
        end: ContextDate | null;
        attestedOn: ContextDate | null;
      }[];
      roles: { role: string | null; program: string; start: ContextDate | null }[];
    }
  | {
      type: 'Organization';
      kind: string;
      /** A curated kind's name ("School"), which says more than the built-in `kind` it counts as. */
      kindName?: string | null;
      parent: { name: string; relation: string | null } | null;
      place: string | null;
    }
  | {
      type: 'Program';
      kind: string;
      start: ContextDate | null;
      parties: string[];
      partyCount: number;
    }
  | { type: 'Event'; kind: string; date: ContextDate | null; place: string | null }
  | { type: 'Place'; kind: string; kindName?: string | null; within: string | null }
  | { type: 'DiseaseArea' | 'CooperationAspect'; programs: number };

/** Parties a program description names before "+N more". */
export const PARTIES_NAMED = 3;

/** `RESEARCH_INSTITUTE` -> "Research institute". */
export function kindWord(kind: string): string {
  const words = kind.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const year = (date: ContextDate) => date.earliest.slice(0, 4);

/** "2015–2020", "since 2015", "until 2020", "2018" (attested only), or "". */
export function yearsText(
  start: ContextDate | null,
  end: ContextDate | null,
  attestedOn: ContextDate | null = null,
): string {
  if (start && end) return year(start) === year(end) ? year(start) : `${year(start)}–${year(end)}`;
  if (start) return `since ${year(start)}`;
  if (end) return `until ${year(end)}`;
  return attestedOn ? year(attestedOn) : '';
}

type PersonPosition = Extract<EntityContext, { type: 'Person' }>['positions'][number];

/** The position a person is best known by now: a current one (latest start first), else the one that ended last. */
export function latestPosition(positions: readonly PersonPosition[]): PersonPosition | null {
  const started = (p: PersonPosition) => p.start?.earliest ?? p.attestedOn?.earliest ?? '';
  const current = positions.filter((p) => p.end === null);
  const pool = current.length > 0 ? current : positions;
  const key = (p: PersonPosition) => (current.length > 0 ? started(p) : (p.end?.latest ?? ''));
  return (
    [...pool].sort(
      (a, b) =>
        key(b).localeCompare(key(a)) ||
        a.title.localeCompare(b.title) ||
        a.organization.localeCompare(b.organization),
    )[0] ?? null
  );
}

const join = (parts: (string | null | undefined | false)[]) =>
  parts.filter((part): part is string => Boolean(part)).join(' · ');

/** The description of an entity from its context; null when nothing beyond its name is known. */
export function describeEntity(context: EntityContext): string | null {
  switch (context.type) {
    case 'Person': {
      const position = latestPosition(context.positions);
      if (position) {
        const years = yearsText(position.start, position.end, position.attestedOn);
        return `${position.title} @ ${position.organization}${years ? `, ${years}` : ''}`;
      }
      const role = context.roles[0];
      if (!role) return null;
      const verb = describeRelationship('HAS_ROLE_IN', true, role.role);
      return `${verb} ${role.program}${role.start ? ` (${year(role.start)})` : ''}`;
    }
    case 'Organization': {
      const kind = context.kindName ?? kindWord(context.kind);
      if (!context.parent) return join([kind, context.place]);
      const relation = context.parent.relation ?? 'unit';
      // "Hospital of Anhui Medical University", not "Hospital · hospital of …".
      return relation.toLowerCase() === kind.toLowerCase()
        ? `${kind} of ${context.parent.name}`
        : `${kind} · ${relation} of ${context.parent.name}`;
    }
    case 'Program': {
      const more = context.partyCount - context.parties.length;
      return join([
        kindWord(context.kind),
        context.parties.length > 0 &&
          context.parties.join(', ') + (more > 0 ? ` +${more} more` : ''),
        context.start && year(context.start),
      ]);
    }
    case 'Event':
      return join([kindWord(context.kind), context.date?.text, context.place]);
    case 'Place': {
      const kind = context.kindName ?? kindWord(context.kind);
      return context.within ? `${kind} in ${context.within}` : kind;
    }
    case 'DiseaseArea':
    case 'CooperationAspect':
      return `${context.type === 'DiseaseArea' ? 'Disease area' : 'Cooperation aspect'} · ${context.programs} program${context.programs === 1 ? '' : 's'}`;
  }
}
