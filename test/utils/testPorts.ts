/** The Bolt port of the test suite's Neo4j: beside a dev instance on 7687. */
export const TEST_BOLT_PORT = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);
