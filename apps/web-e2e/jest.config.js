// Browser journeys against a running stack (tools/test.mjs starts it, then runs
// `npx jest -c apps/web-e2e/jest.config.js`). E2E_BASE_URL points at the web app; E2E_ARTIFACTS_DIR receives
// screenshots (default dist/e2e-artifacts).
const path = require('node:path');

module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.json') }],
  },
  testTimeout: 60_000,
  maxWorkers: 1,
};
