import type { Database } from '../db/database';
import { Label, Rel } from '../db/labelsAndTypes';
import { mapList, str, strList, strOrNull } from '../db/rowValues';
import type { KnownEntity, KnownLabel } from '../domain/knownEntity';

/** The labels a draft refers to by name, and the vocabularies it reads whole. */
const NAMED_LABELS = [
  Label.Person,
  Label.Organization,
  Label.Place,
  Label.Program,
  Label.Event,
] as const;
const VOCABULARY_LABELS = [Label.DiseaseArea, Label.CooperationAspect, Label.Term] as const;

/** Positions read per person to tell namesakes apart. */
const POSITIONS_PER_PERSON = 5;

const STATEMENT = `
CALL {
  MATCH (n) WHERE (${NAMED_LABELS.map((l) => `n:${l}`).join(' OR ')}) AND (any(k IN n.matchKeys WHERE replace(k, ' ', '') IN $keys) OR n.id IN $ids)
  RETURN n
  UNION
  MATCH (n) WHERE ${VOCABULARY_LABELS.map((l) => `n:${l}`).join(' OR ')}
  RETURN n
}
RETURN n.id AS id,
       [l IN labels(n) WHERE l IN $labels][0] AS label,
       n.name AS name, n.matchKeys AS matchKeys, n.kind AS kind, n.acronym AS acronym,
       [(n)-[:${Rel.UNIT_OF}]->(p:${Label.Organization}) | p.id][0] AS parentId,
       [(n)-[:${Rel.HOLDS_POSITION}]->(q:${Label.Position})-[:${Rel.POSITION_AT}]->(o:${Label.Organization}) |
         {title: q.title, organizationId: o.id}][..${POSITIONS_PER_PERSON}] AS positions,
       [(n)-[r:${Rel.HAS_ROLE_IN}|${Rel.PARTICIPATED_IN}]->() WHERE r.onBehalfOf IS NOT NULL | r.onBehalfOf]
         + [(n)<-[r:${Rel.STATED_BY}]-() WHERE r.onBehalfOf IS NOT NULL | r.onBehalfOf] AS affiliations,
       [(n)-[:${Rel.LOCATED_IN}|${Rel.DESIGNATED_AS}]->(t) | t.id] AS links,
       n.broader AS broader
ORDER BY id`;

const LABELS: readonly KnownLabel[] = [...NAMED_LABELS, ...VOCABULARY_LABELS];

function knownLabel(value: unknown): KnownLabel {
  const label = LABELS.find((l) => l === value);
  if (!label) throw new Error(`unexpected label ${String(value)} in a draft look-up`);
  return label;
}

/**
 * What the graph holds under any of a draft's names, in one read: the people, organizations,
 * places, programs and events having one of the match `keys` (normalised, spaces removed) or one
 * of the `ids` the guide's rules predict, with
 * each unit's parent and each person's positions and the organizations they acted for, plus
 * every disease area, cooperation aspect and term.
 */
export async function findDraftReferences(
  db: Database,
  keys: string[],
  ids: string[] = [],
): Promise<KnownEntity[]> {
  const rows = await db.read(STATEMENT, { keys, ids, labels: LABELS });
  return rows.map((row) => ({
    id: str(row.id),
    label: knownLabel(row.label),
    name: str(row.name),
    matchKeys: strList(row.matchKeys),
    kind: strOrNull(row.kind),
    acronym: strOrNull(row.acronym),
    parentId: strOrNull(row.parentId),
    positions: mapList(row.positions).map((p) => ({
      title: str(p.title),
      organizationId: str(p.organizationId),
    })),
    affiliations: [...new Set(strList(row.affiliations))].sort(),
    links: [...new Set(strList(row.links))].sort(),
    ...(row.label === Label.Term ? { broader: strOrNull(row.broader) } : {}),
  }));
}
