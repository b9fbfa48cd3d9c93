import type { Context } from '../context';
import { Label } from '../db/labelsAndTypes';
import { strList, strOrNull } from '../db/rowValues';
import type {
  QueryResolvers,
  StatementResolvers,
  StatementSubjectResolvers,
} from '../generated/graphql';
import type { StatementModel, StatementSubjectModel } from '../models';
import { checkFilter, compileStatementFilter } from '../repositories/compileFilters';
import { findStatementsPage } from '../repositories/listRepository';
import {
  toEvent,
  toNode,
  toOrganization,
  toPerson,
  toProgram,
  toStatement,
  toTerm,
} from '../repositories/nodeMappers';
import { checkPage } from './argumentLimits';
import { followRedirects } from './followRedirects';
import { evidenceField, kindTermField, loadEvidence, loadOrganization } from './loadEntities';
import { mapPage, pageResolvers } from './pageResolvers';

/** What a statement is about, batched across the request. */
async function subjects(ctx: Context, statement: StatementModel): Promise<StatementSubjectModel[]> {
  const rows = await ctx.loaders.statementSubjects.load(statement.id);
  return rows.flatMap(({ label, rel, node }) => {
    const model = toNode(label, node);
    return model
      ? [{ node: model, wording: strOrNull(rel.wording), evidenceIds: strList(rel.evidence) }]
      : [];
  });
}

/** The subjects of one label, as that label's model. */
async function subjectsOf<T>(
  ctx: Context,
  statement: StatementModel,
  label: Label,
  toModel: (row: Record<string, unknown>) => T,
): Promise<T[]> {
  const rows = await ctx.loaders.statementSubjects.load(statement.id);
  return rows.filter((row) => row.label === label).map((row) => toModel(row.node));
}

/** The speaker's link: the person and the organization they spoke for. */
async function speakerLink(ctx: Context, statement: StatementModel) {
  const [row] = await ctx.loaders.neighbours('statementSpeaker').load(statement.id);
  if (!row) throw new Error(`statement ${statement.id} has no speaker`);
  return row;
}

export const statementQueries: Pick<QueryResolvers, 'statements'> = {
  statements: async (_root, args, ctx, info) => {
    const page = checkPage(ctx, args);
    checkFilter(compileStatementFilter, args.filter, ctx.config.limits.maxFilterConditions);
    // Speaker, organization and subject may be ids a merge replaced.
    const { filter } = await followRedirects(ctx, info, args);
    return mapPage(
      await findStatementsPage(ctx.db, filter, page, ctx.config.limits.maxFilterConditions),
      toStatement,
    );
  },
};

export const Statement: StatementResolvers = {
  kindTerm: kindTermField,
  quote: async (statement, _args, ctx) => {
    const [quote] = await loadEvidence(ctx, [statement.quoteId]);
    if (!quote) throw new Error(`the quote of ${statement.id} is missing`);
    return quote;
  },
  speaker: async (statement, _args, ctx) => toPerson((await speakerLink(ctx, statement)).node),
  organization: async (statement, _args, ctx) => {
    const onBehalfOf = strOrNull((await speakerLink(ctx, statement)).rel.onBehalfOf);
    return onBehalfOf ? loadOrganization(ctx, onBehalfOf) : null;
  },
  event: async (statement, _args, ctx) => {
    const [row] = await ctx.loaders.neighbours('statementEvent').load(statement.id);
    return row ? toEvent(row.node) : null;
  },
  about: (statement, _args, ctx) => subjects(ctx, statement),
  programs: (statement, _args, ctx) => subjectsOf(ctx, statement, Label.Program, toProgram),
  organizations: (statement, _args, ctx) =>
    subjectsOf(ctx, statement, Label.Organization, toOrganization),
  diseaseAreas: (statement, _args, ctx) => subjectsOf(ctx, statement, Label.DiseaseArea, toTerm),
  aspects: (statement, _args, ctx) => subjectsOf(ctx, statement, Label.CooperationAspect, toTerm),
  evidence: evidenceField,
};

export const StatementSubject: StatementSubjectResolvers = { evidence: evidenceField };

export const StatementConnection = pageResolvers<StatementModel>();
