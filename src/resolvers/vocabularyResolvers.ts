import { Label } from '../db/graphModel';
import type {
  CooperationAspectResolvers,
  DiseaseAreaResolvers,
  QueryResolvers,
} from '../generated/graphql';
import { findAll } from '../repositories/listRepository';
import { toProgram, toTerm } from '../repositories/nodeMappers';
import { evidenceField } from './load';

export const vocabularyQueries: Pick<QueryResolvers, 'diseaseAreas' | 'cooperationAspects'> = {
  diseaseAreas: async (_root, _args, ctx) => (await findAll(ctx.db, Label.DiseaseArea)).map(toTerm),
  cooperationAspects: async (_root, _args, ctx) =>
    (await findAll(ctx.db, Label.CooperationAspect)).map(toTerm),
};

export const DiseaseArea: DiseaseAreaResolvers = {
  programs: async (area, _args, ctx) =>
    (await ctx.loaders.neighbours('areaPrograms').load(area.id)).map(({ node }) => toProgram(node)),
  evidence: evidenceField,
};

export const CooperationAspect: CooperationAspectResolvers = {
  programs: async (aspect, _args, ctx) =>
    (await ctx.loaders.neighbours('aspectPrograms').load(aspect.id)).map(({ node }) =>
      toProgram(node),
    ),
  evidence: evidenceField,
};
