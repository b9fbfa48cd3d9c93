/**
 * `neighbours` (the explorer's node expansion) and `stats.collaborationMatrix` (the dashboard's
 * matrix): exact answers on the seed, capped pages over a hub of 120 relationships, a fixed
 * statement count per page whatever its size, and typed errors for bad arguments.
 */
import {
  syntheticDocument,
  syntheticOrganizationId,
  syntheticProgramId,
} from '../../src/synthetic/syntheticDocument';
import { importDocument } from '../../src/import/importDocument';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

let t: TestServer;

const HUB_PROGRAMS = 120;
const HUB = syntheticOrganizationId('hub', 0);

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
  // The hub is a party to every program and has no other relationship: 120 neighbours.
  await importDocument(
    t.db,
    syntheticDocument({
      key: 'hub',
      organizations: 2,
      programs: HUB_PROGRAMS,
      partnersPerProgram: 1,
    }),
    { file: 'hub.yaml' },
  );
});

afterAll(() => t.stop());

interface NeighbourPage {
  neighbours: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      relationship: string;
      description: string;
      outgoing: boolean;
      qualifier: string | null;
      node: { id: string; __typename: string };
      evidence: { excerpt: string; source: { id: string } }[];
    }[];
  } | null;
}

const NEIGHBOURS = `query($id: ID!, $first: Int, $after: String) {
  neighbours(id: $id, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      relationship description outgoing qualifier
      node { id __typename }
      evidence { excerpt source { id } }
    }
  }
}`;

async function neighbours(variables: Record<string, unknown>): Promise<NeighbourPage> {
  const result = await t.execute<NeighbourPage>(NEIGHBOURS, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

describe('neighbours', () => {
  it('lists every relationship of Li Jun, read from his side, with its evidence', async () => {
    const { neighbours: page } = await neighbours({ id: 'person/li-jun' });
    expect(page?.totalCount).toBe(4);
    expect(page?.pageInfo.hasNextPage).toBe(false);
    expect(
      page?.nodes.map((n) => [
        n.relationship,
        n.qualifier,
        n.outgoing,
        n.node.id,
        n.node.__typename,
      ]),
    ).toEqual([
      ['HAS_ROLE_IN', 'SIGNED', true, 'program/ahmu-bgi-memorandum-2018', 'Program'],
      ['HOLDS_POSITION', null, true, 'position/li-jun/ahmu-party-committee/secretary', 'Position'],
      ['PARTICIPATED_IN', 'LEADER', true, 'event/ahmu-delegation-visit-bgi-2018-04-20', 'Event'],
      [
        'PARTICIPATED_IN',
        'SIGNATORY',
        true,
        'event/ahmu-bgi-memorandum-signing-2018-04-20',
        'Event',
      ],
    ]);
    expect(page?.nodes.map((n) => n.description)).toEqual([
      'signed',
      'holds the position',
      'led',
      'signed at',
    ]);
    expect(page?.nodes[0]?.evidence).toEqual([
      {
        excerpt:
          'Li Jun, secretary of CPC Party Committee of Anhui Medical University (AHMU), visited BGI in Shenzhen, and signed a memorandum of cooperation',
        source: { id: 'source/ahmu-bgi-2018-04-20' },
      },
    ]);
  });

  it('reads incoming relationships backwards', async () => {
    const { neighbours: page } = await neighbours({ id: 'program/ahmu-bgi-memorandum-2018' });
    const signer = page?.nodes.find((n) => n.node.id === 'person/li-jun');
    expect(signer).toMatchObject({
      relationship: 'HAS_ROLE_IN',
      outgoing: false,
      description: 'was signed by',
      qualifier: 'SIGNED',
    });
  });

  it('pages a hub of 120 neighbours 25 at a time, each once, in a stable order', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    for (;;) {
      const { neighbours: page }: NeighbourPage = await neighbours({ id: HUB, first: 25, after });
      if (!page) throw new Error('hub missing');
      expect(page.totalCount).toBe(HUB_PROGRAMS);
      sizes.push(page.nodes.length);
      seen.push(...page.nodes.map((n) => n.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(sizes).toEqual([25, 25, 25, 25, 20]);
    const expected = Array.from({ length: HUB_PROGRAMS }, (_, i) => syntheticProgramId('hub', i));
    expect([...seen].sort()).toEqual(expected);
    const again = await neighbours({ id: HUB, first: 100 });
    expect(again.neighbours?.nodes.map((n) => n.node.id)).toEqual(seen.slice(0, 100));
  });

  it('answers 20 neighbours when first is omitted', async () => {
    const { neighbours: page } = await neighbours({ id: HUB });
    expect(page?.nodes).toHaveLength(20);
    expect(page?.pageInfo.hasNextPage).toBe(true);
  });

  it('sends the same statements for a page of 5 and of 100, evidence included (no N+1)', async () => {
    const count = async (first: number) => {
      t.resetQueryCount();
      const { neighbours: page } = await neighbours({ id: HUB, first });
      expect(page?.nodes).toHaveLength(first);
      return t.queries.length;
    };
    const small = await count(5);
    expect(await count(100)).toBe(small);
    // The planner's one statement: the counts, the page and the evidence with its sources.
    expect(small).toBe(1);
  });

  it('answers null for an unknown entity', async () => {
    expect((await neighbours({ id: 'person/nobody' })).neighbours).toBeNull();
    expect((await neighbours({ id: 'nonsense' })).neighbours).toBeNull();
  });

  it('rejects pages beyond the cap and foreign cursors with typed errors', async () => {
    const tooMany = await t.execute(NEIGHBOURS, { id: HUB, first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
    const badCursor = await t.execute(NEIGHBOURS, { id: HUB, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
  });
});

describe('stats.collaborationMatrix', () => {
  it('counts the programs each pair of the top organizations shares', async () => {
    const result = await t.execute<{
      stats: {
        organizationsByPartners: { organization: { id: string } }[];
        collaborationMatrix: { organizations: { id: string }[]; programs: number[][] };
      };
    }>(`{
      stats {
        organizationsByPartners(first: 5) { organization { id } }
        collaborationMatrix(first: 5) { organizations { id } programs }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const stats = result.data?.stats;
    expect(stats?.collaborationMatrix.organizations).toEqual(
      stats?.organizationsByPartners.map((entry) => entry.organization),
    );
    // Issue 17, point 11: BGI and the National Gene Bank it runs are not partners, so the gene
    // bank (one partner left) ranks below the hub's organizations, and their pair counts 0.
    expect(stats?.collaborationMatrix.organizations.map((o) => o.id)).toEqual([
      'org/ahmu',
      'org/bgi',
      'org/tmi-anhui',
      HUB,
      syntheticOrganizationId('hub', 1),
    ]);
    expect(stats?.collaborationMatrix.programs).toEqual([
      [0, 5, 1, 0, 0],
      [5, 0, 1, 0, 0],
      [1, 1, 0, 0, 0],
      [0, 0, 0, 0, 120],
      [0, 0, 0, 120, 0],
    ]);
  });

  it('rejects a size beyond the page limit', async () => {
    const result = await t.execute('{ stats { collaborationMatrix(first: 101) { programs } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
  });
});
