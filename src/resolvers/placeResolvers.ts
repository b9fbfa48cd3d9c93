import type { Context } from '../context';
import { Label } from '../db/labelsAndTypes';
import { strList, strOrNull } from '../db/rowValues';
import { partialDateFromStored } from '../domain/partialDate';
import type {
  PlaceDesignationResolvers,
  PlaceLinkResolvers,
  PlaceResolvers,
  QueryResolvers,
} from '../generated/graphql';
import type { PlaceDesignationModel, PlaceLinkModel } from '../models';
import type { NeighbourName } from '../repositories/hops';
import { findAll } from '../repositories/listRepository';
import { storedRole, toPlace } from '../repositories/nodeMappers';
import { evidenceField, kindTermField, loadEntity, loadTerm } from './loadEntities';

/** The LOCATED_IN links of an entity along one hop, with their evidence. */
export async function placeLinks(
  ctx: Context,
  hop: NeighbourName,
  id: string,
): Promise<PlaceLinkModel[]> {
  const rows = await ctx.loaders.neighbours(hop).load(id);
  return rows.map(({ rel, node }) => ({
    place: toPlace(node),
    evidenceIds: strList(rel.evidence),
  }));
}

export const placeQueries: Pick<QueryResolvers, 'place' | 'places'> = {
  place: (_root, { id }, ctx) => loadEntity(ctx, Label.Place, id, toPlace),
  places: async (_root, _args, ctx) => (await findAll(ctx.db, Label.Place)).map(toPlace),
};

/** A DESIGNATED_AS link read from either end: the place and the designation term's id. */
export function designationOf(
  place: PlaceDesignationModel['place'],
  designationId: string,
  rel: Record<string, unknown>,
): PlaceDesignationModel {
  const since = strOrNull(rel.since);
  return {
    place,
    designationId,
    since: since === null ? null : partialDateFromStored(null, null, since),
    evidenceIds: strList(rel.evidence),
  };
}

export const Place: PlaceResolvers = {
  kindTerm: kindTermField,
  designations: async (place, _args, ctx) =>
    (await ctx.loaders.neighbours('placeDesignations').load(place.id)).map(({ rel, node }) =>
      designationOf(place, String(node.id), rel),
    ),
  programs: async (place, _args, ctx) =>
    (await ctx.loaders.neighbours('placePrograms').load(place.id)).map(({ rel, node }) => ({
      place,
      programId: String(node.id),
      ...storedRole('party-role', rel, 'PARTICIPANT'),
      evidenceIds: strList(rel.evidence),
    })),
  within: async (place, _args, ctx) => (await placeLinks(ctx, 'placeWithin', place.id))[0] ?? null,
  contains: async (place, _args, ctx) =>
    (await ctx.loaders.neighbours('placeContains').load(place.id)).map(({ node }) => toPlace(node)),
  containsLinks: (place, _args, ctx) => placeLinks(ctx, 'placeContains', place.id),
  evidence: evidenceField,
};

export const PlaceLink: PlaceLinkResolvers = { evidence: evidenceField };

export const PlaceDesignation: PlaceDesignationResolvers = {
  designation: (link, _args, ctx) => loadTerm(ctx, link.designationId),
  evidence: evidenceField,
};
