import type { Context } from '../context';
import { Label } from '../db/labelsAndTypes';
import { strList, strOrNull } from '../db/rowValues';
import type {
  ProgramAspectResolvers,
  ProgramDiseaseAreaResolvers,
  ProgramEventLinkResolvers,
  ProgramLinkResolvers,
  ProgramPartyResolvers,
  ProgramPersonRoleResolvers,
  ProgramPlacePartyResolvers,
  ProgramResolvers,
  QueryResolvers,
} from '../generated/graphql';
import type { ProgramModel, ProgramPersonRoleModel } from '../models';
import { checkFilter, compileProgramFilter } from '../repositories/compileFilters';
import { findProgramsPage } from '../repositories/listRepository';
import {
  storedRole,
  toEvent,
  toOrganization,
  toPerson,
  toPlace,
  toProgram,
  toStatement,
  toTerm,
} from '../repositories/nodeMappers';
import { checkPage } from './argumentLimits';
import { followRedirects } from './followRedirects';
import {
  byRole,
  evidenceField,
  loadOrganization,
  loadProgram,
  loadRequired,
  roleTermField,
} from './loadEntities';
import { mapPage, pageResolvers } from './pageResolvers';
import { placeLinks } from './placeResolvers';

async function programPeople(
  ctx: Context,
  program: ProgramModel,
): Promise<ProgramPersonRoleModel[]> {
  const rows = await ctx.loaders.neighbours('programPeople').load(program.id);
  return rows.map(({ rel, node }) => ({
    person: toPerson(node),
    programId: program.id,
    ...storedRole('person-role', rel, 'OTHER'),
    organizationId: strOrNull(rel.onBehalfOf),
    evidenceIds: strList(rel.evidence),
  }));
}

export const programQueries: Pick<QueryResolvers, 'program' | 'programs'> = {
  program: (_root, { id }, ctx) => loadProgram(ctx, id),
  programs: async (_root, args, ctx, info) => {
    const page = checkPage(ctx, args);
    checkFilter(compileProgramFilter, args.filter, ctx.config.limits.maxFilterConditions);
    const { filter, orderBy } = await followRedirects(ctx, info, args);
    return mapPage(
      await findProgramsPage(ctx.db, filter, orderBy, page, ctx.config.limits.maxFilterConditions),
      toProgram,
    );
  },
};

export const Program: ProgramResolvers = {
  parties: async (program, { roles, roleTerms }, ctx) => {
    const rows = await ctx.loaders.neighbours('programParties').load(program.id);
    return byRole(
      rows.map(({ rel, node }) => ({
        organization: toOrganization(node),
        programId: program.id,
        ...storedRole('party-role', rel, 'PARTICIPANT'),
        evidenceIds: strList(rel.evidence),
      })),
      roles,
      roleTerms,
    );
  },
  placeParties: async (program, _args, ctx) =>
    (await ctx.loaders.neighbours('programPlaceParties').load(program.id)).map(({ rel, node }) => ({
      place: toPlace(node),
      programId: program.id,
      ...storedRole('party-role', rel, 'PARTICIPANT'),
      evidenceIds: strList(rel.evidence),
    })),
  people: async (program, { roles, roleTerms }, ctx) =>
    byRole(await programPeople(ctx, program), roles, roleTerms),
  // A curated role counts by its broader value: an "initiator" that counts as LEADS leads.
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
  events: async (program, _args, ctx) =>
    (await ctx.loaders.neighbours('programEvents').load(program.id)).map(({ rel, node }) => ({
      event: toEvent(node),
      relation: strOrNull(rel.relation),
      evidenceIds: strList(rel.evidence),
    })),
  fundedEvents: async (program, _args, ctx) =>
    (await ctx.loaders.neighbours('programFundedEvents').load(program.id)).map(({ node }) =>
      toEvent(node),
    ),
  statements: async (program, _args, ctx) =>
    (await ctx.loaders.neighbours('programStatements').load(program.id)).map(({ node }) =>
      toStatement(node),
    ),
  evidence: evidenceField,
};

export const ProgramParty: ProgramPartyResolvers = {
  program: (party, _args, ctx) => loadRequired(ctx, Label.Program, party.programId, toProgram),
  roleTerm: roleTermField,
  evidence: evidenceField,
};

export const ProgramPlaceParty: ProgramPlacePartyResolvers = {
  program: (party, _args, ctx) => loadRequired(ctx, Label.Program, party.programId, toProgram),
  roleTerm: roleTermField,
  evidence: evidenceField,
};

export const ProgramPersonRole: ProgramPersonRoleResolvers = {
  program: (role, _args, ctx) => loadRequired(ctx, Label.Program, role.programId, toProgram),
  organization: (role, _args, ctx) =>
    role.organizationId ? loadOrganization(ctx, role.organizationId) : null,
  roleTerm: roleTermField,
  evidence: evidenceField,
};

export const ProgramDiseaseArea: ProgramDiseaseAreaResolvers = { evidence: evidenceField };
export const ProgramLink: ProgramLinkResolvers = { evidence: evidenceField };
export const ProgramAspect: ProgramAspectResolvers = { evidence: evidenceField };
export const ProgramEventLink: ProgramEventLinkResolvers = { evidence: evidenceField };

export const ProgramConnection = pageResolvers<ProgramModel>();
