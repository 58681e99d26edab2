// Shared jest settings: TypeScript through ts-jest, lib aliases resolved to sources.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.spec.json') }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@smartcity/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@smartcity/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
  },
};
