import { FACT_RELATIONSHIPS, Label } from '../../src/db/labelsAndTypes';
import { bulkImport } from '../../src/import/bulkImport';
import { DocumentInvalidError } from '../../src/import/documentInvalidError';
import { SYSTEM_VIEWER } from '../../src/import/importDocument';
import { generateGraph } from '../../src/synthetic/generateGraph';
import {
  countSyntheticDocuments,
  syntheticDocuments,
} from '../../src/synthetic/syntheticDocuments';
import { buildSyntheticWorld } from '../../src/synthetic/syntheticWorld';
import type { TestServer } from '../utils/testServer';
import { graphCounts, graphFingerprint, startTestServer } from '../utils/testServer';

/** The scale generator at scale 0.01, loaded through the bulk import path into the real Neo4j. */

const SCALE = 0.01;
const SEED = 7;

let t: TestServer;
const world = buildSyntheticWorld(SCALE, SEED);

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(() => t.stop());

async function count(cypher: string): Promise<number> {
  const [row] = await t.db.read(cypher);
  return Number(row?.n ?? -1);
}

describe('a load at scale 0.01', () => {
  let first: Awaited<ReturnType<typeof generateGraph>>;

  beforeAll(async () => {
    // Small batches: many transactions, two at a time, some waiting for the batch they refer to.
    first = await generateGraph(t.db, {
      scale: SCALE,
      seed: SEED,
      viewer: SYSTEM_VIEWER,
      batchSize: 500,
    });
  });

  test('writes one node per entity of the world and one source per document', async () => {
    expect(first.load.documents).toBe(countSyntheticDocuments(world));
    expect(first.load.batches).toBeGreaterThan(10);
    const positions = world.people.reduce((sum, p) => sum + p.positions.length, 0);
    expect({
      sources: await count(`MATCH (n:${Label.Source}) RETURN count(n) AS n`),
      organizations: await count(`MATCH (n:${Label.Organization}) RETURN count(n) AS n`),
      people: await count(`MATCH (n:${Label.Person}) RETURN count(n) AS n`),
      positions: await count(`MATCH (n:${Label.Position}) RETURN count(n) AS n`),
      programs: await count(`MATCH (n:${Label.Program}) RETURN count(n) AS n`),
      events: await count(`MATCH (n:${Label.Event}) RETURN count(n) AS n`),
      places: await count(`MATCH (n:${Label.Place}) RETURN count(n) AS n`),
    }).toEqual({
      sources: countSyntheticDocuments(world),
      organizations: world.organizations.length,
      people: world.people.length,
      positions,
      programs: world.programs.length,
      events: world.events.length,
      places: world.places.length,
    });
  });

  test('reports the relationships it wrote, and the graph holds exactly those', async () => {
    const { relationships } = await graphCounts(t.db);
    expect(first.load.relationshipsCreated).toBe(relationships);
    expect(first.load.relationships).toBe(relationships);
  });

  test('has the shape of the real model: hierarchies, careers, parties, leaders, vocabularies', async () => {
    const hospitalsOfUniversities = await count(
      `MATCH (:${Label.Organization} {kind: 'HOSPITAL'})-[:UNIT_OF]->(:${Label.Organization} {kind: 'UNIVERSITY'}) RETURN count(*) AS n`,
    );
    const subsidiaries = await count(
      `MATCH (:${Label.Organization} {kind: 'COMPANY'})-[:UNIT_OF]->(:${Label.Organization} {kind: 'COMPANY'}) RETURN count(*) AS n`,
    );
    const endedPositions = await count(
      `MATCH (p:${Label.Position}) WHERE p.endDate IS NOT NULL RETURN count(p) AS n`,
    );
    const programsWithEverything = await count(
      `MATCH (p:${Label.Program})
       WHERE COUNT { (p)-[:HAS_PARTY]->() } >= 2 AND EXISTS { (p)-[:FOCUSES_ON]->() }
         AND EXISTS { (p)-[:COVERS_ASPECT]->() }
       RETURN count(p) AS n`,
    );
    expect(hospitalsOfUniversities).toBeGreaterThanOrEqual(3);
    expect(subsidiaries).toBe(
      world.organizations.filter((o) => o.kind === 'COMPANY' && o.parent !== null).length,
    );
    expect(endedPositions).toBeGreaterThan(0);
    expect(programsWithEverything).toBe(world.programs.length);
  });

  test('every fact relationship carries evidence, and every excerpt selects its text in its source', async () => {
    const withoutEvidence = await count(
      `MATCH ()-[r]->() WHERE type(r) IN $types AND size(coalesce(r.evidence, [])) = 0 RETURN count(r) AS n`.replace(
        '$types',
        JSON.stringify(FACT_RELATIONSHIPS),
      ),
    );
    const dangling = await count(
      `MATCH ()-[r]->() WHERE r.evidence IS NOT NULL
       UNWIND r.evidence AS id
       OPTIONAL MATCH (x:${Label.Excerpt} {id: id})
       WITH x WHERE x IS NULL RETURN count(*) AS n`,
    );
    const misplaced = await count(
      `MATCH (x:${Label.Excerpt})-[:QUOTES]->(s:${Label.Source})
       WHERE substring(s.text, x.start, x.end - x.start) <> x.text RETURN count(x) AS n`,
    );
    expect({ withoutEvidence, dangling, misplaced }).toEqual({
      withoutEvidence: 0,
      dangling: 0,
      misplaced: 0,
    });
  });

  test('the API answers on the generated graph', async () => {
    const result = await t.execute<{ stats: { counts: { programs: number; people: number } } }>(
      '{ stats { counts { programs people } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.stats.counts).toEqual({
      programs: world.programs.length,
      people: world.people.length,
    });
  });

  test('loading the same scale and seed again changes nothing', async () => {
    const before = await graphFingerprint(t.db);
    const again = await generateGraph(t.db, { scale: SCALE, seed: SEED, viewer: SYSTEM_VIEWER });
    expect(again.load.nodesCreated).toBe(0);
    expect(again.load.relationshipsCreated).toBe(0);
    expect(await graphFingerprint(t.db)).toBe(before);
  });
});

describe('bulk import validation', () => {
  test('an invalid document stops the load before its batch is written, naming the document', async () => {
    const before = await graphFingerprint(t.db);
    const documents: unknown[] = [...syntheticDocuments(buildSyntheticWorld(SCALE, SEED + 1))]
      .slice(0, 5)
      .map((document, i) =>
        // Document 4's source gets a kind the schema does not know.
        i === 4
          ? (JSON.parse(
              JSON.stringify(document).replace('"kind":"REPORT"', '"kind":"SPACESHIP"'),
            ) as unknown)
          : document,
      );
    const load = bulkImport(t.db, documents, { name: 'broken load', viewer: SYSTEM_VIEWER });
    await expect(load).rejects.toThrow(DocumentInvalidError);
    await expect(load).rejects.toThrow(/broken load\[4\]: source\.kind/);
    expect(await graphFingerprint(t.db)).toBe(before);
  });
});
