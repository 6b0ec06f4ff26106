import { ConsumerLag } from './consumer-lag';
import { DeadLetters } from './dead-letters';
import { OperationsController } from './operations.http.controller';
import { OpsKafka } from './ops-kafka';
import { PlatformHealthCheck } from './platform-health';

/** The operators' routes and what they use, spread into the gateway module. */
export const OPERATIONS_CONTROLLERS = [OperationsController];
export const OPERATIONS_PROVIDERS = [OpsKafka, PlatformHealthCheck, ConsumerLag, DeadLetters];
