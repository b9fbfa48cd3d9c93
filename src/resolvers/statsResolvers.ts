import type { Context } from '../context';
import type { QueryResolvers, StatsResolvers } from '../generated/graphql';
import {
  countEntities,
  countProgramsByStatus,
  countProgramsByTerm,
  countProgramsByYear,
  countSharedPrograms,
  rankOrganizationsByPartners,
  rankOrganizationsByPeople,
} from '../repositories/statsRepository';
import { checkListSize } from './limits';

export const statsQueries: Pick<QueryResolvers, 'stats'> = {
  stats: () => ({}),
};

const count = (counts: Record<string, number>, key: string) => counts[key] ?? 0;

/** An aggregate from the server's cache while the graph is unchanged (see `AggregateCache`). */
async function cached<T>(ctx: Context, key: string, compute: () => Promise<T>): Promise<T> {
  return ctx.aggregates.get(await ctx.graphVersion(), key, compute);
}

/** Programs per term of a vocabulary, most first: all of them, or the `first` when given. */
async function topTerms(
  ctx: Context,
  vocabulary: 'diseaseAreas' | 'aspects',
  first: number | null | undefined,
) {
  // Checked before the cache is asked: a wrong size is an error even when the counts are cached.
  const size = first === null || first === undefined ? null : checkListSize(ctx, first, first);
  const counts = await cached(ctx, `byTerm:${vocabulary}`, () =>
    countProgramsByTerm(ctx.db, vocabulary),
  );
  return size === null ? counts : counts.slice(0, size);
}

export const Stats: StatsResolvers = {
  counts: async (_stats, _args, ctx) => {
    const counts = await cached(ctx, 'counts', () => countEntities(ctx.db));
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
  programsByDiseaseArea: async (_stats, { first }, ctx) =>
    (await topTerms(ctx, 'diseaseAreas', first)).map(({ term, programs }) => ({
      area: term,
      programs,
    })),
  programsByAspect: async (_stats, { first }, ctx) =>
    (await topTerms(ctx, 'aspects', first)).map(({ term, programs }) => ({
      aspect: term,
      programs,
    })),
  programsByYear: (_stats, _args, ctx) => cached(ctx, 'byYear', () => countProgramsByYear(ctx.db)),
  programsByStatus: (_stats, _args, ctx) =>
    cached(ctx, 'byStatus', () => countProgramsByStatus(ctx.db)),
  organizationsByPartners: (_stats, { first, unitPartners }, ctx) => {
    const n = checkListSize(ctx, first, 10);
    const units = unitPartners ?? false;
    return cached(ctx, `byPartners:${n}:${String(units)}`, () =>
      rankOrganizationsByPartners(ctx.db, n, units),
    );
  },
  peopleByOrganization: (_stats, { first }, ctx) => {
    const n = checkListSize(ctx, first, 10);
    return cached(ctx, `byPeople:${n}`, () => rankOrganizationsByPeople(ctx.db, n));
  },
  collaborationMatrix: (_stats, { first, unitPartners }, ctx) => {
    const n = checkListSize(ctx, first, 10);
    const units = unitPartners ?? false;
    return cached(ctx, `matrix:${n}:${String(units)}`, async () => {
      const ranked = await rankOrganizationsByPartners(ctx.db, n, units);
      const organizations = ranked.map((entry) => entry.organization);
      const programs = await countSharedPrograms(
        ctx.db,
        organizations.map((organization) => organization.id),
        units,
      );
      return { organizations, programs };
    });
  },
};
