import { Label } from '../db/graphModel';
import { strList, strOrNull } from '../db/rowValues';
import type {
  OrganizationResolvers,
  OrganizationUnitResolvers,
  QueryResolvers,
} from '../generated/graphql';
import type { OrganizationModel } from '../models';
import { findOrganizationsPage } from '../repositories/listRepository';
import { toEvent, toOrganization, toProgram } from '../repositories/nodeMappers';
import { checkPage } from './limits';
import { evidenceField, loadOrganization } from './load';
import { mapPage, pageResolvers } from './pageResolvers';
import { positionsFromRows, validOn } from './personResolvers';
import { placeLinks } from './placeResolvers';
import { PARTY_ROLES, storedEnum } from './storedEnum';

export const organizationQueries: Pick<QueryResolvers, 'organization' | 'organizations'> = {
  organization: (_root, { id }, ctx) => loadOrganization(ctx, id),
  organizations: async (_root, args, ctx) =>
    mapPage(
      await findOrganizationsPage(
        ctx.db,
        args.filter,
        args.orderBy,
        checkPage(ctx, args),
        ctx.config.limits.maxFilterConditions,
      ),
      toOrganization,
    ),
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
  positions: async (org, { asOf }, ctx) => {
    const positions = positionsFromRows(
      ctx,
      await ctx.loaders.positionsByOrganization.load(org.id),
    );
    return asOf ? positions.filter((position) => validOn(position, asOf)) : positions;
  },
  programs: async (org, { roles }, ctx) => {
    const rows = await ctx.loaders.neighbours('organizationPrograms').load(org.id);
    return rows
      .map(({ rel, node }) => {
        const program = toProgram(node);
        ctx.loaders.nodes(Label.Program).prime(program.id, node);
        return {
          organization: org,
          programId: program.id,
          role: storedEnum(rel.role, PARTY_ROLES),
          evidenceIds: strList(rel.evidence),
        };
      })
      .filter((party) => !roles?.length || roles.includes(party.role));
  },
  hostedEvents: async (org, _args, ctx) =>
    (await ctx.loaders.neighbours('organizationHostedEvents').load(org.id)).map(({ node }) =>
      toEvent(node),
    ),
  hostedEventLinks: async (org, _args, ctx) =>
    (await ctx.loaders.neighbours('organizationHostedEvents').load(org.id)).map(
      ({ rel, node }) => ({ event: toEvent(node), evidenceIds: strList(rel.evidence) }),
    ),
  evidence: evidenceField,
};

export const OrganizationUnit: OrganizationUnitResolvers = { evidence: evidenceField };

export const OrganizationConnection = pageResolvers<OrganizationModel>();
