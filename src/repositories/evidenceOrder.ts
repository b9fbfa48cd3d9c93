/*
 * Every stored evidence list (of an entity or a relationship) is kept in one canonical order:
 * by source, then by where the quotation starts and ends in the source text. A graph's content
 * then does not depend on the order its documents were imported, retracted and imported again
 * (an export's hash is the same), and a fact's quotations read in text order.
 */

/** Source id, start and end of an excerpt id (`source/x#120-180`). */
function partsOf(excerptId: string): [string, number, number] {
  const hash = excerptId.indexOf('#');
  const [start = '0', end = '0'] = excerptId.slice(hash + 1).split('-');
  return [excerptId.slice(0, hash), Number(start), Number(end)];
}

/** Orders excerpt ids canonically (see above). */
export function compareExcerptIds(a: string, b: string): number {
  const [sourceA, startA, endA] = partsOf(a);
  const [sourceB, startB, endB] = partsOf(b);
  if (sourceA !== sourceB) return sourceA < sourceB ? -1 : 1;
  return startA - startB || endA - endB;
}

/** Distinct excerpt ids, in canonical order. */
export function sortEvidence(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareExcerptIds);
}

/** A Cypher expression: the distinct excerpt ids of the list `list`, in canonical order. */
export function sortedEvidence(list: string): string {
  return `COLLECT { UNWIND ${list} AS e WITH DISTINCT e
    RETURN e ORDER BY split(e, '#')[0], toInteger(split(split(e, '#')[1], '-')[0]),
                      toInteger(split(split(e, '#')[1], '-')[1]) }`;
}

/**
 * A Cypher expression: the stored evidence list `stored` with the canonically ordered list
 * `incoming` added, in canonical order. Writes that add nothing new (a re-import) keep the
 * stored list as it is, and a first write takes `incoming` as it is, without a sort.
 */
export function withEvidence(stored: string, incoming: string): string {
  return `CASE WHEN ${stored} IS NULL THEN ${incoming}
               WHEN all(e IN ${incoming} WHERE e IN ${stored}) THEN ${stored}
               ELSE ${sortedEvidence(`${stored} + ${incoming}`)} END`;
}
