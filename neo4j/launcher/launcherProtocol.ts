/** What Neo4jLauncher.java (beside this file) reads and prints; keep the names in step with it. */
export const LAUNCHER_MAIN_CLASS = 'Neo4jLauncher';

/** System properties the launcher reads. */
export const LAUNCHER_PROPERTY = {
  home: 'neo4j.launcher.home',
  boltPort: 'neo4j.launcher.boltPort',
  pageCache: 'neo4j.launcher.pageCache',
  pidFile: 'neo4j.launcher.pidFile',
} as const;

/** The launcher takes the password from its environment so that it stays out of `ps`. */
export const LAUNCHER_PASSWORD_ENV = 'NEO4J_PASSWORD';

/** The lines the launcher logs once Neo4j is up (with its pid) or could not start. */
export const READY_PREFIX = 'READY ';
export const FAILED_PREFIX = 'FAILED ';
