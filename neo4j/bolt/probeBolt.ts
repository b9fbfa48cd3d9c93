import { auth, driver as createDriver, Neo4jError } from 'neo4j-driver';
import type { Config } from 'neo4j-driver';

/** What one probe found. */
export type BoltProbe = 'ok' | 'unauthorized' | 'unavailable';

const UNAUTHORIZED_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.CredentialsExpired',
]);

/** Fails fast: a probe is repeated anyway, and Neo4j has said READY before any is made. */
const PROBE_DRIVER_CONFIG: Pick<
  Config,
  'connectionTimeout' | 'connectionAcquisitionTimeout' | 'maxConnectionPoolSize'
> = {
  connectionTimeout: 2_000,
  connectionAcquisitionTimeout: 4_000,
  maxConnectionPoolSize: 1,
};

/** Runs `RETURN 1` as neo4j/password; a rate-limit answer counts as not ready yet. */
export async function probeBolt(uri: string, password: string): Promise<BoltProbe> {
  const probeDriver = createDriver(uri, auth.basic('neo4j', password), PROBE_DRIVER_CONFIG);
  try {
    await probeDriver.executeQuery('RETURN 1 AS ok');
    return 'ok';
  } catch (error) {
    if (error instanceof Neo4jError && UNAUTHORIZED_CODES.has(error.code)) {
      return 'unauthorized';
    }
    return 'unavailable';
  } finally {
    await probeDriver.close();
  }
}
