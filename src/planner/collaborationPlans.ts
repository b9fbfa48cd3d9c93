import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';

import { Label } from '../db/labelsAndTypes';
import { ErrorCode, userError } from '../errors';
import {
  pageOfPartners,
  rankedPartners,
  sourceParam,
} from '../repositories/collaborationRepository';
import type { PageArgs } from '../repositories/pagination';
import {
  checkPageArgs,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  pageWindow,
} from '../repositories/pagination';
import { itemProjections, pageObject } from './pagePlans';
import type { RootPlanner } from './plan';
import { compile } from './plan';
import { rawList, rawNumber } from './rawValues';

interface CollaborationArgs extends PageArgs {
  organization: string;
  partner?: string | null;
  includeUnits?: boolean | null;
  unitPartners?: boolean | null;
  source?: string | null;
}

/**
 * `collaborations`: the ranking of every partner, the page's window of it and each partner's
 * shared programs with everything the selection asks of them, in one statement. The window is
 * computed in Cypher from the total, as `pageWindow` computes it.
 */
export const collaborationsOf: RootPlanner = (rawArgs, _field, limits) => {
  const args = rawArgs as unknown as CollaborationArgs;
  checkPageArgs(args, limits.maxPageSize);
  const scope = { includeUnits: args.includeUnits ?? false, sourceId: args.source ?? null };
  const first =
    args.first ?? (args.last === null || args.last === undefined ? DEFAULT_PAGE_SIZE : null);
  const int = (value: number | null) => (value === null ? null : neo4j.int(value));
  return {
    key: `${String(scope.includeUnits)}|${String(scope.sourceId === null)}`,
    params: {
      org: args.organization,
      partner: args.partner ?? null,
      unitPartners: args.unitPartners ?? false,
      source: sourceParam(scope),
      pageStart: neo4j.int(args.after ? decodeCursor(args.after, 'after') + 1 : 0),
      pageBefore: int(args.before ? decodeCursor(args.before, 'before') : null),
      pageFirst: int(first),
      pageLast: int(args.last ?? null),
    },
    // The plan is cached and serves later requests: what `read` needs of one comes from here.
    context: args,
    build: (field) =>
      compile((compiler) => {
        const connectionType = [...field.byType.keys()][0] ?? '';
        const connection = field.byType.get(connectionType) ?? [];
        const scopeVars = {
          ends: {
            organization: new Cypher.NamedNode('org'),
            partner: new Cypher.NamedNode('partner'),
          },
        };
        const items = itemProjections(compiler, 'Collaboration', connection, scopeVars);
        const clause = new Cypher.Raw((env) => {
          const item = env.compile(
            new Cypher.List(items.map((i) => i.expr ?? new Cypher.Literal(null))),
          );
          // Ids a merge replaced read as the entities kept, as the lookups by id do.
          return `OPTIONAL MATCH (orgRedirect:${Label.Redirect} {id: $org})
     OPTIONAL MATCH (partnerRedirect:${Label.Redirect} {id: $partner})
     WITH coalesce(orgRedirect.to, $org) AS orgId, coalesce(partnerRedirect.to, $partner) AS partnerId
     MATCH (org:${Label.Organization} {id: orgId})
     WITH org, partnerId
     ${rankedPartners(scope, 'partnerId')}
     WITH org, ranked, size(ranked) AS total
     WITH org, ranked, total,
          CASE WHEN $pageStart < total THEN $pageStart ELSE total END AS s0,
          CASE WHEN $pageBefore IS NULL OR $pageBefore > total THEN total ELSE $pageBefore END AS e0
     WITH org, ranked, total, s0, CASE WHEN e0 < s0 THEN s0 ELSE e0 END AS e1
     WITH org, ranked, total, s0,
          CASE WHEN $pageFirst IS NULL OR s0 + $pageFirst > e1 THEN e1 ELSE s0 + $pageFirst END AS e
     WITH org, ranked, total, e,
          CASE WHEN $pageLast IS NOT NULL AND e - $pageLast > s0 THEN e - $pageLast ELSE s0 END AS s
     CALL (org, ranked, s, e) {
       ${pageOfPartners}
       ORDER BY rank
       RETURN collect(${item}) AS items
     }
     RETURN total, items`;
        });
        return {
          clause,
          read: (records, prepared, variables) => {
            const request = prepared.context as CollaborationArgs;
            const record = records[0];
            if (!record) {
              throw userError(
                ErrorCode.NOT_FOUND,
                `No organization has the id "${request.organization}".`,
                {
                  argument: 'organization',
                },
              );
            }
            const total = rawNumber(record.get('total'));
            const window = pageWindow(request, total);
            const shown = rawList(record.get('items')) as unknown[][];
            return pageObject(connectionType, connection, items, shown, window, total, variables);
          },
        };
      }),
  };
};
