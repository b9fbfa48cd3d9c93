import { join } from 'node:path';

import { ExportInvalidError, exportGraph, restoreGraph } from '../../src/backup/graphExport';
import { mergeEntities } from '../../src/curation/mergeEntities';
import { retractSource } from '../../src/curation/retractSource';
import { importDocument, SYSTEM_VIEWER } from '../../src/import/importDocument';
import { importFiles } from '../../src/import/importFiles';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { syntheticDocument } from '../../src/synthetic/syntheticDocument';
import type { TestServer } from '../utils/testServer';
import { cleanDatabase, graphCounts, startTestServer } from '../utils/testServer';

let t: TestServer;

const HEADER = '{"format":"cooperation-kg-export","version":1}';

/**
 * A graph with everything a backup must carry: the seed and the worked example (dates, places,
 * aliases, excerpts with offsets, source texts), a merge (a Redirect), a retraction (evidence
 * stripped), and the audit trail of all of it.
 */
beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
  await importFiles(t.db, [
    join(PROJECT_ROOT, 'seed', 'examples', '03-worked-example-follow-up-meeting.yaml'),
  ]);
  await importDocument(
    t.db,
    syntheticDocument({ key: 'backup', organizations: 6, people: 5, programs: 4, events: 2 }),
    { file: 'backup.yaml' },
  );
  await importDocument(
    t.db,
    syntheticDocument({ key: 'retracted', organizations: 2, people: 2, programs: 1 }),
    { file: 'retracted.yaml' },
  );
  await mergeEntities(t.db, 'person/backup-person-000', 'person/backup-person-001', SYSTEM_VIEWER);
  await retractSource(t.db, 'source/retracted', { dryRun: false, viewer: SYSTEM_VIEWER });
});

afterAll(() => t.stop());

test('an export restored into an empty database gives the same counts, bytes and hash', async () => {
  const original = await exportGraph(t.db);
  const counts = await graphCounts(t.db);
  const [stored] = await t.db.read('RETURN COUNT { (n) } AS nodes');
  expect(original.nodes).toBe(Number(stored?.nodes));
  expect(original.relationships).toBe(counts.relationships);

  await cleanDatabase(t.db);
  expect(await restoreGraph(t.db, original.text)).toEqual({
    nodes: original.nodes,
    relationships: original.relationships,
  });

  const copy = await exportGraph(t.db);
  expect(copy.text).toBe(original.text);
  expect(copy.sha256).toBe(original.sha256);
  expect(await graphCounts(t.db)).toEqual(counts);
});

test('the export holds redirects, the audit trail, excerpts with offsets and typed values', async () => {
  const lines = (await exportGraph(t.db)).text.split('\n');
  expect(lines[0]).toBe(HEADER);
  const labels = new Set(
    lines
      .filter((line) => line.startsWith('{"kind":"node"'))
      .map((line) => (JSON.parse(line) as { labels: string[] }).labels.join(':')),
  );
  expect([...labels].sort()).toEqual([
    'AuditEntry',
    'CooperationAspect',
    'DiseaseArea',
    'Event',
    'Excerpt',
    'Organization',
    'Person',
    'Place',
    'Position',
    'Program',
    'Redirect',
    'Source',
  ]);
  const redirect = lines.find((line) => line.includes('"Redirect"'));
  expect(JSON.parse(redirect ?? '{}')).toEqual({
    kind: 'node',
    labels: ['Redirect'],
    properties: { id: 'person/backup-person-001', to: 'person/backup-person-000' },
  });
  // Offsets stay Integers, dates stay Dates, audit times stay DateTimes after a restore.
  const [types] = await t.db.read(
    `MATCH (x:Excerpt) WITH x LIMIT 1
     MATCH (p:Program) WHERE p.startDate IS NOT NULL WITH x, p LIMIT 1
     MATCH (a:AuditEntry) WITH x, p, a LIMIT 1
     RETURN valueType(x.start) AS offset, valueType(p.startDate) AS date, valueType(a.at) AS at`,
  );
  expect(types).toEqual({
    offset: 'INTEGER NOT NULL',
    date: 'DATE NOT NULL',
    at: 'ZONED DATETIME NOT NULL',
  });
});

test('the same graph exports to the same bytes, whatever order it was written in', async () => {
  const first = await exportGraph(t.db);
  const lines = first.text.trimEnd().split('\n');
  const shuffled = [lines[0] ?? '', ...lines.slice(1).reverse()].join('\n');
  await cleanDatabase(t.db);
  await restoreGraph(t.db, shuffled);
  expect((await exportGraph(t.db)).sha256).toBe(first.sha256);
});

describe('a restore refuses, writing nothing', () => {
  test('a database that is not empty', async () => {
    const current = await exportGraph(t.db);
    await expect(restoreGraph(t.db, current.text)).rejects.toThrow(
      'the database is not empty: restore into an empty database',
    );
    expect((await exportGraph(t.db)).sha256).toBe(current.sha256);
  });

  test.each([
    ['a file that is not an export', '{"hello":1}\n', /line 1 must be/],
    [
      'a label outside the model',
      `${HEADER}\n{"kind":"node","labels":["Admin"],"properties":{"id":"x"}}\n`,
      /line 2/,
    ],
    [
      'a relationship type outside the model',
      `${HEADER}\n{"kind":"relationship","type":"OWNS","fromLabel":"Person","from":"a","toLabel":"Person","to":"b","properties":{}}\n`,
      /line 2/,
    ],
    ['a line that is not JSON', `${HEADER}\n{"kind":\n`, /line 2 is not JSON/],
    [
      'a relationship to a node the export does not hold',
      `${HEADER}\n{"kind":"node","labels":["Person"],"properties":{"id":"person/a","name":"A"}}\n` +
        '{"kind":"relationship","type":"PART_OF","fromLabel":"Person","from":"person/a","toLabel":"Person","to":"person/missing","properties":{}}\n',
      /relationship endpoint/,
    ],
  ])('%s', async (_name, text, message) => {
    const current = await exportGraph(t.db);
    await cleanDatabase(t.db);
    await expect(restoreGraph(t.db, text)).rejects.toThrow(message);
    await expect(restoreGraph(t.db, text)).rejects.toBeInstanceOf(ExportInvalidError);
    expect((await exportGraph(t.db)).nodes).toBe(0);
    await restoreGraph(t.db, current.text);
  });
});
