export { isolateSuite, type SuiteIsolation } from './isolation';
export { pollUntil } from './poll';
export { pinnedVersion, testServers, type TestServers } from './servers';
