// Every unit spec in the workspace (no database, no Redis, no browser). Integration tests:
// apps/api/jest.int.config.js; browser tests: apps/web-e2e/jest.config.js.
module.exports = {
  projects: [
    '<rootDir>/libs/domain',
    '<rootDir>/libs/contracts',
    '<rootDir>/apps/api',
    '<rootDir>/apps/web',
  ].map((dir) => `${dir}/jest.config.js`),
};
