export {
  type ConsumerSpec,
  type PublishOptions,
  type Startable,
  startConsumerSpec,
} from './consumer-spec';
export { type DeciderUnderTest, deciderSpec, type Rejection } from './decider-spec';
export { commitGroupOffsets, type PartitionOffset, topicEnds } from './group-offsets';
export { freePort, freePorts, portIsFree } from './infra/free-port';
export { isolateSuite, type SuiteIsolation } from './isolation';
export { pollUntil } from './poll';
export {
  type RegisteredProcess,
  type ServiceRegistration,
  serviceRegistration,
  spawnRegisteredService,
  spawnUntilHealthy,
} from './registered-process';
export { pinnedVersion, repoRoot, testServers, type TestServers } from './servers';
