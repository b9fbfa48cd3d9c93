import { join } from 'node:path';

import { exportGraph } from '../../src/backup/graphExport';
import { DocumentSchema } from '../../src/import/documentSchema';
import { importDocument } from '../../src/import/importDocument';
import { importFiles, seedFiles } from '../../src/import/importFiles';
import { loadDocumentFile } from '../../src/import/loadDocumentFile';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { AUTH_OVERRIDES, KEYS } from '../utils/authHeaders';
import { listen } from '../utils/listen';
import { postWithToken } from '../utils/postWithToken';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

/**
 * Retracting a source and importing it again gives back the knowledge exactly: the export's
 * hash without the audit trail (which records both writes) is the one from before.
 */
let t: TestServer;
let baseUrl: string;

const SEED = seedFiles(join(PROJECT_ROOT, 'seed', 'documents'));

beforeAll(async () => {
  t = await startTestServer(AUTH_OVERRIDES);
  await t.seed();
  baseUrl = await listen(t.server);
});

afterAll(() => t.stop());

const knowledgeHash = async () => (await exportGraph(t.db, { auditTrail: false })).sha256;

const RETRACT = `mutation($id: ID!) { retractSource(id: $id) { sourceId } }`;

test('the export without the audit trail leaves out exactly the audit entries', async () => {
  const full = await exportGraph(t.db);
  const knowledge = await exportGraph(t.db, { auditTrail: false });
  const [audit] = await t.db.read('MATCH (a:AuditEntry) RETURN count(a) AS n');
  expect(Number(audit?.n)).toBeGreaterThan(0);
  expect(knowledge.nodes).toBe(full.nodes - Number(audit?.n));
  expect(knowledge.text).not.toContain('"AuditEntry"');
});

const sourceOf = (file: string) => DocumentSchema.parse(loadDocumentFile(file).content).source.id;

test.each(SEED.map((file) => [sourceOf(file), file] as const))(
  'retracting %s and importing it again restores the graph exactly',
  async (sourceId, file) => {
    const before = await knowledgeHash();
    const retracted = await postWithToken(baseUrl, RETRACT, { id: sourceId }, KEYS.curator);
    expect(retracted.errors).toBeUndefined();
    expect(await knowledgeHash()).not.toBe(before);
    await importFiles(t.db, [file]);
    expect(await knowledgeHash()).toBe(before);
  },
);

const evidenceOf = async (label: string, id: string) =>
  (
    await t.db.read(
      `MATCH (n {id: $id}) WHERE $label IN labels(n)
       RETURN n.evidence AS evidence, n.evidenceBorrowed AS borrowed`,
      { id, label },
    )
  )[0];

test('an entity another source mentions keeps that mention as evidence of its own', async () => {
  const bgi = () => evidenceOf('Organization', 'org/bgi');
  const own = await bgi();
  expect(own?.borrowed).toBeNull();
  const main = SEED.find((file) => file.endsWith('01-ahmu-bgi-2018-04-20.yaml')) ?? '';
  await postWithToken(baseUrl, RETRACT, { id: 'source/ahmu-bgi-2018-04-20' }, KEYS.curator);
  // The reference notes still say that BGI operates the gene bank: BGI stays, on their word,
  // which is evidence of its own (the notes' fact mentions BGI), not borrowed.
  expect(await bgi()).toEqual({
    evidence: ['source/curator-reference-places#370-428'],
    borrowed: null,
  });
  await importFiles(t.db, [main]);
  expect(await bgi()).toEqual(own);
});

test('an entity left stated only by relationships borrows their evidence until it has its own', async () => {
  // A designation term is not mentioned by the facts that use it: once its defining source is
  // retracted, only the other source's designation still states it.
  const text = (n: number) => `Note ${n}: Rivertown is a harbour hub of the delta.`;
  const note = (n: number, defines: boolean) => ({
    source: { id: `source/borrow-note-${n}`, title: `Note ${n}`, text: text(n) },
    ...(defines
      ? {
          terms: [
            {
              id: 'term/designation/borrow-harbour-hub',
              name: 'harbour hub',
              evidence: ['a harbour hub'],
            },
          ],
        }
      : {}),
    places: [
      {
        id: 'place/borrow-rivertown',
        name: 'Rivertown',
        kind: 'CITY',
        designations: [
          {
            designation: 'term/designation/borrow-harbour-hub',
            evidence: ['Rivertown is a harbour hub'],
          },
        ],
        evidence: ['Rivertown'],
      },
    ],
  });
  const term = () => evidenceOf('Term', 'term/designation/borrow-harbour-hub');
  await importDocument(t.db, note(1, true), { file: 'note-1.yaml' });
  await importDocument(t.db, note(2, false), { file: 'note-2.yaml' });
  const own = await term();
  expect(own).toEqual({ evidence: ['source/borrow-note-1#21-34'], borrowed: null });
  const before = await knowledgeHash();
  await postWithToken(baseUrl, RETRACT, { id: 'source/borrow-note-1' }, KEYS.curator);
  expect(await term()).toEqual({ evidence: ['source/borrow-note-2#8-34'], borrowed: true });
  await importDocument(t.db, note(1, true), { file: 'note-1.yaml' });
  expect(await term()).toEqual(own);
  expect(await knowledgeHash()).toBe(before);
  for (const n of [1, 2]) {
    await postWithToken(baseUrl, RETRACT, { id: `source/borrow-note-${n}` }, KEYS.curator);
  }
});

test('evidence lists are in text order, whatever order their sources were imported in', async () => {
  const rows = await t.db.read(
    `MATCH (n) WHERE size(coalesce(n.evidence, [])) > 1 RETURN n.id AS id, n.evidence AS evidence`,
  );
  expect(rows.length).toBeGreaterThan(0);
  const position = (excerpt: string) => {
    const [source = '', range = ''] = excerpt.split('#');
    const [start = 0, end = 0] = range.split('-').map(Number);
    return { source, start, end };
  };
  for (const { evidence } of rows) {
    const list = (evidence as string[]).map(position);
    const sorted = [...list].sort(
      (a, b) =>
        (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
        a.start - b.start ||
        a.end - b.end,
    );
    expect(list).toEqual(sorted);
  }
});

describe('with the richer documents of seed/examples on top of the seed', () => {
  const EXAMPLES = seedFiles(join(PROJECT_ROOT, 'seed', 'examples'));
  const FILES = [...SEED, ...EXAMPLES];
  /** Every source with the files that quote it, in import order (10 adds statements to 01's). */
  const SOURCES = [...new Set(FILES.map(sourceOf))].map(
    (sourceId) => [sourceId, FILES.filter((file) => sourceOf(file) === sourceId)] as const,
  );

  beforeAll(async () => {
    await importFiles(t.db, EXAMPLES);
  });

  test('a retracted source no longer attests the positions it restated', async () => {
    const attesting = async () =>
      (
        await t.db.read(
          `MATCH (p:Position {id: 'position/li-jun/ahmu-party-committee/secretary'})
           RETURN [a IN p.attestations | split(a, '|')[0]] AS sources`,
        )
      )[0]?.sources;
    expect(await attesting()).toContain('source/ahmu-new-year-meeting-2011');
    const retracted = await postWithToken(
      baseUrl,
      `mutation($id: ID!) { retractSource(id: $id) { diff { entities { id change fields } } } }`,
      { id: 'source/ahmu-new-year-meeting-2011' },
      KEYS.curator,
    );
    expect(
      (
        retracted.data as {
          retractSource: { diff: { entities: { id: string; fields: string[] }[] } };
        }
      ).retractSource.diff.entities.find(
        (entity) => entity.id === 'position/li-jun/ahmu-party-committee/secretary',
      ),
    ).toEqual({
      id: 'position/li-jun/ahmu-party-committee/secretary',
      change: 'UPDATED',
      fields: ['evidence', 'attestations'],
    });
    const left = await attesting();
    expect(left).not.toContain('source/ahmu-new-year-meeting-2011');
    expect(left).toContain('source/ahmu-bgi-2018-04-20');
    await importFiles(
      t.db,
      EXAMPLES.filter((file) => sourceOf(file) === 'source/ahmu-new-year-meeting-2011'),
    );
    expect(await attesting()).toContain('source/ahmu-new-year-meeting-2011');
  });

  // Attestations, statements, participant groups, terms and amend sections undo and redo too.
  // Not 06: it names "Zhang Ye" by name, and 08 (imported after it) adds a second Zhang Ye, so
  // importing 06 again is refused as ambiguous, as it should be.
  test.each(SOURCES.filter(([id]) => id !== 'source/bgi-delegation-visits-ahmu-2018-06'))(
    'retracting %s and importing its documents again restores the graph exactly',
    async (sourceId, files) => {
      const before = await knowledgeHash();
      const retracted = await postWithToken(baseUrl, RETRACT, { id: sourceId }, KEYS.curator);
      expect(retracted.errors).toBeUndefined();
      expect(await knowledgeHash()).not.toBe(before);
      await importFiles(t.db, files);
      expect(await knowledgeHash()).toBe(before);
    },
  );
});
