import { loadLocalNeo4jMemorySettings } from '../src/config';
import { describeError } from './errorDetails';
import { LocalNeo4jError } from './localNeo4jError';
import { parseSize, planMemory } from './memorySizing';
import type { InstancePaths, ProjectPaths } from './paths';

const DEFAULT_HEAP_INITIAL = '512m';
const DEFAULT_HEAP_MAX = '2g';
const DEFAULT_PAGE_CACHE = '1g';

/** The JVM's heap flags and Neo4j's page cache for one start. */
export interface MemorySettings {
  jvm: string[];
  pageCache: string;
}

function sizeInBytes(size: string, name: string): number {
  const bytes = parseSize(size);
  if (bytes === null) {
    throw new LocalNeo4jError(`${name} must be a size like 2g or 1536m, got "${size}"`);
  }
  return bytes;
}

/**
 * The JVM flags and page cache of a start: explicit sizes (the caller's, else NEO4J_HEAP_MAX,
 * NEO4J_PAGECACHE) as given, the rest sized from the machine and the store (see `planMemory`).
 */
export async function memorySettings(
  requested: { heapMax?: string; pageCache?: string },
  paths: ProjectPaths,
  instance: InstancePaths,
  log: (line: string) => void,
): Promise<MemorySettings> {
  const configured = loadLocalNeo4jMemorySettings();
  const configuredHeap = (requested.heapMax ?? configured.heapMax)?.trim();
  const configuredPageCache = (requested.pageCache ?? configured.pageCache)?.trim();
  if (configuredHeap) sizeInBytes(configuredHeap, 'NEO4J_HEAP_MAX');
  if (configuredPageCache) sizeInBytes(configuredPageCache, 'NEO4J_PAGECACHE');
  const budget = configured.budget;
  if (budget) sizeInBytes(budget, 'NEO4J_MEMORY');
  let plan;
  try {
    plan = await planMemory({
      heapMax: configuredHeap,
      pageCache: configuredPageCache,
      budget,
      home: instance.home,
      libDir: paths.libDir,
      runtimeDir: paths.runtimeDir,
    });
  } catch (error) {
    // The recommendation is a refinement: without it, the fixed defaults still run.
    log(`memory sizing unavailable (${describeError(error)}); using defaults`);
    plan = {
      heapMax: configuredHeap ?? DEFAULT_HEAP_MAX,
      pageCache: configuredPageCache ?? DEFAULT_PAGE_CACHE,
      reason: 'defaults',
    };
  }
  log(`Neo4j memory: heap up to ${plan.heapMax}, page cache ${plan.pageCache} (${plan.reason})`);
  const heapMaxBytes = sizeInBytes(plan.heapMax, 'NEO4J_HEAP_MAX');
  // -Xms above -Xmx stops the JVM, so a small heap pulls the initial heap down with it.
  const heapInitial =
    sizeInBytes(DEFAULT_HEAP_INITIAL, 'initial heap') <= heapMaxBytes
      ? DEFAULT_HEAP_INITIAL
      : plan.heapMax;
  return { jvm: [`-Xms${heapInitial}`, `-Xmx${plan.heapMax}`], pageCache: plan.pageCache };
}
