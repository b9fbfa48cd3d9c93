/**
 * The explorer's API (issue 15) over the knowledge model's second cut (issue 17), on the worked
 * examples of seed/examples imported on top of the seed: descriptions of curated kinds and of
 * countries as parties, neighbours of the new node types (groups, statements) with `source`,
 * `types` and `asOf` together, curated roles in words, statements as of a date, the statements
 * a quotation states, and `connection`'s NOT_FOUND beside `via`.
 */
import { join } from 'node:path';

import { importDocument } from '../../src/import/importDocument';
import { loadDocumentFile } from '../../src/import/loadDocumentFile';
import { PROJECT_ROOT } from '../../src/projectRoot';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

const FILES = [
  '04-ahmu-new-year-meeting-2011.yaml',
  '05-erasmus-public-health-kick-off-2016.yaml',
  '06-bgi-delegation-visits-ahmu-2018-06.yaml',
  '07-bgi-macao-genomics-2019.yaml',
  '08-shanghai-tenth-genetic-center-2021.yaml',
  '09-hefei-health-big-data-forum-2023.yaml',
  '10-ahmu-bgi-2018-04-20-statements.yaml',
];
const VISIT_2018 = 'event/bgi-delegation-visits-ahmu-2018-06';
const MACAO_2019 = 'source/bgi-macao-genomics-2019';
const HOPE = 'statement/ahmu-bgi-2018-04-20/1567-1983';

let t: TestServer;

async function query<T = Record<string, unknown>>(
  text: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const result = await t.execute<T>(text, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
  for (const file of FILES) {
    const loaded = loadDocumentFile(join(PROJECT_ROOT, 'seed', 'examples', file));
    await importDocument(t.db, loaded.content, loaded);
  }
}, 180_000);

afterAll(() => t.stop());

describe('search hits describe the second cut’s entities', () => {
  const describeHit = async (text: string) => {
    const data = await query<{ search: { name: string; description: string | null }[] }>(
      `query($q: String!) { search(query: $q, first: 1) { name description } }`,
      { q: text },
    );
    return data.search[0];
  };

  it('names a curated organization or place kind, not the built-in one it counts as', async () => {
    // The school's kind is the curated term "School" (broader DEPARTMENT).
    expect(await describeHit('School of Public Health of AHMU')).toEqual({
      name: 'School of Public Health of AHMU',
      description: 'School of Anhui Medical University',
    });
    // Macao is a "special administrative region" (broader OTHER).
    expect(await describeHit('Macao')).toEqual({
      name: 'Macao',
      description: 'Special administrative region in China',
    });
  });

  it('counts a country among a program’s parties', async () => {
    expect(await describeHit('Collaboration with China on newborn screening')).toEqual({
      name: 'Collaboration with China on newborn screening',
      description: 'Collaboration · BGI, China, Macao Institute of Genomic Medicine',
    });
  });

  it('reads a person by the latest attestation, or by a curated role', async () => {
    // Chen Ming's presidency has no start: attested in 2016 and in 2018, the latest says it.
    expect(await describeHit('Chen Ming')).toEqual({
      name: 'Chen Ming',
      description: 'President @ Anhui Medical University, 2018',
    });
    const zhangYe = await query<{ search: { description: string | null }[] }>(
      `{ search(query: "Zhang Ye", types: [PERSON], first: 5) { description } }`,
    );
    // Two people named Zhang Ye: one a research advisor (a curated person role), one a vice
    // president.
    expect(zhangYe.search.map((hit) => hit.description).sort()).toEqual([
      "Vice President @ Shanghai Tenth People's Hospital, 2021",
      'is a research advisor of Precision Medicine Center',
    ]);
  });
});

describe('neighbours of the new node types, with source, types and asOf', () => {
  interface Page {
    neighbours: {
      totalCount: number;
      groups: { type: string; count: number }[];
      nodes: { description: string; qualifier: string | null; node: { id: string } }[];
    };
  }
  const NEIGHBOURS = `query($id: ID!, $source: ID, $types: [EntityType!], $asOf: Date) {
    neighbours(id: $id, first: 50, source: $source, types: $types, asOf: $asOf) {
      totalCount groups { type count } nodes { description qualifier node { id } }
    }
  }`;

  it('groups a participant group under its own type and words a curated role', async () => {
    const all = await query<Page>(NEIGHBOURS, { id: VISIT_2018 });
    expect(all.neighbours.groups).toEqual([
      { type: 'PERSON', count: 3 },
      { type: 'ORGANIZATION', count: 1 },
      { type: 'PROGRAM', count: 1 },
      { type: 'EVENT', count: 1 },
      { type: 'PLACE', count: 1 },
      { type: 'PARTICIPANT_GROUP', count: 1 },
    ]);
    expect(all.neighbours.totalCount).toBe(8);
    expect(all.neighbours.nodes).toContainEqual({
      description: 'had as head of delegation',
      qualifier: 'term/event-role/head-of-delegation',
      node: { id: 'person/wang-jian' },
    });
    const groups = await query<Page>(NEIGHBOURS, { id: VISIT_2018, types: ['PARTICIPANT_GROUP'] });
    expect(groups.neighbours).toEqual({
      totalCount: 1,
      groups: all.neighbours.groups,
      nodes: [
        {
          description: 'had as delegate',
          qualifier: 'MEMBER',
          node: { id: 'group/bgi-delegation-visits-ahmu-2018-06/experts' },
        },
      ],
    });
  });

  it('applies the source filter to the page and to the groups, with types', async () => {
    const all = await query<Page>(NEIGHBOURS, { id: 'person/wang-jian' });
    expect(all.neighbours.groups).toEqual([
      { type: 'EVENT', count: 3 },
      { type: 'PROGRAM', count: 2 },
      { type: 'POSITION', count: 1 },
      { type: 'STATEMENT', count: 1 },
    ]);
    expect(all.neighbours.nodes).toContainEqual({
      description: 'stated',
      qualifier: null,
      node: { id: HOPE },
    });
    const macao = await query<Page>(NEIGHBOURS, {
      id: 'person/wang-jian',
      source: MACAO_2019,
      types: ['PROGRAM', 'EVENT'],
    });
    expect(macao.neighbours).toEqual({
      totalCount: 2,
      groups: [
        { type: 'PROGRAM', count: 1 },
        { type: 'EVENT', count: 1 },
      ],
      nodes: [
        {
          description: 'signed',
          qualifier: 'SIGNED',
          node: { id: 'program/bgi-macao-population-genomics-agreement-2019' },
        },
        {
          description: 'signed at',
          qualifier: 'SIGNATORY',
          node: { id: 'event/bgi-macao-agreement-signing-2019-05' },
        },
      ],
    });
  });

  it('leaves out statements dated after asOf, like events', async () => {
    const before = await query<Page>(NEIGHBOURS, { id: 'person/wang-jian', asOf: '2018-03-01' });
    expect(before.neighbours.groups).toEqual([{ type: 'POSITION', count: 1 }]);
    const after = await query<Page>(NEIGHBOURS, {
      id: 'person/wang-jian',
      asOf: '2018-05-01',
      types: ['STATEMENT'],
    });
    expect(after.neighbours.nodes.map((n) => n.node.id)).toEqual([HOPE]);
  });
});

describe('statements as of a date, and the statements a quotation states', () => {
  it('Person.statements(asOf) keeps those not dated after it', async () => {
    const data = await query<{
      person: { all: { id: string }[]; before: { id: string }[]; on: { id: string }[] };
    }>(`{ person(id: "person/wang-jian") {
      all: statements { id }
      before: statements(asOf: "2018-04-19") { id }
      on: statements(asOf: "2018-04-20", kinds: [HOPED]) { id }
    } }`);
    expect(data.person).toEqual({ all: [{ id: HOPE }], before: [], on: [{ id: HOPE }] });
  });

  it('the quote of a statement states the statement (and what it is about)', async () => {
    const data = await query<{
      source: {
        excerpts: {
          id: string;
          statedEntities: { __typename: string; id: string }[];
          statedRelationships: { relationship: string; description: string; to: { id: string } }[];
        }[];
      };
    }>(`{ source(id: "source/ahmu-bgi-2018-04-20") { excerpts {
      id statedEntities { __typename id } statedRelationships { relationship description to { id } }
    } } }`);
    const quote = data.source.excerpts.find((x) => x.id === 'source/ahmu-bgi-2018-04-20#1567-1983');
    expect(quote?.statedEntities).toEqual([{ __typename: 'Statement', id: HOPE }]);
    // The subjects whose evidence the document left to the quote.
    expect(quote?.statedRelationships).toEqual([]);
  });
});

describe('connection: via and an unknown end together', () => {
  it('names the unknown end even when via is given', async () => {
    const result = await t.execute(
      `{ connection(from: "person/wang-jian", to: "place/atlantis", via: [PLACE]) { hops } }`,
    );
    expect(result.data).toEqual({ connection: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'to',
      unknown: [{ argument: 'to', id: 'place/atlantis' }],
    });
  });

  it('keeps paths off places unless via names them', async () => {
    // The institute lies in Macao, where the signing took place: two hops through the place,
    // among other two-hop paths.
    const Q = `query($via: [ConnectionVia!]) {
      connection(from: "org/macao-institute-of-genomic-medicine", to: "event/bgi-macao-agreement-signing-2019-05", via: $via) {
        hops paths { steps { to { id } } }
      }
    }`;
    interface Answer {
      connection: { hops: number | null; paths: { steps: { to: { id: string } }[] }[] };
    }
    const throughPlace = (answer: Answer) =>
      answer.connection.paths.filter((p) => p.steps.some((s) => s.to.id.startsWith('place/')));
    const viaPlaces = await query<Answer>(Q, { via: ['PLACE'] });
    expect(viaPlaces.connection.hops).toBe(2);
    expect(throughPlace(viaPlaces).length).toBeGreaterThan(0);
    const plain = await query<Answer>(Q, {});
    // Without `via` the shortest paths are as short (through other entities)
    // but none passes through the place.
    expect(plain.connection.hops).toBe(2);
    expect(plain.connection.paths.length).toBeGreaterThan(0);
    expect(throughPlace(plain)).toEqual([]);
  });
});
