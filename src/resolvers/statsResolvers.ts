import type { Context } from '../context';
import type { QueryResolvers, StatsResolvers } from '../generated/graphql';
import type { StatsModel } from '../models';
import { checkProgramFilter } from '../repositories/compileFilters';
import type { StatsFilter } from '../repositories/statsRepository';
import {
  countEntities,
  countPrograms,
  countProgramsByStatus,
  countProgramsByTerm,
  countProgramsByYear,
  countSharedPrograms,
  rankOrganizationsByPartners,
  rankOrganizationsByPeople,
} from '../repositories/statsRepository';
import { checkListSize } from './argumentLimits';

export const statsQueries: Pick<QueryResolvers, 'stats'> = {
  stats: (_root, { filter }, ctx) => {
    // Compiled once here, so a filter past MAX_FILTER_CONDITIONS is one error, not one per field.
    if (filter) checkProgramFilter(filter, ctx.config.limits.maxFilterConditions);
    return { filter: filter ?? null };
  },
};

/** What the repository counts for `stats`: its filter, bounded as every filter is. */
const programsOf = (ctx: Context, stats: StatsModel): StatsFilter => ({
  program: stats.filter,
  maxConditions: ctx.config.limits.maxFilterConditions,
});

const count = (counts: Record<string, number>, key: string) => counts[key] ?? 0;

/**
 * An aggregate from the server's cache while the graph is unchanged (see `AggregateCache`),
 * kept apart for each filter.
 */
async function cached<T>(
  ctx: Context,
  stats: StatsModel,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const filter = stats.filter ? `:${JSON.stringify(stats.filter)}` : '';
  return ctx.aggregates.get(await ctx.graphVersion(), `${key}${filter}`, compute);
}

/** Programs per term of a vocabulary, most first: all of them, or the `first` when given. */
async function topTerms(
  ctx: Context,
  stats: StatsModel,
  vocabulary: 'diseaseAreas' | 'aspects',
  first: number | null | undefined,
) {
  // Checked before the cache is asked: a wrong size is an error even when the counts are cached.
  const size = first === null || first === undefined ? null : checkListSize(ctx, first, first);
  const counts = await cached(ctx, stats, `byTerm:${vocabulary}`, () =>
    countProgramsByTerm(ctx.db, vocabulary, programsOf(ctx, stats)),
  );
  return size === null ? counts : counts.slice(0, size);
}

export const Stats: StatsResolvers = {
  counts: async (_stats, _args, ctx) => {
    // The whole graph's: the filter does not apply.
    const counts = await cached(ctx, { filter: null }, 'counts', () => countEntities(ctx.db));
    return {
      people: count(counts, 'people'),
      organizations: count(counts, 'organizations'),
      programs: count(counts, 'programs'),
      events: count(counts, 'events'),
      places: count(counts, 'places'),
      sources: count(counts, 'sources'),
      positions: count(counts, 'positions'),
      diseaseAreas: count(counts, 'diseaseAreas'),
      cooperationAspects: count(counts, 'cooperationAspects'),
      excerpts: count(counts, 'excerpts'),
      relationships: count(counts, 'relationships'),
    };
  },
  programs: (stats, _args, ctx) =>
    cached(ctx, stats, 'programs', () => countPrograms(ctx.db, programsOf(ctx, stats))),
  programsByDiseaseArea: async (stats, { first }, ctx) =>
    (await topTerms(ctx, stats, 'diseaseAreas', first)).map(({ term, programs }) => ({
      area: term,
      programs,
    })),
  programsByAspect: async (stats, { first }, ctx) =>
    (await topTerms(ctx, stats, 'aspects', first)).map(({ term, programs }) => ({
      aspect: term,
      programs,
    })),
  programsByYear: (stats, _args, ctx) =>
    cached(ctx, stats, 'byYear', () => countProgramsByYear(ctx.db, programsOf(ctx, stats))),
  programsByStatus: (stats, _args, ctx) =>
    cached(ctx, stats, 'byStatus', () => countProgramsByStatus(ctx.db, programsOf(ctx, stats))),
  organizationsByPartners: (stats, { first, unitPartners }, ctx) => {
    const n = checkListSize(ctx, first, 10);
    const units = unitPartners ?? false;
    return cached(ctx, stats, `byPartners:${n}:${String(units)}`, () =>
      rankOrganizationsByPartners(ctx.db, n, programsOf(ctx, stats), units),
    );
  },
  peopleByOrganization: (stats, { first }, ctx) => {
    const n = checkListSize(ctx, first, 10);
    return cached(ctx, stats, `byPeople:${n}`, () =>
      rankOrganizationsByPeople(ctx.db, n, programsOf(ctx, stats)),
    );
  },
  collaborationMatrix: (stats, { first, unitPartners }, ctx) => {
    const n = checkListSize(ctx, first, 10);
    const units = unitPartners ?? false;
    return cached(ctx, stats, `matrix:${n}:${String(units)}`, async () => {
      const ranked = await rankOrganizationsByPartners(ctx.db, n, programsOf(ctx, stats), units);
      const organizations = ranked.map((entry) => entry.organization);
      const programs = await countSharedPrograms(
        ctx.db,
        organizations.map((organization) => organization.id),
        programsOf(ctx, stats),
        units,
      );
      return { organizations, programs };
    });
  },
};
