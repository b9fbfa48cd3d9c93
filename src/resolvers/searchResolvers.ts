import { describeEntity } from '../domain/describeEntity';
import { checkSearchArguments } from '../domain/searchArguments';
import type { QueryResolvers, SearchHitResolvers } from '../generated/graphql';
import { SEARCHABLE_TYPES } from '../repositories/entityTypes';
import { searchEntities } from '../repositories/searchRepository';

export const searchQueries: Pick<QueryResolvers, 'search'> = {
  search: (_root, { query, types, first }, ctx) => {
    const size = checkSearchArguments(query, first, ctx.config.limits.maxPageSize);
    return searchEntities(ctx.db, query, types?.length ? types : SEARCHABLE_TYPES, size);
  },
};

export const SearchHit: SearchHitResolvers = {
  description: async (hit, _args, ctx) => {
    const context = await ctx.loaders.entityContexts.load(hit.node.id);
    return context ? describeEntity(context) : null;
  },
};
