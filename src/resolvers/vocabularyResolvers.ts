import type { Context } from '../context';
import { Label } from '../db/labelsAndTypes';
import { strList, strOrNull } from '../db/rowValues';
import type {
  CooperationAspectResolvers,
  DiseaseAreaResolvers,
  ProgramTermLinkResolvers,
  QueryResolvers,
} from '../generated/graphql';
import type { ProgramTermLinkModel } from '../models';
import { findAll } from '../repositories/listRepository';
import { toEvent, toProgram, toTerm } from '../repositories/nodeMappers';
import { evidenceField } from './loadEntities';

/** The programs linked to a term, each with its wording and the evidence of the link. */
async function programLinks(
  ctx: Context,
  hop: 'areaPrograms' | 'aspectPrograms',
  id: string,
): Promise<ProgramTermLinkModel[]> {
  return (await ctx.loaders.neighbours(hop).load(id)).map(({ rel, node }) => ({
    program: toProgram(node),
    wording: strOrNull(rel.wording),
    evidenceIds: strList(rel.evidence),
  }));
}

export const vocabularyQueries: Pick<QueryResolvers, 'diseaseAreas' | 'cooperationAspects'> = {
  diseaseAreas: async (_root, _args, ctx) => (await findAll(ctx.db, Label.DiseaseArea)).map(toTerm),
  cooperationAspects: async (_root, _args, ctx) =>
    (await findAll(ctx.db, Label.CooperationAspect)).map(toTerm),
};

export const DiseaseArea: DiseaseAreaResolvers = {
  programs: async (area, _args, ctx) =>
    (await ctx.loaders.neighbours('areaPrograms').load(area.id)).map(({ node }) => toProgram(node)),
  programLinks: (area, _args, ctx) => programLinks(ctx, 'areaPrograms', area.id),
  events: async (area, _args, ctx) =>
    (await ctx.loaders.neighbours('areaEvents').load(area.id)).map(({ node }) => toEvent(node)),
  evidence: evidenceField,
};

export const CooperationAspect: CooperationAspectResolvers = {
  programs: async (aspect, _args, ctx) =>
    (await ctx.loaders.neighbours('aspectPrograms').load(aspect.id)).map(({ node }) =>
      toProgram(node),
    ),
  programLinks: (aspect, _args, ctx) => programLinks(ctx, 'aspectPrograms', aspect.id),
  events: async (aspect, _args, ctx) =>
    (await ctx.loaders.neighbours('aspectEvents').load(aspect.id)).map(({ node }) => toEvent(node)),
  evidence: evidenceField,
};

export const ProgramTermLink: ProgramTermLinkResolvers = { evidence: evidenceField };
