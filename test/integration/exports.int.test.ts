import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import jsonld from 'jsonld';

import { adminImport } from '../../neo4j/adminImport';
import { startLocalNeo4j, stopLocalNeo4j } from '../../neo4j/localNeo4j';
import { exportGraph } from '../../src/backup/graphExport';
import { LOCAL_NEO4J_DEFAULT_PASSWORD } from '../../src/config';
import { mergeEntities } from '../../src/curation/mergeEntities';
import { retractSource } from '../../src/curation/retractSource';
import { connectDatabase } from '../../src/db/connectDatabase';
import { FACT_RELATIONSHIPS } from '../../src/db/labelsAndTypes';
import { importDocument, SYSTEM_VIEWER } from '../../src/import/importDocument';
import { importFiles } from '../../src/import/importFiles';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { syntheticDocument } from '../../src/synthetic/syntheticDocument';
import { SCRATCH_BOLT_PORT, TEST_BOLT_PORT } from '../utils/testPorts';
import type { TestServer } from '../utils/testServer';
import { startTestServer, testConfig } from '../utils/testServer';

const execFileAsync = promisify(execFile);
let t: TestServer;
let folder: string;

/** `npm run kg -- ARGS` against the suite's Neo4j, as a user runs it. */
async function kg(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return execFileAsync(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'src/cli/kg.ts'), ...args],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: `bolt://127.0.0.1:${TEST_BOLT_PORT}`,
        NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD,
        LOG_LEVEL: 'silent',
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

/** Entities and fact relationships of the graph, counted in Neo4j. */
async function knowledgeCounts() {
  const [row] = await t.db.read(
    `RETURN COUNT { (n) WHERE n:Person OR n:Organization OR n:Program OR n:Event OR n:Place
                    OR n:DiseaseArea OR n:CooperationAspect OR n:Position } AS entities,
            COUNT { ()-[r]->() WHERE type(r) IN $facts } AS facts`,
    { facts: FACT_RELATIONSHIPS },
  );
  return { entities: Number(row?.entities), facts: Number(row?.facts) };
}

/** The graph of the backup test: the seed, a worked example, a merge, a retraction, audit entries. */
beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
  await importFiles(t.db, [
    join(PROJECT_ROOT, 'seed', 'examples', '03-worked-example-follow-up-meeting.yaml'),
  ]);
  await importDocument(
    t.db,
    syntheticDocument({ key: 'exports', organizations: 6, people: 5, programs: 4, events: 2 }),
    { file: 'exports.yaml' },
  );
  await importDocument(
    t.db,
    syntheticDocument({ key: 'gone', organizations: 2, people: 2, programs: 1 }),
    { file: 'gone.yaml' },
  );
  await mergeEntities(
    t.db,
    'person/exports-person-000',
    'person/exports-person-001',
    SYSTEM_VIEWER,
  );
  await retractSource(t.db, 'source/gone', { dryRun: false, viewer: SYSTEM_VIEWER });
  folder = mkdtempSync(join(tmpdir(), 'kg-exports-'));
}, 120_000);

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await t.stop();
});

test('kg export --format graphml: well-formed GraphML with typed attributes and evidence counts', async () => {
  const file = join(folder, 'graph.graphml');
  await kg('export', '--format', 'graphml', file);
  const xml = readFileSync(file, 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name, _path, _leaf, isAttribute) =>
      !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
  }).parse(xml) as {
    graphml: {
      xmlns: string;
      key: { id: string; for: string; 'attr.name': string; 'attr.type': string }[];
      graph: {
        edgedefault: string;
        node: { id: string; data: { key: string; '#text': string | number }[] }[];
        edge: {
          source: string;
          target: string;
          data: { key: string; '#text': string | number }[];
        }[];
      };
    };
  };
  const { graphml } = parsed;
  expect(graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
  expect(graphml.graph.edgedefault).toBe('directed');
  const counts = await knowledgeCounts();
  expect(graphml.graph.node).toHaveLength(counts.entities);
  expect(graphml.graph.edge).toHaveLength(counts.facts);

  // Every data element refers to a declared key of its scope.
  const keys = new Map(graphml.key.map((k) => [k.id, k]));
  for (const node of graphml.graph.node) {
    for (const d of node.data) expect(keys.get(d.key)?.for).toBe('node');
  }
  const ids = new Set(graphml.graph.node.map((n) => n.id));
  for (const edge of graphml.graph.edge) {
    expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    for (const d of edge.data) expect(keys.get(d.key)?.for).toBe('edge');
  }
  expect(keys.get('n_evidenceCount')?.['attr.type']).toBe('int');

  const data = (items: { key: string; '#text': string | number }[]) =>
    Object.fromEntries(items.map((d) => [d.key, String(d['#text'])]));
  const liJun = graphml.graph.node.find((n) => n.id === 'person/li-jun');
  const [stored] = await t.db.read('MATCH (p:Person {id: "person/li-jun"}) RETURN p.evidence AS e');
  expect(data(liJun?.data ?? [])).toMatchObject({
    n_label: 'Li Jun',
    n_type: 'Person',
    n_honorific: 'Prof.',
    n_evidenceCount: String((stored?.e as string[]).length),
  });
  expect(data(liJun?.data ?? [])).not.toHaveProperty('n_matchKeys');
  const signed = graphml.graph.edge.find(
    (e) => e.source === 'person/li-jun' && data(e.data).e_type === 'HAS_ROLE_IN',
  );
  expect(data(signed?.data ?? [])).toMatchObject({
    e_label: 'HAS_ROLE_IN',
    e_role: 'SIGNED',
    e_onBehalfOf: 'org/ahmu',
    e_evidenceCount: '1',
  });
});

test('kg export --format jsonld: expands with jsonld into schema.org types and W3C Web Annotations', async () => {
  const file = join(folder, 'graph.jsonld');
  await kg('export', '--format', 'jsonld', file, '--base', 'https://kg.example.org/');
  const document = JSON.parse(readFileSync(file, 'utf8')) as object;
  // No remote context may be needed: a loader that refuses everything proves it.
  const expanded = (await jsonld.expand(document, {
    documentLoader: (url: string) => Promise.reject(new Error(`no network: ${url}`)),
  })) as Record<string, unknown[] | string>[];
  const byId = new Map(expanded.map((node) => [node['@id'] as string, node]));
  const S = 'http://schema.org/';
  const OA = 'http://www.w3.org/ns/oa#';
  const K = 'https://kg.example.org/';

  const counts = await knowledgeCounts();
  const typeOf = (node: Record<string, unknown>) => node['@type'] as string[];
  const entities = expanded.filter((n) =>
    typeOf(n).some((type) =>
      ['Person', 'Organization', 'Project', 'Event', 'Place', 'DefinedTerm', 'EmployeeRole'].some(
        (t) => type === `${S}${t}`,
      ),
    ),
  );
  expect(entities).toHaveLength(counts.entities);

  const liJun = byId.get(`${K}person/li-jun`);
  expect(typeOf(liJun ?? {})).toEqual([`${S}Person`]);
  expect(liJun?.[`${S}name`]).toEqual([{ '@value': 'Li Jun' }]);
  // A position after schema.org's Role pattern: Person -worksFor-> EmployeeRole -worksFor-> Organization.
  const positionId = (liJun?.[`${S}worksFor`] as { '@id': string }[])[0]?.['@id'] ?? '';
  const position = byId.get(positionId);
  expect(typeOf(position ?? {})).toEqual([`${S}EmployeeRole`]);
  expect(position?.[`${S}roleName`]).toEqual([{ '@value': 'Secretary' }]);
  expect(position?.[`${S}worksFor`]).toEqual([
    { '@id': expect.stringMatching(/^https:\/\/kg\.example\.org\/org\//) as unknown },
  ]);

  const annotations = expanded.filter((n) => typeOf(n).includes(`${OA}Annotation`));
  const [excerpts] = await t.db.read(
    `MATCH (x:Excerpt) WHERE x.id IN $cited RETURN count(x) AS n`,
    {
      cited: (
        await t.db.read(
          `MATCH (n) WHERE NOT n:Excerpt AND NOT n:Source AND NOT n:AuditEntry AND NOT n:Redirect
         UNWIND n.evidence AS e RETURN collect(DISTINCT e) AS ids`,
        )
      )[0]?.ids,
    },
  );
  expect(annotations.length).toBeGreaterThanOrEqual(Number(excerpts?.n));
  const sources = await t.db.read('MATCH (s:Source) RETURN s.id AS id, s.text AS text');
  const textOf = new Map(sources.map((s) => [`${K}${String(s.id)}`, String(s.text)]));
  for (const annotation of annotations) {
    expect(annotation[`${OA}motivatedBy`]).toEqual([{ '@id': `${OA}describing` }]);
    expect((annotation[`${OA}hasBody`] as unknown[]).length).toBeGreaterThan(0);
    const [target] = annotation[`${OA}hasTarget`] as Record<string, unknown[]>[];
    expect(target?.['@type']).toEqual([`${OA}SpecificResource`]);
    const source = (target?.[`${OA}hasSource`] as { '@id': string }[])[0]?.['@id'] ?? '';
    const selectors = target?.[`${OA}hasSelector`] as Record<string, unknown[]>[];
    const quote = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextQuoteSelector`);
    const position = selectors.find(
      (s) => (s['@type'] as string[])[0] === `${OA}TextPositionSelector`,
    );
    const exact = (quote?.[`${OA}exact`] as { '@value': string }[])[0]?.['@value'] ?? '';
    const value = (key: string) =>
      Number((position?.[`${OA}${key}`] as { '@value': string }[])[0]?.['@value']);
    expect((position?.[`${OA}start`] as { '@type': string }[])[0]?.['@type']).toBe(
      'http://www.w3.org/2001/XMLSchema#nonNegativeInteger',
    );
    // The selectors agree with the source text (offsets in code points, as the model says).
    const codePoints = [...(textOf.get(source) ?? '')];
    expect(codePoints.slice(value('start'), value('end')).join('')).toBe(exact);
    expect(exact.length).toBeGreaterThan(0);
  }
  // And it is RDF: every triple converts.
  const nquads = (await jsonld.toRDF(document, {
    format: 'application/n-quads',
    documentLoader: (url: string) => Promise.reject(new Error(`no network: ${url}`)),
  })) as unknown as string;
  expect(nquads).toContain(
    `<${K}person/li-jun> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${S}Person>`,
  );
});

const maybe = process.env.NEO4J_URI ? test.skip : test;

maybe(
  'kg export --format csv: neo4j-admin imports it into a scratch Neo4j with the same counts and content hash',
  async () => {
    const original = await exportGraph(t.db);
    const csvFolder = join(folder, 'csv');
    const { stderr } = await kg('export', '--format', 'csv', csvFolder);
    expect(stderr).toContain(
      `exported ${original.nodes} nodes and ${original.relationships} relationships`,
    );
    const script = readFileSync(join(csvFolder, 'import.sh'), 'utf8');
    const files = (flag: string) =>
      [...script.matchAll(new RegExp(`--${flag}=(\\S+)`, 'g'))].map((m) =>
        join(csvFolder, m[1] ?? ''),
      );
    expect(readFileSync(join(csvFolder, 'nodes', 'Person.csv'), 'utf8').split('\n')[0]).toMatch(
      /^"id:ID\(Person\)",.*"evidence:string\[\]".*":LABEL"$/,
    );

    await stopLocalNeo4j(SCRATCH_BOLT_PORT);
    const password = process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD;
    const output = await adminImport(SCRATCH_BOLT_PORT, {
      nodes: files('nodes'),
      relationships: files('relationships'),
      arrayDelimiter: 'U+001F',
    });
    expect(output).toContain('IMPORT DONE');
    await startLocalNeo4j({
      boltPort: SCRATCH_BOLT_PORT,
      password,
      heapMax: '512m',
      pageCache: '128m',
    });
    const scratch = await connectDatabase(
      testConfig({ NEO4J_URI: `bolt://127.0.0.1:${SCRATCH_BOLT_PORT}`, NEO4J_PASSWORD: password }),
    );
    try {
      const statements = readFileSync(join(csvFolder, 'post-import.cypher'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('//'));
      expect(statements.length).toBeGreaterThan(0); // the sources' empty evidence lists
      for (const statement of statements) await scratch.write(statement);
      const copy = await exportGraph(scratch);
      expect({ nodes: copy.nodes, relationships: copy.relationships }).toEqual({
        nodes: original.nodes,
        relationships: original.relationships,
      });
      expect(copy.sha256).toBe(original.sha256);
    } finally {
      await scratch.driver.close();
      await stopLocalNeo4j(SCRATCH_BOLT_PORT);
    }
  },
  300_000,
);
