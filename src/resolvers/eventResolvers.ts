import { Label } from '../db/graphModel';
import { strList, strOrNull } from '../db/rowValues';
import type {
  EventLinkResolvers,
  EventOrganizationResolvers,
  EventParticipationResolvers,
  EventResolvers,
  QueryResolvers,
} from '../generated/graphql';
import type { EventModel } from '../models';
import { findEventsPage } from '../repositories/listRepository';
import { toEvent, toOrganization, toPerson, toProgram } from '../repositories/nodeMappers';
import { checkPage } from './limits';
import { evidenceField, loadEntity, loadOrganization, loadRequired } from './load';
import { mapPage, pageResolvers } from './pageResolvers';
import { placeLinks } from './placeResolvers';
import { EVENT_ROLES, storedEnum } from './storedEnum';

export const eventQueries: Pick<QueryResolvers, 'event' | 'events'> = {
  event: (_root, { id }, ctx) => loadEntity(ctx, Label.Event, id, toEvent),
  events: async (_root, args, ctx) =>
    mapPage(
      await findEventsPage(
        ctx.db,
        args.filter,
        args.orderBy,
        checkPage(ctx, args),
        ctx.config.limits.maxFilterConditions,
      ),
      toEvent,
    ),
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
  participants: async (event, { roles }, ctx) => {
    const rows = await ctx.loaders.neighbours('eventParticipants').load(event.id);
    return rows
      .map(({ rel, node }) => ({
        person: toPerson(node),
        eventId: event.id,
        role: storedEnum(rel.role, EVENT_ROLES),
        organizationId: strOrNull(rel.onBehalfOf),
        evidenceIds: strList(rel.evidence),
      }))
      .filter((participant) => !roles?.length || roles.includes(participant.role))
      .sort((a, b) => EVENT_ROLES.indexOf(a.role) - EVENT_ROLES.indexOf(b.role));
  },
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

export const EventParticipation: EventParticipationResolvers = {
  event: (participation, _args, ctx) =>
    loadRequired(ctx, Label.Event, participation.eventId, toEvent),
  organization: (participation, _args, ctx) =>
    participation.organizationId ? loadOrganization(ctx, participation.organizationId) : null,
  evidence: evidenceField,
};

export const EventConnection = pageResolvers<EventModel>();
