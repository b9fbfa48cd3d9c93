import type { Context } from '../context';
import { Label } from '../db/graphModel';
import { str, strList, strOrNull } from '../db/rowValues';
import type { PersonResolvers, PositionResolvers, QueryResolvers } from '../generated/graphql';
import type { PositionRow } from '../loaders/createLoaders';
import type { PersonModel, PositionModel } from '../models';
import { findPeoplePage } from '../repositories/listRepository';
import {
  toEvent,
  toOrganization,
  toPerson,
  toPosition,
  toProgram,
} from '../repositories/nodeMappers';
import { checkPage } from './limits';
import { evidenceField, loadPerson, loadRequired } from './load';
import { mapPage, pageResolvers } from './pageResolvers';
import { EVENT_ROLES, PERSON_ROLES, storedEnum } from './storedEnum';

/** Positions as models, priming the person and organization loaders with the rows at hand. */
export function positionsFromRows(ctx: Context, rows: PositionRow[]): PositionModel[] {
  return rows.map((row) => {
    ctx.loaders.nodes(Label.Person).prime(str(row.person.id), row.person);
    ctx.loaders.nodes(Label.Organization).prime(str(row.organization.id), row.organization);
    return toPosition(row.position);
  });
}

/** True when a position is not bounded away from `asOf` by its start or end. */
export function validOn(position: PositionModel, asOf: string): boolean {
  return (
    (position.start === null || position.start.earliest <= asOf) &&
    (position.end === null || position.end.latest >= asOf)
  );
}

export const personQueries: Pick<QueryResolvers, 'person' | 'people'> = {
  person: (_root, { id }, ctx) => loadPerson(ctx, id),
  people: async (_root, args, ctx) =>
    mapPage(
      await findPeoplePage(
        ctx.db,
        args.filter,
        args.orderBy,
        checkPage(ctx, args),
        ctx.config.limits.maxFilterConditions,
      ),
      toPerson,
    ),
};

export const Person: PersonResolvers = {
  positions: async (person, { asOf }, ctx) => {
    const positions = positionsFromRows(ctx, await ctx.loaders.positionsByPerson.load(person.id));
    return asOf ? positions.filter((position) => validOn(position, asOf)) : positions;
  },
  programRoles: async (person, { roles }, ctx) => {
    const rows = await ctx.loaders.neighbours('personPrograms').load(person.id);
    return rows
      .map(({ rel, node }) => {
        const program = toProgram(node);
        ctx.loaders.nodes(Label.Program).prime(program.id, node);
        return {
          person,
          programId: program.id,
          role: storedEnum(rel.role, PERSON_ROLES),
          organizationId: strOrNull(rel.onBehalfOf),
          evidenceIds: strList(rel.evidence),
        };
      })
      .filter((role) => !roles?.length || roles.includes(role.role));
  },
  events: async (person, _args, ctx) => {
    const rows = await ctx.loaders.neighbours('personEvents').load(person.id);
    return rows.map(({ rel, node }) => {
      const event = toEvent(node);
      ctx.loaders.nodes(Label.Event).prime(event.id, node);
      return {
        person,
        eventId: event.id,
        role: storedEnum(rel.role, EVENT_ROLES),
        organizationId: strOrNull(rel.onBehalfOf),
        evidenceIds: strList(rel.evidence),
      };
    });
  },
  evidence: evidenceField,
};

export const Position: PositionResolvers = {
  person: (position, _args, ctx) => loadRequired(ctx, Label.Person, position.personId, toPerson),
  organization: (position, _args, ctx) =>
    loadRequired(ctx, Label.Organization, position.organizationId, toOrganization),
  evidence: evidenceField,
};

export const PersonConnection = pageResolvers<PersonModel>();
