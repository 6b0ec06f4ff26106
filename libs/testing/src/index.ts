export { isolateSuite, type SuiteIsolation } from './isolation';
export { pollUntil } from './poll';
export { pinnedVersion, repoRoot, testServers, type TestServers } from './servers';
