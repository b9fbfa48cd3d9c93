import { importDocument } from '../../src/import/importDocument';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

/**
 * Eighty organizations all named "Orchid" outrank the one program named "Orchid Program" in
 * the name index: a search for programs must still find it.
 */
const ORGANIZATIONS = 80;
const TEXT = `${Array.from({ length: ORGANIZATIONS }, () => 'Orchid').join(', ')} and the Orchid Program.`;

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  await importDocument(
    t.db,
    {
      source: { id: 'source/orchids', title: 'Orchids', kind: 'OTHER', text: TEXT },
      organizations: Array.from({ length: ORGANIZATIONS }, (_, i) => ({
        id: `org/orchid-${String(i + 1)}`,
        name: 'Orchid',
        kind: 'OTHER',
        evidence: [{ quote: 'Orchid', occurrence: i + 1 }],
      })),
      programs: [
        {
          id: 'program/orchid',
          name: 'Orchid Program',
          kind: 'OTHER',
          status: 'ACTIVE',
          evidence: ['the Orchid Program'],
        },
      ],
    },
    { file: 'orchids.yaml' },
  );
});

afterAll(() => t.stop());

type Hits = { search: { type: string; node: { id: string } }[] };

test('without a type filter the many organizations come first', async () => {
  const result = await t.execute<Hits>(
    '{ search(query: "orchid", first: 60) { type node { id } } }',
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.search).toHaveLength(60);
  expect(result.data?.search.every((hit) => hit.type === 'ORGANIZATION')).toBe(true);
});

test('a type filter finds the program beneath more hits of other types than one read holds', async () => {
  const result = await t.execute<Hits>(
    '{ search(query: "orchid", types: [PROGRAM], first: 5) { type node { id } } }',
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.search).toEqual([{ type: 'PROGRAM', node: { id: 'program/orchid' } }]);
});

test('a type nothing matches gives no hits', async () => {
  const result = await t.execute<Hits>(
    '{ search(query: "orchid", types: [PERSON]) { type node { id } } }',
  );
  expect(result).toEqual({ data: { search: [] }, errors: undefined });
});

describe('a whole name typed without its spaces', () => {
  const HOSPITALS = 12;
  beforeAll(async () => {
    const names = Array.from({ length: HOSPITALS }, (_, i) => `Lijuan Hospital ${String(i + 1)}`);
    await importDocument(
      t.db,
      {
        source: {
          id: 'source/lijun',
          title: 'Li Jun',
          kind: 'OTHER',
          text: `${names.join(', ')} welcomed Li Jun.`,
        },
        organizations: names.map((name, i) => ({
          id: `org/lijuan-${String(i + 1)}`,
          name,
          kind: 'HOSPITAL',
          evidence: [name],
        })),
        people: [{ id: 'person/li-jun', name: 'Li Jun', evidence: ['Li Jun'] }],
      },
      { file: 'lijun.yaml' },
    );
  });

  test('ranks the exact name first even when more than a page of other names match its words', async () => {
    // "lijun" is within an edit of every "Lijuan": the words alone fill the page.
    const result = await t.execute<Hits>(
      '{ search(query: "lijun", first: 5) { type node { id } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.search).toHaveLength(5);
    expect(result.data?.search[0]).toEqual({ type: 'PERSON', node: { id: 'person/li-jun' } });
  });

  test('finds the whole name within an edit when no word matches', async () => {
    const result = await t.execute<Hits>(
      '{ search(query: "Li Jnu", types: [PERSON], first: 5) { type node { id } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.search).toEqual([{ type: 'PERSON', node: { id: 'person/li-jun' } }]);
  });
});
