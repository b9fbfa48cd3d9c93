import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { defaultFieldResolver, isInterfaceType, isObjectType } from 'graphql';

import { isPlanned } from './projection';

type AnyResolver = GraphQLFieldResolver<unknown, unknown>;
type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * Lets every field read what a plan fetched: on an object a plan built, a field's value is
 * already there under its response key; on any other parent the field's own resolver runs.
 * Abstract types resolve a planned object by the type the plan tagged it with.
 */
export function withPlannedFields(schema: GraphQLSchema, resolvers: ResolverMap): ResolverMap {
  const out: ResolverMap = { ...resolvers };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) && type.name !== 'Query' && type.name !== 'Mutation') {
      const own = resolvers[type.name] ?? {};
      const fields: Record<string, unknown> = { ...own };
      for (const name of Object.keys(type.getFields())) {
        const resolve = (own[name] as AnyResolver | undefined) ?? defaultFieldResolver;
        fields[name] = ((parent, args, ctx, info) =>
          isPlanned(parent)
            ? parent[info.path.key]
            : resolve(parent, args, ctx, info)) as AnyResolver;
      }
      out[type.name] = fields;
    }
    if (isInterfaceType(type)) {
      const own = resolvers[type.name] ?? {};
      const resolveType = own.__resolveType as
        ((value: unknown, ...rest: unknown[]) => unknown) | undefined;
      out[type.name] = {
        ...own,
        __resolveType: (value: unknown, ...rest: unknown[]) =>
          isPlanned(value) ? value.__typename : resolveType?.(value, ...rest),
      };
    }
  }
  return out;
}
