import type { GraphQLField, GraphQLInputType } from 'graphql';
import { getNamedType, getNullableType, GraphQLID, isInputObjectType, isListType } from 'graphql';

import { Label } from '../db/labelsAndTypes';
import { StatementValue } from '../repositories/cypherParams';

/** The variable a planned statement binds the redirected ids to. */
export const REDIRECTED = 'redirected';

/**
 * A field's arguments with every ID (at any depth of its filters and lists) replaced by the
 * expression that reads it through its merge redirect in the statement itself, and the ids in
 * the order those expressions index them. So a filter naming an id that a merge replaced
 * matches the entity kept, without a statement of its own to look the redirect up (the
 * reference path's `followRedirects` does the same in one batched read).
 */
export function redirectedIds<T>(
  field: GraphQLField<unknown, unknown>,
  args: T,
): { args: T; ids: string[] } {
  const ids: string[] = [];
  const rewrite = (value: unknown, type: GraphQLInputType): unknown => {
    if (value === null || value === undefined) return value;
    const inner = getNullableType(type);
    if (isListType(inner)) {
      return Array.isArray(value) ? value.map((item) => rewrite(item, inner.ofType)) : value;
    }
    if (isInputObjectType(inner)) {
      if (typeof value !== 'object') return value;
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const child of Object.values(inner.getFields())) {
        if (child.name in out) out[child.name] = rewrite(out[child.name], child.type);
      }
      return out;
    }
    if (getNamedType(inner) === GraphQLID && typeof value === 'string') {
      ids.push(value);
      return new StatementValue(value, `${REDIRECTED}[${String(ids.length - 1)}]`);
    }
    return value;
  };
  const out: Record<string, unknown> = { ...(args as Record<string, unknown>) };
  for (const argument of field.args) {
    if (argument.name in out) out[argument.name] = rewrite(out[argument.name], argument.type);
  }
  return { args: out as T, ids };
}

/** The clause that binds `redirected`: each id given as `$redirectIds`, read through its redirect. */
export const REDIRECTED_CLAUSE = `CALL () {
  UNWIND range(0, size($redirectIds) - 1) AS k
  OPTIONAL MATCH (redirect:${Label.Redirect} {id: $redirectIds[k]})
  WITH k, coalesce(redirect.to, $redirectIds[k]) AS id ORDER BY k
  RETURN collect(id) AS ${REDIRECTED}
}
`;
