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

export const Stats: StatsResolvers = {
  counts: async (_stats, _args, ctx) => {
    const counts = await countEntities(ctx.db);
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
  programsByDiseaseArea: async (_stats, _args, ctx) =>
    (await countProgramsByTerm(ctx.db, 'diseaseAreas')).map(({ term, programs }) => ({
      area: term,
      programs,
    })),
  programsByAspect: async (_stats, _args, ctx) =>
    (await countProgramsByTerm(ctx.db, 'aspects')).map(({ term, programs }) => ({
      aspect: term,
      programs,
    })),
  programsByYear: (_stats, _args, ctx) => countProgramsByYear(ctx.db),
  programsByStatus: (_stats, _args, ctx) => countProgramsByStatus(ctx.db),
  organizationsByPartners: (_stats, { first }, ctx) =>
    rankOrganizationsByPartners(ctx.db, checkListSize(ctx, first, 10)),
  peopleByOrganization: (_stats, { first }, ctx) =>
    rankOrganizationsByPeople(ctx.db, checkListSize(ctx, first, 10)),
  collaborationMatrix: async (_stats, { first }, ctx) => {
    const ranked = await rankOrganizationsByPartners(ctx.db, checkListSize(ctx, first, 10));
    const organizations = ranked.map((entry) => entry.organization);
    const programs = await countSharedPrograms(
      ctx.db,
      organizations.map((organization) => organization.id),
    );
    return { organizations, programs };
  },
};
