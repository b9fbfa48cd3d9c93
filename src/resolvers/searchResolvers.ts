import { describeEntity } from '../domain/describeEntity';
import type { QueryResolvers, SearchHitResolvers } from '../generated/graphql';
import { badUserInput } from '../errors';
import { SEARCHABLE_TYPES } from '../repositories/entityTypes';
import { searchEntities } from '../repositories/searchRepository';
import { checkListSize } from './limits';

/** Longest query text accepted; names are short, and Lucene work grows with the words. */
const MAX_QUERY_LENGTH = 200;

export const searchQueries: Pick<QueryResolvers, 'search'> = {
  search: (_root, { query, types, first }, ctx) => {
    const size = checkListSize(ctx, first, 10);
    if (query.trim().length === 0) throw badUserInput('"query" cannot be empty.', 'query');
    if (query.length > MAX_QUERY_LENGTH) {
      throw badUserInput(`"query" can be at most ${MAX_QUERY_LENGTH} characters.`, 'query');
    }
    return searchEntities(ctx.db, query, types?.length ? types : SEARCHABLE_TYPES, size);
  },
};

export const SearchHit: SearchHitResolvers = {
  description: async (hit, _args, ctx) => {
    const context = await ctx.loaders.entityContexts.load(hit.node.id);
    return context ? describeEntity(context) : null;
  },
};
