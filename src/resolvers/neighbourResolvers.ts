import type { NeighbourResolvers, QueryResolvers } from '../generated/graphql';
import type { NeighbourModel } from '../models';
import { findNeighbours } from '../repositories/neighbourRepository';
import { checkPage } from './argumentLimits';
import { evidenceField } from './loadEntities';
import { pageResolvers } from './pageResolvers';

export const neighbourQueries: Pick<QueryResolvers, 'neighbours'> = {
  neighbours: (_root, { id, first, after, source, types, asOf }, ctx) =>
    findNeighbours(ctx.db, id, checkPage(ctx, { first, after }), {
      types: types ?? [],
      asOf: asOf ?? null,
      sourceId: source ?? null,
    }),
};

export const Neighbour: NeighbourResolvers = { evidence: evidenceField };

export const NeighbourConnection = pageResolvers<NeighbourModel>();
