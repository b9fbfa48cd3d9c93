import type { Context } from '../context';
import { Label } from '../db/labelsAndTypes';
import { str, strList, strOrNull } from '../db/rowValues';
import { happenedBy, validOn } from '../domain/asOf';
import { attestedOn, byAttestationDate } from '../domain/positionDates';
import type {
  PersonResolvers,
  PositionAttestationResolvers,
  PositionResolvers,
  QueryResolvers,
} from '../generated/graphql';
import type { PositionRow } from '../loaders/createLoaders';
import type { PersonModel, PositionModel } from '../models';
import { checkFilter, compilePersonFilter } from '../repositories/compileFilters';
import { findPeoplePage } from '../repositories/listRepository';
import {
  storedRole,
  toEvent,
  toOrganization,
  toPerson,
  toPosition,
  toProgram,
  toStatement,
} from '../repositories/nodeMappers';
import { checkPage } from './argumentLimits';
import { followRedirects } from './followRedirects';
import { evidenceField, loadPerson, loadRequired, loadSource } from './loadEntities';
import { mapPage, pageResolvers } from './pageResolvers';

/** Positions as models, priming the person and organization loaders with the rows at hand. */
export function positionsFromRows(ctx: Context, rows: PositionRow[]): PositionModel[] {
  return rows.map((row) => {
    ctx.loaders.nodes(Label.Person).prime(str(row.person.id), row.person);
    ctx.loaders.nodes(Label.Organization).prime(str(row.organization.id), row.organization);
    return toPosition(row.position);
  });
}

/**
 * True when a source places the position on `asOf` (see `attestedOn` in domain/positionDates):
 * attestations without a date of their own take their source's publication date.
 */
async function placedOn(ctx: Context, position: PositionModel, asOf: string): Promise<boolean> {
  const attestationDates = await Promise.all(
    position.attestations.map(
      async (attestation) =>
        attestation.statedDate ?? (await loadSource(ctx, attestation.sourceId))?.date ?? null,
    ),
  );
  return attestedOn({ ...position, attestationDates }, asOf);
}

/** The positions valid on `asOf` (and, with `attested`, placed on it by a source). */
export async function positionsOn(
  ctx: Context,
  positions: PositionModel[],
  asOf: string | null | undefined,
  attested: boolean | null | undefined,
): Promise<PositionModel[]> {
  if (!asOf) return positions;
  const valid = positions.filter((position) => validOn(position, asOf));
  if (!attested) return valid;
  const placed = await Promise.all(valid.map((position) => placedOn(ctx, position, asOf)));
  return valid.filter((_, i) => placed[i]);
}

export const personQueries: Pick<QueryResolvers, 'person' | 'people'> = {
  person: (_root, { id }, ctx) => loadPerson(ctx, id),
  people: async (_root, args, ctx, info) => {
    const page = checkPage(ctx, args);
    checkFilter(compilePersonFilter, args.filter, ctx.config.limits.maxFilterConditions);
    const { filter, orderBy } = await followRedirects(ctx, info, args);
    return mapPage(
      await findPeoplePage(ctx.db, filter, orderBy, page, ctx.config.limits.maxFilterConditions),
      toPerson,
    );
  },
};

export const Person: PersonResolvers = {
  positions: async (person, { asOf, attested }, ctx) =>
    positionsOn(
      ctx,
      positionsFromRows(ctx, await ctx.loaders.positionsByPerson.load(person.id)),
      asOf,
      attested,
    ),
  programRoles: async (person, { roles, asOf }, ctx) => {
    const rows = await ctx.loaders.neighbours('personPrograms').load(person.id);
    return rows.flatMap(({ rel, node }) => {
      const program = toProgram(node);
      ctx.loaders.nodes(Label.Program).prime(program.id, node);
      const stored = storedRole('person-role', rel, 'OTHER');
      if (roles?.length && !roles.includes(stored.role)) return [];
      if (asOf && !validOn(program, asOf)) return [];
      return [
        {
          person,
          programId: program.id,
          ...stored,
          organizationId: strOrNull(rel.onBehalfOf),
          evidenceIds: strList(rel.evidence),
        },
      ];
    });
  },
  events: async (person, { asOf }, ctx) => {
    const rows = await ctx.loaders.neighbours('personEvents').load(person.id);
    return rows.flatMap(({ rel, node }) => {
      const event = toEvent(node);
      ctx.loaders.nodes(Label.Event).prime(event.id, node);
      if (asOf && !happenedBy(event.date, asOf)) return [];
      return [
        {
          person,
          eventId: event.id,
          ...storedRole('event-role', rel, 'PARTICIPANT'),
          organizationId: strOrNull(rel.onBehalfOf),
          evidenceIds: strList(rel.evidence),
        },
      ];
    });
  },
  statements: async (person, { kinds, asOf }, ctx) =>
    (await ctx.loaders.neighbours('personStatements').load(person.id))
      .map(({ node }) => toStatement(node))
      .filter((statement) => !kinds?.length || kinds.includes(statement.kind))
      .filter((statement) => !asOf || happenedBy(statement.date, asOf)),
  evidence: evidenceField,
};

export const Position: PositionResolvers = {
  person: (position, _args, ctx) => loadRequired(ctx, Label.Person, position.personId, toPerson),
  organization: (position, _args, ctx) =>
    loadRequired(ctx, Label.Organization, position.organizationId, toOrganization),
  attestations: async (position, _args, ctx) => {
    // Earliest first: by the date each source gives (its own, or its publication date).
    const dated = await Promise.all(
      position.attestations.map(async (attestation) => ({
        attestation,
        date: attestation.statedDate ?? (await loadSource(ctx, attestation.sourceId))?.date,
      })),
    );
    return byAttestationDate(dated);
  },
  evidence: evidenceField,
};

export const PositionAttestation: PositionAttestationResolvers = {
  source: async (attestation, _args, ctx) => {
    const source = await loadSource(ctx, attestation.sourceId);
    if (!source) throw new Error(`source ${attestation.sourceId} of an attestation is missing`);
    return source;
  },
  date: async (attestation, _args, ctx) =>
    attestation.statedDate ?? (await loadSource(ctx, attestation.sourceId))?.date ?? null,
  dateFromSource: async (attestation, _args, ctx) =>
    attestation.statedDate === null &&
    ((await loadSource(ctx, attestation.sourceId))?.date ?? null) !== null,
  evidence: evidenceField,
};

export const PersonConnection = pageResolvers<PersonModel>();
