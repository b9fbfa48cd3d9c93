/**
 * One Neo4j serves the whole suite (Community Edition has one user database), so test files run
 * one after another and each starts from a cleaned database.
 * @type {import('jest').Config}
 */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/utils/globalSetup.ts',
  globalTeardown: '<rootDir>/test/utils/globalTeardown.ts',
  maxWorkers: 1,
  testTimeout: 60_000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};

export default config;
