import type { Context } from '../context';
import { Label } from '../db/graphModel';
import { strList } from '../db/rowValues';
import type { PlaceLinkResolvers, PlaceResolvers, QueryResolvers } from '../generated/graphql';
import type { PlaceLinkModel } from '../models';
import { findAll } from '../repositories/listRepository';
import type { NeighbourName } from '../repositories/neighbours';
import { toPlace } from '../repositories/nodeMappers';
import { evidenceField, loadEntity } from './load';

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

export const Place: PlaceResolvers = {
  within: async (place, _args, ctx) => (await placeLinks(ctx, 'placeWithin', place.id))[0] ?? null,
  contains: async (place, _args, ctx) =>
    (await ctx.loaders.neighbours('placeContains').load(place.id)).map(({ node }) => toPlace(node)),
  containsLinks: (place, _args, ctx) => placeLinks(ctx, 'placeContains', place.id),
  evidence: evidenceField,
};

export const PlaceLink: PlaceLinkResolvers = { evidence: evidenceField };
