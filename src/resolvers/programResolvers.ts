import { Label } from '../db/graphModel';
import { strList, strOrNull } from '../db/rowValues';
import type {
  ProgramAspectResolvers,
  ProgramDiseaseAreaResolvers,
  ProgramLinkResolvers,
  ProgramPartyResolvers,
  ProgramPersonRoleResolvers,
  ProgramResolvers,
  QueryResolvers,
} from '../generated/graphql';
import type { ProgramModel, ProgramPersonRoleModel } from '../models';
import type { Context } from '../context';
import { findProgramsPage } from '../repositories/listRepository';
import { toEvent, toOrganization, toPerson, toProgram, toTerm } from '../repositories/nodeMappers';
import { checkPage } from './limits';
import { evidenceField, loadOrganization, loadProgram, loadRequired } from './load';
import { mapPage, pageResolvers } from './pageResolvers';
import { placeLinks } from './placeResolvers';
import { PARTY_ROLES, PERSON_ROLES, storedEnum } from './storedEnum';

async function programPeople(
  ctx: Context,
  program: ProgramModel,
): Promise<ProgramPersonRoleModel[]> {
  const rows = await ctx.loaders.neighbours('programPeople').load(program.id);
  return rows.map(({ rel, node }) => ({
    person: toPerson(node),
    programId: program.id,
    role: storedEnum(rel.role, PERSON_ROLES),
    organizationId: strOrNull(rel.onBehalfOf),
    evidenceIds: strList(rel.evidence),
  }));
}

export const programQueries: Pick<QueryResolvers, 'program' | 'programs'> = {
  program: (_root, { id }, ctx) => loadProgram(ctx, id),
  programs: async (_root, args, ctx) =>
    mapPage(
      await findProgramsPage(
        ctx.db,
        args.filter,
        args.orderBy,
        checkPage(ctx, args),
        ctx.config.limits.maxFilterConditions,
      ),
      toProgram,
    ),
};

export const Program: ProgramResolvers = {
  parties: async (program, { roles }, ctx) => {
    const rows = await ctx.loaders.neighbours('programParties').load(program.id);
    return rows
      .map(({ rel, node }) => ({
        organization: toOrganization(node),
        programId: program.id,
        role: storedEnum(rel.role, PARTY_ROLES),
        evidenceIds: strList(rel.evidence),
      }))
      .filter((party) => !roles?.length || roles.includes(party.role));
  },
  people: async (program, { roles }, ctx) =>
    (await programPeople(ctx, program)).filter(
      (role) => !roles?.length || roles.includes(role.role),
    ),
  leaders: async (program, _args, ctx) =>
    (await programPeople(ctx, program)).filter(
      (role) => role.role === 'LEADS' || role.role === 'SIGNED',
    ),
  parent: async (program, _args, ctx) => {
    const [row] = await ctx.loaders.neighbours('programParent').load(program.id);
    return row ? toProgram(row.node) : null;
  },
  subPrograms: async (program, _args, ctx) =>
    (await ctx.loaders.neighbours('programChildren').load(program.id)).map(({ node }) =>
      toProgram(node),
    ),
  diseaseAreas: async (program, _args, ctx) =>
    (await ctx.loaders.neighbours('programAreas').load(program.id)).map(({ rel, node }) => ({
      area: toTerm(node),
      wording: strOrNull(rel.wording),
      evidenceIds: strList(rel.evidence),
    })),
  aspects: async (program, _args, ctx) =>
    (await ctx.loaders.neighbours('programAspects').load(program.id)).map(({ rel, node }) => ({
      aspect: toTerm(node),
      wording: strOrNull(rel.wording),
      evidenceIds: strList(rel.evidence),
    })),
  parentLink: async (program, _args, ctx) => {
    const [row] = await ctx.loaders.neighbours('programParent').load(program.id);
    return row ? { program: toProgram(row.node), evidenceIds: strList(row.rel.evidence) } : null;
  },
  subProgramLinks: async (program, _args, ctx) =>
    (await ctx.loaders.neighbours('programChildren').load(program.id)).map(({ rel, node }) => ({
      program: toProgram(node),
      evidenceIds: strList(rel.evidence),
    })),
  producedByLinks: async (program, _args, ctx) =>
    (await ctx.loaders.neighbours('programProducedBy').load(program.id)).map(({ rel, node }) => ({
      event: toEvent(node),
      evidenceIds: strList(rel.evidence),
    })),
  places: (program, _args, ctx) => placeLinks(ctx, 'programPlaces', program.id),
  producedBy: async (program, _args, ctx) =>
    (await ctx.loaders.neighbours('programProducedBy').load(program.id)).map(({ node }) =>
      toEvent(node),
    ),
  evidence: evidenceField,
};

export const ProgramParty: ProgramPartyResolvers = {
  program: (party, _args, ctx) => loadRequired(ctx, Label.Program, party.programId, toProgram),
  evidence: evidenceField,
};

export const ProgramPersonRole: ProgramPersonRoleResolvers = {
  program: (role, _args, ctx) => loadRequired(ctx, Label.Program, role.programId, toProgram),
  organization: (role, _args, ctx) =>
    role.organizationId ? loadOrganization(ctx, role.organizationId) : null,
  evidence: evidenceField,
};

export const ProgramDiseaseArea: ProgramDiseaseAreaResolvers = { evidence: evidenceField };
export const ProgramLink: ProgramLinkResolvers = { evidence: evidenceField };
export const ProgramAspect: ProgramAspectResolvers = { evidence: evidenceField };

export const ProgramConnection = pageResolvers<ProgramModel>();
