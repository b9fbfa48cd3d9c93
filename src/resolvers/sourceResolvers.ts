import type {
  EvidenceResolvers,
  QueryResolvers,
  SourceResolvers,
  StatedRelationshipResolvers,
} from '../generated/graphql';
import type { SourceModel } from '../models';
import { checkFilter, compileSourceFilter } from '../repositories/compileFilters';
import { findSourcesPage } from '../repositories/listRepository';
import { toSource } from '../repositories/nodeMappers';
import { checkPage } from './argumentLimits';
import { followRedirects } from './followRedirects';
import { evidenceField, loadSource } from './loadEntities';
import { mapPage, pageResolvers } from './pageResolvers';

export const sourceQueries: Pick<QueryResolvers, 'source' | 'sources'> = {
  source: (_root, { id }, ctx) => loadSource(ctx, id),
  sources: async (_root, args, ctx, info) => {
    const page = checkPage(ctx, args);
    checkFilter(compileSourceFilter, args.filter, ctx.config.limits.maxFilterConditions);
    // `states` may name an id a merge replaced: the sources of the entity kept.
    const { filter, orderBy } = await followRedirects(ctx, info, args);
    return mapPage(
      await findSourcesPage(ctx.db, filter, orderBy, page, ctx.config.limits.maxFilterConditions),
      toSource,
    );
  },
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
  statedEntities: async (evidence, _args, ctx) =>
    (await ctx.loaders.statedFacts.load(evidence.id)).entities,
  statedRelationships: async (evidence, _args, ctx) =>
    (await ctx.loaders.statedFacts.load(evidence.id)).relationships,
};

export const StatedRelationship: StatedRelationshipResolvers = { evidence: evidenceField };

export const SourceConnection = pageResolvers<SourceModel>();
