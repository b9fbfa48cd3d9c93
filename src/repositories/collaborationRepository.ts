import type { Database } from '../db/database';
import { Label, Rel } from '../db/graphModel';
import { map, strList, strOrNull } from '../db/rowValues';
import { partialDateFromStored } from '../import/partialDate';
import type { CollaborationModel } from '../models';
import { toOrganization } from './nodeMappers';

const MAX_UNIT_DEPTH = 6;

/**
 * Every partner of an organization (one, with `partnerId`): the organizations that are parties
 * to programs it (or, with `includeUnits`, one of its units) is a party to, with the shared
 * programs, their aspects and disease areas and the earliest start. Most programs first.
 */
export async function findCollaborations(
  db: Database,
  organizationId: string,
  options: { partnerId: string | null; includeUnits: boolean },
): Promise<CollaborationModel[]> {
  const rows = await db.read(
    `MATCH (org:${Label.Organization} {id: $org})
     CALL (org) {
       MATCH (unit:${Label.Organization})-[:${Rel.UNIT_OF}*0..${MAX_UNIT_DEPTH}]->(org)
       WHERE $includeUnits OR unit = org
       RETURN collect(DISTINCT unit.id) AS mine
     }
     OPTIONAL MATCH (p:${Label.Program})-[:${Rel.HAS_PARTY}]->(m:${Label.Organization})
     WHERE m.id IN mine
     OPTIONAL MATCH (p)-[:${Rel.HAS_PARTY}]->(partner:${Label.Organization})
     WHERE NOT partner.id IN mine AND ($partner IS NULL OR partner.id = $partner)
     WITH org, partner, p ORDER BY p.startDate, p.name
     WITH org, partner, collect(DISTINCT p) AS programs
     WHERE partner IS NOT NULL
     WITH org, partner, programs,
          [q IN programs WHERE q.startDate IS NOT NULL] AS dated
     RETURN properties(partner) AS partner,
            [q IN programs | q.id] AS programIds,
            COLLECT { UNWIND programs AS q MATCH (q)-[:${Rel.COVERS_ASPECT}]->(a:${Label.CooperationAspect}) RETURN DISTINCT a.id ORDER BY a.id } AS aspectIds,
            COLLECT { UNWIND programs AS q MATCH (q)-[:${Rel.FOCUSES_ON}]->(d:${Label.DiseaseArea}) RETURN DISTINCT d.id ORDER BY d.id } AS areaIds,
            CASE WHEN size(dated) = 0 THEN null ELSE head(dated).startDate END AS firstDate,
            CASE WHEN size(dated) = 0 THEN null ELSE head(dated).startPrecision END AS firstPrecision
     ORDER BY size(programIds) DESC, partner.name, partner.id`,
    { org: organizationId, partner: options.partnerId, includeUnits: options.includeUnits },
  );
  return rows.map((row) => ({
    organizationId,
    partner: toOrganization(map(row.partner)),
    programIds: strList(row.programIds),
    aspectIds: strList(row.aspectIds),
    diseaseAreaIds: strList(row.areaIds),
    firstDate: partialDateFromStored(strOrNull(row.firstDate), strOrNull(row.firstPrecision)),
  }));
}
