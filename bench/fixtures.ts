import type { Driver } from 'neo4j-driver';

/** The ids the query mix runs on, chosen from the loaded graph (never hard-coded). */
export interface Fixtures {
  /** A top-level program with the most parties and people. */
  programId: string;
  /** A university with units whose people make a realistic page (a few hundred positions). */
  universityId: string;
  /** A disease area for the filtered programs page. */
  diseaseAreaId: string;
  /** The organization that is party to the most programs. */
  hubId: string;
  /** What a user types into search: the hub's name with a typo. */
  searchText: string;
  /** The person with the most positions, program roles and events (an analyst's profile page). */
  profileId: string;
  /** Two people whose shortest connection is 4 hops. */
  personA: string;
  personB: string;
}

/** Picks the fixtures with read queries; deterministic for a given graph. */
export async function findFixtures(driver: Driver): Promise<Fixtures> {
  const one = async (
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<Record<string, unknown>> => {
    const { records } = await driver.executeQuery(cypher, params, { routing: 'READ' });
    const record = records[0];
    if (!record) throw new Error(`no fixture found by: ${cypher.slice(0, 80)}`);
    return record.toObject();
  };
  const program = await one(
    `MATCH (p:Program) WHERE NOT (p)-[:PART_OF]->()
     RETURN p.id AS id ORDER BY COUNT { (p)--() } DESC, p.id LIMIT 1`,
  );
  const university = await one(
    `MATCH (u:Organization {kind: 'UNIVERSITY'})
     WITH u, COUNT { (u)<-[:UNIT_OF]-(:Organization)<-[:POSITION_AT]-(:Position) } AS staff
     WHERE staff >= 100
     RETURN u.id AS id ORDER BY staff, u.id LIMIT 1`,
  );
  const profile = await one(
    `MATCH (p:Person)
     RETURN p.id AS id
     ORDER BY COUNT { (p)-[:HOLDS_POSITION|HAS_ROLE_IN|PARTICIPATED_IN]->() } DESC, p.id LIMIT 1`,
  );
  const area = await one(
    `MATCH (a:DiseaseArea) RETURN a.id AS id ORDER BY COUNT { (a)<-[:FOCUSES_ON]-() } DESC, a.id LIMIT 1`,
  );
  const hub = await one(
    `MATCH (o:Organization) RETURN o.id AS id ORDER BY COUNT { (o)<-[:HAS_PARTY]-() } DESC, o.id LIMIT 1`,
  );
  const hubName = await one(`MATCH (o:Organization {id: $id}) RETURN o.name AS name`, {
    id: hub.id,
  });
  // Two colleagues at a small organization who share no program or event: 4 hops apart.
  const pair = await one(
    `MATCH (o:Organization) WHERE COUNT { (o)<-[:POSITION_AT]-() } >= 2
     WITH o ORDER BY COUNT { (o)<-[:POSITION_AT]-() }, o.id LIMIT 200
     MATCH (a:Person)-[:HOLDS_POSITION]->(:Position)-[:POSITION_AT]->(o)<-[:POSITION_AT]-(:Position)<-[:HOLDS_POSITION]-(b:Person)
     WHERE a.id < b.id AND NOT EXISTS { (a)--()--(b) }
     RETURN a.id AS a, b.id AS b ORDER BY a.id, b.id LIMIT 1`,
  );
  // What a user types: the hub's name in lower case with a letter missing from its longest word.
  const words = String(hubName.name).toLowerCase().split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const typo = longest.slice(0, 3) + longest.slice(4);
  return {
    programId: String(program.id),
    universityId: String(university.id),
    diseaseAreaId: String(area.id),
    hubId: String(hub.id),
    profileId: String(profile.id),
    searchText: words.map((word) => (word === longest ? typo : word)).join(' '),
    personA: String(pair.a),
    personB: String(pair.b),
  };
}
