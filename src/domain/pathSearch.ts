import { Label, VOCABULARY_LABELS } from '../db/labelsAndTypes';
import { ErrorCode, userError } from '../errors';
import type { ConnectionVia } from '../generated/graphql';

/** Longest path `connection` searches; beyond it the search space explodes. */
export const MAX_HOPS = 6;

/** The vocabulary label each `via` value lets paths pass through. */
const VIA_LABEL: Record<ConnectionVia, Label> = {
  DISEASE_AREA: Label.DiseaseArea,
  COOPERATION_ASPECT: Label.CooperationAspect,
  PLACE: Label.Place,
  TERM: Label.Term,
};

/**
 * How a `connection` searches: the longest path (`maxHops`, 4 when unset; MAX_HOPS_EXCEEDED
 * outside 1..MAX_HOPS) and the vocabulary labels paths avoid (all but those `via` allows).
 */
export function pathSearch(
  maxHops: number | null | undefined,
  via: readonly ConnectionVia[] | null | undefined,
): { hops: number; avoid: Label[] } {
  const hops = maxHops ?? 4;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
    throw userError(
      ErrorCode.MAX_HOPS_EXCEEDED,
      `"maxHops" must be between 1 and ${MAX_HOPS} (got ${hops}).`,
      { argument: 'maxHops', maximum: MAX_HOPS },
    );
  }
  const allowed = new Set((via ?? []).map((value) => VIA_LABEL[value]));
  return { hops, avoid: VOCABULARY_LABELS.filter((label) => !allowed.has(label)) };
}

/** The NOT_FOUND error of a connection whose ends are not all found, naming each unknown one. */
export function unknownEnds(ends: { argument: 'from' | 'to'; id: string; found: boolean }[]) {
  const unknown = ends.filter((end) => !end.found).map(({ argument, id }) => ({ argument, id }));
  const which = unknown.map((end) => `"${end.id}" (${end.argument})`).join(' and ');
  return userError(ErrorCode.NOT_FOUND, `No entity has the id ${which}: nothing to connect.`, {
    argument: unknown[0]?.argument,
    unknown,
  });
}
