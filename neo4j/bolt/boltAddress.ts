/** The local Neo4j only listens on loopback. */
export const BOLT_HOST = '127.0.0.1';

/** The Bolt URI of the local Neo4j on `boltPort`. */
export function boltUri(boltPort: number): string {
  return `bolt://${BOLT_HOST}:${String(boltPort)}`;
}
