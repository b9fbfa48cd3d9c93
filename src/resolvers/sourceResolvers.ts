import type { EvidenceResolvers, QueryResolvers, SourceResolvers } from '../generated/graphql';
import type { SourceModel } from '../models';
import { findSourcesPage } from '../repositories/listRepository';
import { toSource } from '../repositories/nodeMappers';
import { checkPage } from './limits';
import { loadSource } from './load';
import { mapPage, pageResolvers } from './pageResolvers';

export const sourceQueries: Pick<QueryResolvers, 'source' | 'sources'> = {
  source: (_root, { id }, ctx) => loadSource(ctx, id),
  sources: async (_root, args, ctx) =>
    mapPage(
      await findSourcesPage(
        ctx.db,
        args.filter,
        args.orderBy,
        checkPage(ctx, args),
        ctx.config.limits.maxFilterConditions,
      ),
      toSource,
    ),
};

export const Source: SourceResolvers = {
  excerpts: (source, _args, ctx) => ctx.loaders.excerptsBySource.load(source.id),
};

export const Evidence: EvidenceResolvers = {
  source: async (evidence, _args, ctx) => {
    const source = await loadSource(ctx, evidence.sourceId);
    if (!source) throw new Error(`source ${evidence.sourceId} of ${evidence.id} is missing`);
    return source;
  },
};

export const SourceConnection = pageResolvers<SourceModel>();
