import { Label, VOCABULARY_LABELS } from '../db/graphModel';
import { ErrorCode, userError } from '../errors';
import type { ConnectionStepResolvers, ConnectionVia, QueryResolvers } from '../generated/graphql';
import { findShortestPaths } from '../repositories/connectionRepository';
import { followRedirects } from './followRedirects';
import { evidenceField } from './load';

/** Longest path `connection` searches; beyond it the search space explodes. */
export const MAX_HOPS = 6;

/** The vocabulary label each `via` value lets paths pass through. */
const VIA_LABEL: Record<ConnectionVia, Label> = {
  DISEASE_AREA: Label.DiseaseArea,
  COOPERATION_ASPECT: Label.CooperationAspect,
  PLACE: Label.Place,
  TERM: Label.Term,
};

export const connectionQueries: Pick<QueryResolvers, 'connection'> = {
  connection: async (_root, args, ctx, info) => {
    const { from, to, maxHops, via } = await followRedirects(ctx, info, args);
    const hops = maxHops ?? 4;
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
      throw userError(
        ErrorCode.MAX_HOPS_EXCEEDED,
        `"maxHops" must be between 1 and ${MAX_HOPS} (got ${hops}).`,
        { argument: 'maxHops', maximum: MAX_HOPS },
      );
    }
    const allowed = new Set((via ?? []).map((value) => VIA_LABEL[value]));
    const avoid = VOCABULARY_LABELS.filter((label) => !allowed.has(label));
    const found = await findShortestPaths(ctx.db, from, to, hops, avoid);
    const unknown = [
      ...(found.from ? [] : [{ argument: 'from', id: from }]),
      ...(found.to ? [] : [{ argument: 'to', id: to }]),
    ];
    if (!found.from || !found.to) {
      const which = unknown.map((end) => `"${end.id}" (${end.argument})`).join(' and ');
      throw userError(ErrorCode.NOT_FOUND, `No entity has the id ${which}: nothing to connect.`, {
        argument: unknown[0]?.argument,
        unknown,
      });
    }
    const shortest = found.paths[0]?.steps.length ?? null;
    return { from: found.from, to: found.to, hops: shortest, paths: found.paths };
  },
};

export const ConnectionStep: ConnectionStepResolvers = { evidence: evidenceField };
