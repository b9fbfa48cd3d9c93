/**
 * The statements of the CSV export's post-import script. neo4j-admin import cannot write an
 * empty list (an empty cell is no property), so the script sets each one after the import.
 * The script is a file the operator runs, so values are written as literals, not parameters;
 * labels and types have been checked against the model by the caller.
 */

/** A string as a Cypher literal: JSON's escaping is valid Cypher string syntax. */
const cypherString = (text: string) => JSON.stringify(text);

/** Sets the empty list `key` on the node `label` with `id`. */
export function emptyNodeList(label: string, id: string, key: string): string {
  return `MATCH (n:${label} {id: ${cypherString(id)}}) SET n.\`${key}\` = [];`;
}

/**
 * Sets the empty list `key` on the relationship `type` between the two ids that has these key
 * properties (parallel relationships of one type differ by them).
 */
export function emptyRelationshipList(
  relationship: { type: string; fromLabel: string; fromId: string; toLabel: string; toId: string },
  keyProperties: Record<string, string>,
  key: string,
): string {
  const { type, fromLabel, fromId, toLabel, toId } = relationship;
  const keys = Object.entries(keyProperties)
    .map(([k, value]) => ` AND r.\`${k}\` = ${cypherString(value)}`)
    .join('');
  return `MATCH (:${fromLabel} {id: ${cypherString(fromId)}})-[r:${type}]->(:${toLabel} {id: ${cypherString(toId)}}) WHERE true${keys} SET r.\`${key}\` = [];`;
}
