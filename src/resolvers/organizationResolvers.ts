import type { Context } from '../context';
import { Label } from '../db/labelsAndTypes';
import { strList, strOrNull } from '../db/rowValues';
import { happenedBy, validOn } from '../domain/asOf';
import type {
  OrganizationResolvers,
  OrganizationUnitResolvers,
  QueryResolvers,
} from '../generated/graphql';
import type { EventLinkModel, OrganizationModel } from '../models';
import { checkFilter, compileOrganizationFilter } from '../repositories/compileFilters';
import { findOrganizationsPage } from '../repositories/listRepository';
import { storedRole, toEvent, toOrganization, toProgram } from '../repositories/nodeMappers';
import { checkPage } from './argumentLimits';
import { followRedirects } from './followRedirects';
import { evidenceField, kindTermField, loadOrganization } from './loadEntities';
import { mapPage, pageResolvers } from './pageResolvers';
import { positionsFromRows, positionsOn } from './personResolvers';
import { placeLinks } from './placeResolvers';

/** The events an organization hosted, with their evidence; with `asOf`, those not dated after it. */
async function hostedEventLinks(
  ctx: Context,
  id: string,
  asOf: string | null | undefined,
): Promise<EventLinkModel[]> {
  const rows = await ctx.loaders.neighbours('organizationHostedEvents').load(id);
  return rows
    .map(({ rel, node }) => ({ event: toEvent(node), evidenceIds: strList(rel.evidence) }))
    .filter((link) => !asOf || happenedBy(link.event.date, asOf));
}

export const organizationQueries: Pick<QueryResolvers, 'organization' | 'organizations'> = {
  organization: (_root, { id }, ctx) => loadOrganization(ctx, id),
  organizations: async (_root, args, ctx, info) => {
    const page = checkPage(ctx, args);
    checkFilter(compileOrganizationFilter, args.filter, ctx.config.limits.maxFilterConditions);
    const { filter, orderBy } = await followRedirects(ctx, info, args);
    return mapPage(
      await findOrganizationsPage(
        ctx.db,
        filter,
        orderBy,
        page,
        ctx.config.limits.maxFilterConditions,
      ),
      toOrganization,
    );
  },
};

export const Organization: OrganizationResolvers = {
  parent: async (org, _args, ctx) => {
    const [link] = await ctx.loaders.neighbours('organizationParent').load(org.id);
    return link
      ? {
          organization: toOrganization(link.node),
          relation: strOrNull(link.rel.relation) ?? 'unit',
          evidenceIds: strList(link.rel.evidence),
        }
      : null;
  },
  units: async (org, { kinds }, ctx) => {
    const rows = await ctx.loaders.neighbours('organizationUnits').load(org.id);
    return rows
      .map(({ rel, node }) => ({
        organization: toOrganization(node),
        relation: strOrNull(rel.relation) ?? 'unit',
        evidenceIds: strList(rel.evidence),
      }))
      .filter((unit) => !kinds?.length || kinds.includes(unit.organization.kind));
  },
  places: (org, _args, ctx) => placeLinks(ctx, 'organizationPlaces', org.id),
  kindTerm: kindTermField,
  positions: async (org, { asOf, attested }, ctx) =>
    positionsOn(
      ctx,
      positionsFromRows(ctx, await ctx.loaders.positionsByOrganization.load(org.id)),
      asOf,
      attested,
    ),
  programs: async (org, { roles, asOf }, ctx) => {
    const rows = await ctx.loaders.neighbours('organizationPrograms').load(org.id);
    return rows.flatMap(({ rel, node }) => {
      const program = toProgram(node);
      ctx.loaders.nodes(Label.Program).prime(program.id, node);
      const stored = storedRole('party-role', rel, 'PARTICIPANT');
      if (roles?.length && !roles.includes(stored.role)) return [];
      if (asOf && !validOn(program, asOf)) return [];
      return [
        { organization: org, programId: program.id, ...stored, evidenceIds: strList(rel.evidence) },
      ];
    });
  },
  hostedEvents: async (org, { asOf }, ctx) =>
    (await hostedEventLinks(ctx, org.id, asOf)).map((link) => link.event),
  hostedEventLinks: (org, { asOf }, ctx) => hostedEventLinks(ctx, org.id, asOf),
  evidence: evidenceField,
};

export const OrganizationUnit: OrganizationUnitResolvers = { evidence: evidenceField };

export const OrganizationConnection = pageResolvers<OrganizationModel>();
