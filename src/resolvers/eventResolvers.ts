import { Label } from '../db/labelsAndTypes';
import { strList, strOrNull } from '../db/rowValues';
import { EVENT_ROLES } from '../domain/vocabularies';
import type {
  AspectLinkResolvers,
  DiseaseAreaLinkResolvers,
  EventFunderResolvers,
  EventLinkResolvers,
  EventOrganizationResolvers,
  EventParticipationResolvers,
  EventProgramLinkResolvers,
  EventResolvers,
  ParticipantGroupResolvers,
  QueryResolvers,
} from '../generated/graphql';
import type { EventModel } from '../models';
import { checkFilter, compileEventFilter } from '../repositories/compileFilters';
import { findEventsPage } from '../repositories/listRepository';
import {
  storedRole,
  toEvent,
  toOrganization,
  toParticipantGroup,
  toPerson,
  toProgram,
  toStatement,
  toTerm,
} from '../repositories/nodeMappers';
import { checkPage } from './argumentLimits';
import { followRedirects } from './followRedirects';
import {
  byRole,
  evidenceField,
  loadEntity,
  loadOrganization,
  loadRequired,
  roleTermField,
} from './loadEntities';
import { mapPage, pageResolvers } from './pageResolvers';
import { placeLinks } from './placeResolvers';

export const eventQueries: Pick<QueryResolvers, 'event' | 'events'> = {
  event: (_root, { id }, ctx) => loadEntity(ctx, Label.Event, id, toEvent),
  events: async (_root, args, ctx, info) => {
    const page = checkPage(ctx, args);
    checkFilter(compileEventFilter, args.filter, ctx.config.limits.maxFilterConditions);
    const { filter, orderBy } = await followRedirects(ctx, info, args);
    return mapPage(
      await findEventsPage(ctx.db, filter, orderBy, page, ctx.config.limits.maxFilterConditions),
      toEvent,
    );
  },
};

export const Event: EventResolvers = {
  places: (event, _args, ctx) => placeLinks(ctx, 'eventPlaces', event.id),
  hosts: async (event, _args, ctx) =>
    (await ctx.loaders.neighbours('eventHosts').load(event.id)).map(({ rel, node }) => ({
      organization: toOrganization(node),
      evidenceIds: strList(rel.evidence),
    })),
  visited: async (event, _args, ctx) =>
    (await ctx.loaders.neighbours('eventVisited').load(event.id)).map(({ rel, node }) => ({
      organization: toOrganization(node),
      evidenceIds: strList(rel.evidence),
    })),
  participants: async (event, { roles, roleTerms }, ctx) => {
    const rows = await ctx.loaders.neighbours('eventParticipants').load(event.id);
    return byRole(
      rows.map(({ rel, node }) => ({
        person: toPerson(node),
        eventId: event.id,
        ...storedRole('event-role', rel, 'PARTICIPANT'),
        organizationId: strOrNull(rel.onBehalfOf),
        evidenceIds: strList(rel.evidence),
      })),
      roles,
      roleTerms,
    ).sort((a, b) => EVENT_ROLES.indexOf(a.role) - EVENT_ROLES.indexOf(b.role));
  },
  groups: async (event, _args, ctx) =>
    (await ctx.loaders.neighbours('eventGroups').load(event.id)).map(({ rel, node }) =>
      toParticipantGroup({
        ...node,
        eventId: event.id,
        role: rel.role,
        roleBroader: rel.roleBroader,
        onBehalfOf: rel.onBehalfOf,
      }),
    ),
  programs: async (event, _args, ctx) =>
    (await ctx.loaders.neighbours('eventPrograms').load(event.id)).map(({ rel, node }) => ({
      program: toProgram(node),
      relation: strOrNull(rel.relation),
      evidenceIds: strList(rel.evidence),
    })),
  fundedBy: async (event, _args, ctx) => {
    const [programs, organizations] = await Promise.all([
      ctx.loaders.neighbours('eventFundingPrograms').load(event.id),
      ctx.loaders.neighbours('eventFundingOrganizations').load(event.id),
    ]);
    return [
      ...programs.map(({ rel, node }) => ({
        program: toProgram(node),
        organization: null,
        evidenceIds: strList(rel.evidence),
      })),
      ...organizations.map(({ rel, node }) => ({
        program: null,
        organization: toOrganization(node),
        evidenceIds: strList(rel.evidence),
      })),
    ];
  },
  diseaseAreas: async (event, _args, ctx) =>
    (await ctx.loaders.neighbours('eventAreas').load(event.id)).map(({ rel, node }) => ({
      area: toTerm(node),
      wording: strOrNull(rel.wording),
      evidenceIds: strList(rel.evidence),
    })),
  aspects: async (event, _args, ctx) =>
    (await ctx.loaders.neighbours('eventAspects').load(event.id)).map(({ rel, node }) => ({
      aspect: toTerm(node),
      wording: strOrNull(rel.wording),
      evidenceIds: strList(rel.evidence),
    })),
  statements: async (event, _args, ctx) =>
    (await ctx.loaders.neighbours('eventStatements').load(event.id)).map(({ node }) =>
      toStatement(node),
    ),
  parent: async (event, _args, ctx) => {
    const [row] = await ctx.loaders.neighbours('eventParent').load(event.id);
    return row ? toEvent(row.node) : null;
  },
  subEvents: async (event, _args, ctx) =>
    (await ctx.loaders.neighbours('eventChildren').load(event.id)).map(({ node }) => toEvent(node)),
  produced: async (event, _args, ctx) =>
    (await ctx.loaders.neighbours('eventProduced').load(event.id)).map(({ node }) =>
      toProgram(node),
    ),
  parentLink: async (event, _args, ctx) => {
    const [row] = await ctx.loaders.neighbours('eventParent').load(event.id);
    return row ? { event: toEvent(row.node), evidenceIds: strList(row.rel.evidence) } : null;
  },
  subEventLinks: async (event, _args, ctx) =>
    (await ctx.loaders.neighbours('eventChildren').load(event.id)).map(({ rel, node }) => ({
      event: toEvent(node),
      evidenceIds: strList(rel.evidence),
    })),
  producedLinks: async (event, _args, ctx) =>
    (await ctx.loaders.neighbours('eventProduced').load(event.id)).map(({ rel, node }) => ({
      program: toProgram(node),
      evidenceIds: strList(rel.evidence),
    })),
  evidence: evidenceField,
};

export const EventOrganization: EventOrganizationResolvers = { evidence: evidenceField };
export const EventLink: EventLinkResolvers = { evidence: evidenceField };
export const EventProgramLink: EventProgramLinkResolvers = { evidence: evidenceField };
export const EventFunder: EventFunderResolvers = { evidence: evidenceField };
export const DiseaseAreaLink: DiseaseAreaLinkResolvers = { evidence: evidenceField };
export const AspectLink: AspectLinkResolvers = { evidence: evidenceField };

export const EventParticipation: EventParticipationResolvers = {
  event: (participation, _args, ctx) =>
    loadRequired(ctx, Label.Event, participation.eventId, toEvent),
  organization: (participation, _args, ctx) =>
    participation.organizationId ? loadOrganization(ctx, participation.organizationId) : null,
  roleTerm: roleTermField,
  evidence: evidenceField,
};

export const ParticipantGroup: ParticipantGroupResolvers = {
  event: (group, _args, ctx) => loadRequired(ctx, Label.Event, group.eventId, toEvent),
  organization: (group, _args, ctx) =>
    group.organizationId ? loadOrganization(ctx, group.organizationId) : null,
  roleTerm: roleTermField,
  evidence: evidenceField,
};

export const EventConnection = pageResolvers<EventModel>();
