/** Three tiers with their own scripts: unit (no I/O), integration (real Neo4j), e2e (HTTP, browser). */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
const common = {
  testEnvironment: 'node',
  testEnvironmentOptions: { globalsCleanup: 'on' },
  transform: { '^.+\\.ts$': tsJest },
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  // per-project testTimeout is ignored by jest 30; integration tests start JVMs, so the bound is generous
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/neo4j.global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/neo4j.global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/neo4j.global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/neo4j.global-teardown.ts',
    },
  ],
};
