/**
 * The local Neo4j's memory is sized from the machine and the store: Neo4j's own recommendation
 * for the budget, and a page cache that holds the store with room to grow.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { localNeo4jFolders } from '../../neo4j/localNeo4j';
import { parseSize, planMemory, storeSize } from '../../neo4j/memorySizing';
import { TEST_BOLT_PORT } from '../utils/testPorts';

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'memory-sizing-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A DBMS home whose store holds `bytes` of files. */
async function homeWithStore(name: string, bytes: number): Promise<string> {
  const home = join(scratch, name);
  const database = join(home, 'data', 'databases', 'neo4j');
  await mkdir(database, { recursive: true });
  await writeFile(join(database, 'neostore.nodestore.db'), Buffer.alloc(bytes));
  return home;
}

test('sizes parse as Neo4j writes them', () => {
  expect(parseSize('4600m')).toBe(4600 * 1024 ** 2);
  expect(parseSize('2g')).toBe(2 * 1024 ** 3);
  expect(parseSize('12 g')).toBeNull();
});

test('the store is measured from its files', async () => {
  expect(await storeSize(await homeWithStore('measured', 3 * 1024 * 1024))).toBe(3 * 1024 * 1024);
});

test('configured sizes are used as they are', async () => {
  const plan = await planMemory({
    heapMax: '1g',
    pageCache: '512m',
    home: scratch,
    libDir: '/nonexistent',
    runtimeDir: scratch,
  });
  expect(plan).toEqual({ heapMax: '1g', pageCache: '512m', reason: 'as configured' });
});

describe("with Neo4j's own recommendation (the suite's runtime)", () => {
  const { libDir } = localNeo4jFolders(TEST_BOLT_PORT);
  const runtimeDir = dirname(libDir);

  test('a small store gets the smallest page cache, the heap Neo4j recommends for the budget', async () => {
    const plan = await planMemory({
      budget: '8g',
      home: await homeWithStore('small', 1024),
      libDir,
      runtimeDir,
    });
    expect(plan.pageCache).toBe('1g');
    expect(parseSize(plan.heapMax)).toBeGreaterThan(1024 ** 3);
    expect(plan.reason).toMatch(/budget 8g/);
  });

  test('a large store gets a page cache that holds it, within the recommendation', async () => {
    const plan = await planMemory({
      budget: '8g',
      home: await homeWithStore('large', 1536 * 1024 * 1024),
      libDir,
      runtimeDir,
    });
    expect(parseSize(plan.pageCache)).toBe(
      Math.ceil((1536 * 1024 * 1024 * 1.3) / 1024 ** 2) * 1024 ** 2,
    );
  });

  test('a store larger than the budget allows gets the recommended page cache', async () => {
    const small = await planMemory({
      budget: '2g',
      home: await homeWithStore('huge', 1800 * 1024 * 1024),
      libDir,
      runtimeDir,
    });
    // Holding it would take 2340m: the recommendation for 2g caps the page cache below that.
    expect(parseSize(small.pageCache)).toBeLessThan(1800 * 1.3 * 1024 ** 2);
    expect(parseSize(small.pageCache)).toBeGreaterThan(0);
  });
});
