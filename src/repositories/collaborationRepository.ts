import type { Database } from '../db/database';
import { Label, Rel } from '../db/graphModel';
import { map, str, strList, strOrNull } from '../db/rowValues';
import { partialDateFromStored } from '../import/partialDate';
import type { CollaborationModel } from '../models';
import { toOrganization } from './nodeMappers';

const MAX_UNIT_DEPTH = 6;

/** A partner and the programs shared with it, before the details of a page are read. */
export interface CollaborationPartner {
  partnerId: string;
  programIds: string[];
}

/**
 * Every partner of an organization (one, with `partnerId`): the organizations that are parties
 * to programs it (or, with `includeUnits`, one of its units) is a party to, with the ids of the
 * shared programs (earliest first). Most programs first, then by name. Light on purpose: a hub
 * has hundreds of partners, and only a page of them gets `describeCollaborations`.
 */
export async function findCollaborationPartners(
  db: Database,
  organizationId: string,
  options: { partnerId: string | null; includeUnits: boolean },
): Promise<CollaborationPartner[]> {
  const rows = await db.read(
    `MATCH (org:${Label.Organization} {id: $org})
     CALL (org) {
       MATCH (unit:${Label.Organization})-[:${Rel.UNIT_OF}*0..${MAX_UNIT_DEPTH}]->(org)
       WHERE $includeUnits OR unit = org
       RETURN collect(DISTINCT unit) AS mine
     }
     UNWIND mine AS m
     MATCH (m)<-[:${Rel.HAS_PARTY}]-(p:${Label.Program})-[:${Rel.HAS_PARTY}]->(partner:${Label.Organization})
     WHERE NOT partner IN mine AND ($partner IS NULL OR partner.id = $partner)
     WITH partner, p ORDER BY p.startDate, p.name
     WITH partner, collect(DISTINCT p.id) AS programIds
     RETURN partner.id AS partnerId, programIds
     ORDER BY size(programIds) DESC, partner.name, partner.id`,
    { org: organizationId, partner: options.partnerId, includeUnits: options.includeUnits },
  );
  return rows.map((row) => ({
    partnerId: str(row.partnerId),
    programIds: strList(row.programIds),
  }));
}

/**
 * The collaborations of `organizationId` with these partners, in the order given: the partner,
 * the shared programs, their aspects and disease areas, and the earliest start.
 */
export async function describeCollaborations(
  db: Database,
  organizationId: string,
  partners: CollaborationPartner[],
): Promise<CollaborationModel[]> {
  if (partners.length === 0) return [];
  const rows = await db.read(
    `UNWIND $partners AS row
     MATCH (partner:${Label.Organization} {id: row.partnerId})
     RETURN row.partnerId AS partnerId, properties(partner) AS partner,
            COLLECT { UNWIND row.programIds AS id MATCH (:${Label.Program} {id: id})-[:${Rel.COVERS_ASPECT}]->(a:${Label.CooperationAspect}) RETURN DISTINCT a.id ORDER BY a.id } AS aspectIds,
            COLLECT { UNWIND row.programIds AS id MATCH (:${Label.Program} {id: id})-[:${Rel.FOCUSES_ON}]->(d:${Label.DiseaseArea}) RETURN DISTINCT d.id ORDER BY d.id } AS areaIds,
            head(COLLECT {
              UNWIND row.programIds AS id MATCH (q:${Label.Program} {id: id})
              WHERE q.startDate IS NOT NULL
              RETURN q {.startDate, .startPrecision} ORDER BY q.startDate, q.name
            }) AS first`,
    { partners },
  );
  const byPartner = new Map(rows.map((row) => [str(row.partnerId), row]));
  return partners.flatMap(({ partnerId, programIds }) => {
    const row = byPartner.get(partnerId);
    if (!row) return [];
    const first = row.first === null ? null : map(row.first);
    return [
      {
        organizationId,
        partner: toOrganization(map(row.partner)),
        programIds,
        aspectIds: strList(row.aspectIds),
        diseaseAreaIds: strList(row.areaIds),
        firstDate: first
          ? partialDateFromStored(strOrNull(first.startDate), strOrNull(first.startPrecision))
          : null,
      },
    ];
  });
}
