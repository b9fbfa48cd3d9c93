import { ID_PREFIX } from '../../db/labelsAndTypes';
import { MAX_ID_LENGTH } from '../../domain/inputLimits';
import { slugify } from '../../domain/slugify';
import type { ProblemList } from './problemList';

// The ids below are those of entities a document may leave without an id of its own. Documents
// already imported have them in the graph: a change here would give their entities new ids.

/** The part of an id after its type prefix: `org/ahmu` -> `ahmu`. */
export function slugOf(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/** `position/<person>/<organization>/<title>`: one position per person, organization and title. */
export function positionId(personId: string, organizationId: string, title: string): string {
  return `${ID_PREFIX.Position}${slugOf(personId)}/${slugOf(organizationId)}/${slugify(title)}`;
}

/** `group/<event>/<description>`: a participant group is one per event and description. */
export function participantGroupId(eventId: string, description: string): string {
  return `${ID_PREFIX.ParticipantGroup}${slugOf(eventId)}/${slugify(description)}`;
}

/**
 * `statement/<source>/<start>-<end>`: a statement is one per quote, so its id is the place of
 * its quote (`quoteExcerptId`, `source/x#<start>-<end>`) in its source.
 */
export function statementId(sourceId: string, quoteExcerptId: string): string {
  const offsets = quoteExcerptId.slice(quoteExcerptId.indexOf('#') + 1);
  return `${ID_PREFIX.Statement}${slugOf(sourceId)}/${offsets}`;
}

/**
 * True when a computed id (a position's, a group's, a statement's) is no longer than an id may
 * be (MAX_ID_LENGTH, as a given one: Neo4j cannot index a longer one); otherwise adds a problem
 * asking for an id of its own. Given ids are bounded by the document schema.
 */
export function idFits(id: string, path: string, what: string, problems: ProblemList): boolean {
  if (id.length <= MAX_ID_LENGTH) return true;
  problems.add(
    path,
    `its computed id "${id.slice(0, 60)}…" has ${id.length} characters, more than the ${MAX_ID_LENGTH} an id may have: give the ${what} a shorter "id"`,
  );
  return false;
}
