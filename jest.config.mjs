/**
 * Three projects, by what a file needs: `unit` (no database: no global setup, seconds),
 * `integration` (the suite's Neo4j) and `slow` (the same Neo4j, long scenarios: outages,
 * reliability and race scenarios, the planner's differential run, hostile input, the browser).
 *
 * One Neo4j serves the suite (Community Edition has one user database), so test files run one
 * after another (maxWorkers 1, for all projects together) and each starts from a cleaned
 * database. Jest runs a global setup once per distinct module among the projects being run,
 * before any test, and the teardowns after the last: integration and slow share theirs, so
 * running both starts Neo4j once and stops it (if it started it) once, at the end.
 * @type {import('jest').Config}
 */

/** The integration files that belong to `slow`: each runs a long scenario (see its opening). */
const SLOW_INTEGRATION = [
  '<rootDir>/test/integration/concurrentWrites.int.test.ts',
  '<rootDir>/test/integration/databaseOutage.int.test.ts',
  '<rootDir>/test/integration/hostile.int.test.ts',
  '<rootDir>/test/integration/plannerDifferential.int.test.ts',
  '<rootDir>/test/integration/reliability.int.test.ts',
];

/** What every project shares. */
const base = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};

/** The projects that need the suite's Neo4j. */
const withNeo4j = {
  ...base,
  globalSetup: '<rootDir>/test/utils/globalSetup.ts',
  globalTeardown: '<rootDir>/test/utils/globalTeardown.ts',
};

const config = {
  maxWorkers: 1,
  // A global option: jest ignores it in a project's config.
  testTimeout: 60_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...withNeo4j,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...SLOW_INTEGRATION],
    },
    {
      ...withNeo4j,
      displayName: 'slow',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts', ...SLOW_INTEGRATION],
    },
  ],
};

export default config;
