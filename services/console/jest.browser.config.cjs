// The console's browser specs (e2e/src/console*.browser.spec.ts): a real Chromium against the
// gateway and services. Their own level, run by `npm run test:console`, until they are part of
// `./rapport test` (see services/console/README.md).
const path = require('node:path');
const { rapportJestConfig } = require('../../jest.preset.cjs');

const e2e = rapportJestConfig(path.join(__dirname, '../../e2e')).projects.find(
  (project) => project.displayName === 'e2e',
);

module.exports = {
  ...e2e,
  displayName: 'browser',
  testMatch: ['<rootDir>/src/console*.browser.spec.ts'],
};
