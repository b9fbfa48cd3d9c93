import Cypher from '@neo4j/cypher-builder';

import type { Label } from '../db/labelsAndTypes';
import { toPlain } from '../db/toPlain';
import { describeEntity } from '../domain/describeEntity';
import { CONTEXT_READERS } from '../repositories/entityContextRepository';
import { nodeOf } from './fieldRules';
import type { FieldRule } from './projection';

/** The labels with a context, in a fixed order: a description's tag is its index. */
const CONTEXT_LABELS = Object.keys(CONTEXT_READERS) as Label[];

/**
 * What tells a hit apart from others of its name (see `describeEntity`), read in the statement
 * from the columns the loaders read it from (`CONTEXT_READERS`), each as a map entry.
 */
const description: FieldRule = (_field, scope) => {
  const node = nodeOf(scope);
  const expr = new Cypher.Raw((env) => {
    const n = env.compile(node);
    const branches = CONTEXT_LABELS.map((label, i) => {
      const columns = Object.entries(CONTEXT_READERS[label]?.columns ?? {})
        // The columns are written on `n`: the hit's node is bound to that name first.
        .map(([name, expression]) => `${name}: ${expression}`)
        .join(', ');
      return `WHEN ${n}:${label} THEN [${i}, head(COLLECT { WITH ${n} AS n RETURN {${columns}} })]`;
    });
    return `CASE ${branches.join(' ')} END`;
  });
  return {
    expr,
    decode(raw) {
      if (raw === null || raw === undefined) return null;
      const [tag, columns] = raw as [unknown, unknown];
      const reader = CONTEXT_READERS[CONTEXT_LABELS[Number(toPlain(tag))] as Label];
      if (!reader || columns === null) return null;
      return describeEntity(reader.read(toPlain(columns) as Record<string, unknown>));
    },
  };
};

/** The fields of a hit that its ranking gives, not the statement. */
export const RANKED_FIELDS = ['type', 'name', 'score', 'match'] as const;

/** A field the hit's ranking fills in after the statement (see `searchFor`). */
const ranked: FieldRule = () => ({ expr: null, decode: () => undefined });

export const SEARCH_HIT_RULES: Readonly<Record<string, FieldRule>> = {
  node: (field, scope, compiler) => compiler.sub(field, scope),
  description,
  ...Object.fromEntries(RANKED_FIELDS.map((name) => [name, ranked])),
};
