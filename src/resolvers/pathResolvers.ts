import { pathSearch, unknownEnds } from '../domain/pathSearch';
import type { ConnectionStepResolvers, QueryResolvers } from '../generated/graphql';
import { findShortestPaths } from '../repositories/pathRepository';
import { followRedirects } from './followRedirects';
import { evidenceField } from './loadEntities';

export const connectionQueries: Pick<QueryResolvers, 'connection'> = {
  connection: async (_root, args, ctx, info) => {
    const { from, to, maxHops, via } = await followRedirects(ctx, info, args);
    const { hops, avoid } = pathSearch(maxHops, via);
    const found = await findShortestPaths(ctx.db, from, to, hops, avoid);
    if (!found.from || !found.to) {
      throw unknownEnds([
        { argument: 'from', id: from, found: found.from !== null },
        { argument: 'to', id: to, found: found.to !== null },
      ]);
    }
    const shortest = found.paths[0]?.steps.length ?? null;
    return { from: found.from, to: found.to, hops: shortest, paths: found.paths };
  },
};

export const ConnectionStep: ConnectionStepResolvers = { evidence: evidenceField };
