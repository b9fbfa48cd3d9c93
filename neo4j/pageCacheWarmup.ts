/**
 * Warms the page cache of a freshly started local Neo4j. Neo4j Community has no active page
 * cache warm-up (Enterprise reloads the pages it profiled before a restart), so a restarted
 * instance would read every page from disk on first use, and the first minutes of traffic on a
 * large graph would be several times slower. Reading every node's and relationship's
 * properties once loads the stores into the page cache, in the background, after each start.
 */
import { auth, driver as createDriver } from 'neo4j-driver';

/** Reads the whole store once; resolves with how long it took (never rejects). */
export async function warmPageCache(
  uri: string,
  password: string,
  log: (line: string) => void,
): Promise<number | null> {
  const started = Date.now();
  const driver = createDriver(uri, auth.basic('neo4j', password), {
    userAgent: 'cooperation-kg-warmup',
  });
  try {
    await driver.executeQuery(
      `CALL () { MATCH (n) RETURN count(properties(n)) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(properties(r)) AS relationships }
       RETURN nodes, relationships`,
      {},
      { routing: 'READ' },
    );
    const elapsed = Date.now() - started;
    log(`Neo4j page cache warmed in ${String(elapsed)} ms`);
    return elapsed;
  } catch (error) {
    log(
      `Neo4j page cache warm-up stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    return null;
  } finally {
    await driver.close().catch(() => undefined);
  }
}
