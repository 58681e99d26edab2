// Integration specs against real PostgreSQL and Redis. Each file gets its own database cloned from a migrated
// template (see test/global-setup.ts), so files run in parallel safely.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api-int',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
};
