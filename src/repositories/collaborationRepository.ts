import type { Database } from '../db/database';
import { Label, Rel } from '../db/labelsAndTypes';
import { map, str, strList, strOrNull } from '../db/rowValues';
import { partialDateFromStored } from '../domain/partialDate';
import type { CollaborationModel } from '../models';
import { toOrganization } from './nodeMappers';

const MAX_UNIT_DEPTH = 6;

export interface CollaborationScope {
  /** Count the programs of the organization's units (down the unit tree) as its own. */
  includeUnits: boolean;
  /** Only programs this source states count (null: every program). */
  sourceId: string | null;
}

/**
 * A partner that is not in the organization's own line: neither a unit (of a unit ...) of it nor
 * one of the organizations it belongs to. Both walks go up the tree from one node, so they stay
 * short however many units a hub has.
 */
export const NOT_OWN_LINE = (org: string, other: string) =>
  `NOT EXISTS { (${other})-[:${Rel.UNIT_OF}*1..${MAX_UNIT_DEPTH}]->(${org}) } AND NOT EXISTS { (${org})-[:${Rel.UNIT_OF}*1..${MAX_UNIT_DEPTH}]->(${other}) }`;

/** `p` is stated by the source given as `$source` (`<id>#`), or there is none. */
export const STATED = `($source IS NULL OR any(e IN coalesce(p.evidence, []) WHERE e STARTS WITH $source))`;

/** `STATED` where a source is given; no condition (and no evidence read) where none is. */
const statedIn = (scope: CollaborationScope) => (scope.sourceId === null ? 'true' : STATED);

export const sourceParam = (scope: CollaborationScope) =>
  scope.sourceId === null ? null : `${scope.sourceId}#`;

/**
 * A subquery binding `mine`: the organization `org`, and with units its whole unit tree. Without
 * units the tree is not walked at all (a hub has hundreds of units).
 */
export function ownParties(
  { includeUnits }: CollaborationScope,
  carry: readonly string[] = [],
): string {
  return includeUnits
    ? `CALL (org) {
         MATCH (unit:${Label.Organization})-[:${Rel.UNIT_OF}*0..${MAX_UNIT_DEPTH}]->(org)
         RETURN collect(DISTINCT unit) AS mine
       }`
    : `WITH ${['org', ...carry].join(', ')}, [org] AS mine`;
}

/**
 * The ranking of partners, after `MATCH (org ...)`: binds `org`, `mine` and `ranked`, a list of
 * `{partner, programs}` (the programs it shares, unordered), most shared programs first, then
 * by name (parameters `$unitPartners`, `$source`; `partner` is the expression of the one partner
 * asked for, or null). One walk of the organization's programs serves the ranking and the page:
 * the programs are kept as references, so a hub's hundreds of partners cost no second walk.
 */
export function rankedPartners(scope: CollaborationScope, partner: string): string {
  const carried = partner === 'null' || partner.startsWith('$') ? [] : [partner];
  const carry = carried.map((name) => `, ${name}`).join('');
  // The organization's own line, walked once, not twice for each of a hub's hundreds of partners.
  return `${ownParties(scope, carried)}
     WITH org, mine${carry},
          COLLECT { MATCH (unit)-[:${Rel.UNIT_OF}*1..${MAX_UNIT_DEPTH}]->(org) RETURN unit } +
          COLLECT { MATCH (org)-[:${Rel.UNIT_OF}*1..${MAX_UNIT_DEPTH}]->(parent) RETURN parent } AS line
     CALL (org, mine, line${carry}) {
       UNWIND mine AS m
       MATCH (m)<-[:${Rel.HAS_PARTY}]-(p:${Label.Program})-[:${Rel.HAS_PARTY}]->(partner:${Label.Organization})
       WHERE NOT partner IN mine AND (${partner} IS NULL OR partner.id = ${partner}) AND ${statedIn(scope)}
       WITH org, partner, collect(DISTINCT p) AS programs
       WHERE $unitPartners OR NOT partner IN line
       ORDER BY size(programs) DESC, partner.name, partner.id
       RETURN collect({partner: partner, programs: programs}) AS ranked
     }`;
}

/**
 * The entries `ranked[s..e]` of `rankedPartners`, one row each in their order: binds `partner`,
 * `programs` (unordered: only a selection that lists them sorts them) and `rank` (the place in
 * the page).
 */
export const pageOfPartners = `UNWIND range(0, size(ranked[s..e]) - 1) AS rank
       WITH org, rank, ranked[s + rank] AS entry
       WITH org, rank, entry.partner AS partner, entry.programs AS programs`;

/**
 * The ids of every partner of an organization (or only `partnerId`): the organizations that are
 * parties to programs it is a party to, most shared programs first, then by name; its own units
 * and the organizations it belongs to only with `unitPartners`. Ids only, in one row: a hub has
 * hundreds of partners, and only a page of them gets `describeCollaborations`.
 */
export async function rankCollaborationPartners(
  db: Database,
  organizationId: string,
  options: CollaborationScope & { partnerId: string | null; unitPartners: boolean },
): Promise<string[]> {
  const rows = await db.read(
    `MATCH (org:${Label.Organization} {id: $org})
     ${ownParties(options)}
     UNWIND mine AS m
     MATCH (m)<-[:${Rel.HAS_PARTY}]-(p:${Label.Program})-[:${Rel.HAS_PARTY}]->(partner:${Label.Organization})
     WHERE NOT partner IN mine AND ($partner IS NULL OR partner.id = $partner) AND ${STATED}
     WITH org, partner, count(DISTINCT p) AS programs
     WHERE $unitPartners OR (${NOT_OWN_LINE('org', 'partner')})
     ORDER BY programs DESC, partner.name, partner.id
     RETURN collect(partner.id) AS partnerIds`,
    {
      org: organizationId,
      partner: options.partnerId,
      unitPartners: options.unitPartners,
      source: sourceParam(options),
    },
  );
  return strList(rows[0]?.partnerIds);
}

/**
 * The collaborations of `organizationId` with these partners, in the order given: the partner,
 * the shared programs (earliest first), their aspects and disease areas, and the earliest start.
 */
export async function describeCollaborations(
  db: Database,
  organizationId: string,
  partnerIds: string[],
  scope: CollaborationScope,
): Promise<CollaborationModel[]> {
  if (partnerIds.length === 0) return [];
  const rows = await db.read(
    `MATCH (org:${Label.Organization} {id: $org})
     ${ownParties(scope)}
     UNWIND mine AS m
     MATCH (m)<-[:${Rel.HAS_PARTY}]-(p:${Label.Program})-[:${Rel.HAS_PARTY}]->(partner:${Label.Organization})
     WHERE partner.id IN $partnerIds AND ${STATED}
     WITH partner, p ORDER BY p.startDate, p.name
     WITH partner, collect(DISTINCT p) AS programs
     RETURN partner.id AS partnerId, properties(partner) AS partner, [q IN programs | q.id] AS programIds,
            COLLECT { UNWIND programs AS q MATCH (q)-[:${Rel.COVERS_ASPECT}]->(a:${Label.CooperationAspect}) RETURN DISTINCT a.id ORDER BY a.id } AS aspectIds,
            COLLECT { UNWIND programs AS q MATCH (q)-[:${Rel.FOCUSES_ON}]->(d:${Label.DiseaseArea}) RETURN DISTINCT d.id ORDER BY d.id } AS areaIds,
            head([q IN programs WHERE q.startDate IS NOT NULL | q {.startDate, .startPrecision, .startEdtf}]) AS first`,
    { org: organizationId, partnerIds, source: sourceParam(scope) },
  );
  const byPartner = new Map(rows.map((row) => [str(row.partnerId), row]));
  return partnerIds.flatMap((partnerId) => {
    const row = byPartner.get(partnerId);
    if (!row) return [];
    const first = row.first === null ? null : map(row.first);
    return [
      {
        organizationId,
        partner: toOrganization(map(row.partner)),
        programIds: strList(row.programIds),
        aspectIds: strList(row.aspectIds),
        diseaseAreaIds: strList(row.areaIds),
        firstDate: first
          ? partialDateFromStored(
              strOrNull(first.startDate),
              strOrNull(first.startPrecision),
              strOrNull(first.startEdtf),
            )
          : null,
      },
    ];
  });
}
