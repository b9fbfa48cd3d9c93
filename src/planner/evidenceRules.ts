import Cypher from '@neo4j/cypher-builder';

import { EVIDENCE_NODE_INDEX, EVIDENCE_RELATIONSHIP_INDEX } from '../db/migrations';
import { nodeOf } from './fieldRules';
import type { FieldRule } from './projection';
import { rawList } from './rawValues';

/**
 * The full-text query that finds an excerpt id as one keyword, built inside the statement from
 * the excerpt in scope (as `exactTermQuery` builds it for the loaders).
 */
const exactTerm = (excerpt: string) =>
  `'"' + replace(replace(${excerpt}.id, '\\\\', '\\\\\\\\'), '"', '\\\\"') + '"'`;

/**
 * What a quotation states, read through the evidence indexes: the entities whose evidence cites
 * it (and statements quoting it), by type then id.
 */
export const statedEntities: FieldRule = (field, scope, compiler) => {
  const found = new Cypher.Node();
  const item = compiler.abstract(field.byType, found);
  const expr = new Cypher.Raw((env) => {
    const excerpt = env.compile(nodeOf(scope));
    const n = env.compile(found);
    return `COLLECT {
  CALL db.index.fulltext.queryNodes('${EVIDENCE_NODE_INDEX}', ${exactTerm(excerpt)}) YIELD node AS ${n}
  WHERE ${excerpt}.id IN coalesce(${n}.evidence, []) OR ${n}.quote = ${excerpt}.id
  WITH ${n} ORDER BY labels(${n})[0], ${n}.id
  RETURN ${env.compile(item.expr ?? new Cypher.Literal(null))}
}`;
  });
  return {
    expr,
    decode: (raw, variables) => rawList(raw).map((value) => item.decode(value, variables)),
  };
};

/** The relationships a quotation is evidence of, by type, then the ids of their ends. */
export const statedRelationships: FieldRule = (field, scope, compiler) => {
  const rel = new Cypher.Relationship();
  const from = new Cypher.Node();
  const to = new Cypher.Node();
  const item = compiler.sub(field, { rel, ends: { from, to } });
  const expr = new Cypher.Raw((env) => {
    const excerpt = env.compile(nodeOf(scope));
    const [r, a, b] = [env.compile(rel), env.compile(from), env.compile(to)];
    return `COLLECT {
  CALL db.index.fulltext.queryRelationships('${EVIDENCE_RELATIONSHIP_INDEX}', ${exactTerm(excerpt)}) YIELD relationship AS ${r}
  WHERE ${excerpt}.id IN ${r}.evidence
  WITH ${r}, startNode(${r}) AS ${a}, endNode(${r}) AS ${b}
  ORDER BY type(${r}), ${a}.id, ${b}.id, coalesce(${r}.role, ${r}.relation, '')
  RETURN ${env.compile(item.expr ?? new Cypher.Literal(null))}
}`;
  });
  return {
    expr,
    decode: (raw, variables) => rawList(raw).map((value) => item.decode(value, variables)),
  };
};
