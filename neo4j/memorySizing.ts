/**
 * Sizes the local Neo4j's memory from the machine and the store: Neo4j's own
 * `neo4j-admin server memory-recommendation` for a memory budget (a share of this machine's RAM),
 * and a page cache that holds the whole store where that budget allows, so that a graph read
 * after a restart is served from memory instead of disk.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { totalmem } from 'node:os';
import path from 'node:path';

import { runAdminTool } from './adminTool';

/** The heap and page cache a start uses, and why. */
export interface MemoryPlan {
  heapMax: string;
  pageCache: string;
  /** One line for the start-up log. */
  reason: string;
}

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;
/** Below this the page cache is never sized: an empty or small store still gets room to grow. */
const MIN_PAGE_CACHE = GIB;
/** Room for the store to grow between restarts (and for index and count files). */
const STORE_HEADROOM = 1.3;
/** The share of the machine's memory the local Neo4j may take when NEO4J_MEMORY is unset. */
const MACHINE_SHARE = 0.5;

const sizeText = (bytes: number) =>
  bytes >= GIB && bytes % GIB === 0 ? `${bytes / GIB}g` : `${Math.ceil(bytes / MIB)}m`;

/** Parses `2g`, `1536m`, `4600m`; null for anything else. */
export function parseSize(text: string): number | null {
  const match = /^(\d+)([kmg])$/i.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  const unit = { k: 1024, m: MIB, g: GIB }[match[2].toLowerCase() as 'k' | 'm' | 'g'];
  return Number(match[1]) * unit;
}

/** The bytes of the store files (data and indexes, not transaction logs) under a DBMS home. */
export async function storeSize(home: string): Promise<number> {
  const walk = async (folder: string): Promise<number> => {
    let total = 0;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return 0;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) total += await walk(full);
      else if (entry.isFile()) total += (await stat(full)).size;
    }
    return total;
  };
  return walk(path.join(home, 'data', 'databases'));
}

/** What `memory-recommendation` says for a budget: heap and page cache sizes. */
interface Recommendation {
  heapMax: number;
  pageCache: number;
}

function parseRecommendation(output: string): Recommendation {
  const setting = (name: string) => {
    const match = new RegExp(`^${name.replace(/\./g, '\\.')}=(\\S+)$`, 'm').exec(output);
    const bytes = match?.[1] ? parseSize(match[1]) : null;
    if (bytes === null) throw new Error(`memory-recommendation gave no ${name}:\n${output}`);
    return bytes;
  };
  return {
    heapMax: setting('server.memory.heap.max_size'),
    pageCache: setting('server.memory.pagecache.size'),
  };
}

/**
 * Neo4j's recommendation for `budget` bytes, run from the embedded runtime's jars and cached
 * beside them (it depends on the budget only; the store is sized here).
 */
async function recommend(
  libDir: string,
  runtimeDir: string,
  budget: number,
): Promise<Recommendation> {
  const cacheFile = path.join(runtimeDir, `memory-recommendation-${sizeText(budget)}.json`);
  try {
    return JSON.parse(await readFile(cacheFile, 'utf8')) as Recommendation;
  } catch {
    // Not computed for this budget yet.
  }
  const home = path.join(runtimeDir, 'memory-recommendation');
  const conf = path.join(home, 'conf');
  await mkdir(conf, { recursive: true });
  await writeFile(path.join(conf, 'neo4j.conf'), '');
  const output = await runAdminTool({
    libDir,
    home,
    conf,
    heap: '256m',
    args: ['server', 'memory-recommendation', `--memory=${sizeText(budget)}`],
  });
  const recommendation = parseRecommendation(output);
  await writeFile(cacheFile, JSON.stringify(recommendation));
  return recommendation;
}

/**
 * The heap and page cache of a start. Explicit sizes (NEO4J_HEAP_MAX, NEO4J_PAGECACHE) win;
 * otherwise the heap is Neo4j's recommendation for the budget (NEO4J_MEMORY, or half of this
 * machine's memory), and the page cache holds the store with room to grow, up to the
 * recommendation's page cache.
 */
export async function planMemory(options: {
  heapMax?: string;
  pageCache?: string;
  budget?: string;
  home: string;
  libDir: string;
  runtimeDir: string;
}): Promise<MemoryPlan> {
  if (options.heapMax && options.pageCache) {
    return { heapMax: options.heapMax, pageCache: options.pageCache, reason: 'as configured' };
  }
  const budget = options.budget
    ? parseSize(options.budget)
    : Math.floor(totalmem() * MACHINE_SHARE);
  if (budget === null)
    throw new Error(`NEO4J_MEMORY must be a size like 8g, got "${options.budget ?? ''}"`);
  const recommendation = await recommend(options.libDir, options.runtimeDir, budget);
  const store = await storeSize(options.home);
  const pageCache = Math.min(
    recommendation.pageCache,
    Math.max(MIN_PAGE_CACHE, Math.ceil(store * STORE_HEADROOM)),
  );
  return {
    heapMax: options.heapMax ?? sizeText(recommendation.heapMax),
    pageCache: options.pageCache ?? sizeText(pageCache),
    reason: `store ${sizeText(store)}, budget ${sizeText(budget)} (neo4j-admin server memory-recommendation)`,
  };
}
