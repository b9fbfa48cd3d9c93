import { Label } from '../db/labelsAndTypes';
import { userError, ErrorCode } from '../errors';
import type { CollaborationResolvers, QueryResolvers } from '../generated/graphql';
import type { CollaborationModel } from '../models';
import {
  describeCollaborations,
  rankCollaborationPartners,
} from '../repositories/collaborationRepository';
import { toProgram, toTerm } from '../repositories/nodeMappers';
import { toOrganization } from '../repositories/nodeMappers';
import { pageWindow } from '../repositories/pagination';
import { checkPage } from './argumentLimits';
import { followRedirects } from './followRedirects';
import { loadMany, loadOrganization, loadRequired } from './loadEntities';
import { pageResolvers } from './pageResolvers';

export const collaborationQueries: Pick<QueryResolvers, 'collaborations'> = {
  collaborations: async (_root, args, ctx, info) => {
    const { organization, partner, includeUnits, unitPartners, source, ...page } =
      await followRedirects(ctx, info, args);
    checkPage(ctx, page);
    if (!(await loadOrganization(ctx, organization))) {
      throw userError(ErrorCode.NOT_FOUND, `No organization has the id "${organization}".`, {
        argument: 'organization',
      });
    }
    const scope = { includeUnits: includeUnits ?? false, sourceId: source ?? null };
    const all = await rankCollaborationPartners(ctx.db, organization, {
      ...scope,
      partnerId: partner ?? null,
      unitPartners: unitPartners ?? false,
    });
    const window = pageWindow(page, all.length);
    return {
      items: await describeCollaborations(
        ctx.db,
        organization,
        all.slice(window.start, window.end),
        scope,
      ),
      startOffset: window.start,
      totalCount: all.length,
      hasNextPage: window.hasNextPage,
      hasPreviousPage: window.hasPreviousPage,
    };
  },
};

export const Collaboration: CollaborationResolvers = {
  organization: (c, _args, ctx) =>
    loadRequired(ctx, Label.Organization, c.organizationId, toOrganization),
  programs: (c, _args, ctx) => loadMany(ctx, Label.Program, c.programIds, toProgram),
  programCount: (c) => c.programIds.length,
  aspects: (c, _args, ctx) => loadMany(ctx, Label.CooperationAspect, c.aspectIds, toTerm),
  diseaseAreas: (c, _args, ctx) => loadMany(ctx, Label.DiseaseArea, c.diseaseAreaIds, toTerm),
};

export const CollaborationConnection = pageResolvers<CollaborationModel>();
