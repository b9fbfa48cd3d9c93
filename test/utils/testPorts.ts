/** The Bolt port of the test suite's Neo4j: beside a dev instance on 7687. */
export const TEST_BOLT_PORT = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);

/** A scratch Neo4j the export tests import CSV files into with neo4j-admin (stopped after). */
export const SCRATCH_BOLT_PORT = Number(process.env.NEO4J_SCRATCH_BOLT_PORT ?? 7693);
