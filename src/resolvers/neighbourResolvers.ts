import type { NeighbourResolvers, QueryResolvers } from '../generated/graphql';
import type { NeighbourModel } from '../models';
import { findNeighbours } from '../repositories/neighbourRepository';
import { followRedirects } from './followRedirects';
import { checkPage } from './limits';
import { evidenceField } from './load';
import { pageResolvers } from './pageResolvers';

export const neighbourQueries: Pick<QueryResolvers, 'neighbours'> = {
  neighbours: async (_root, args, ctx, info) => {
    const { id, first, after } = await followRedirects(ctx, info, args);
    return findNeighbours(ctx.db, id, checkPage(ctx, { first, after }));
  },
};

export const Neighbour: NeighbourResolvers = { evidence: evidenceField };

export const NeighbourConnection = pageResolvers<NeighbourModel>();
