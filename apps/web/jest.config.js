// Unit specs of the web app: pure modules (*.spec.ts, node environment) and components (*.spec.tsx, rendered with
// Testing Library in jsdom, chosen per file with a `@jest-environment jsdom` docblock).
const path = require('node:path');

module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.spec.json') }],
  },
};
