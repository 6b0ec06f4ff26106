export {
  CLOCK,
  type Clock,
  DB,
  KAFKA,
  NEW_ID,
  type NewId,
  randomId,
  systemClock,
} from './service-tokens';
export { dbBacked } from './db-backed';
export {
  type ForwardedCommand,
  type ForwardingHandler,
  forwardingHandlers,
  type ForwardingWriter,
} from './forwarding-handler';
export { serviceModule, type ServiceDeps, type ServiceParts } from './service.module';
export { type ConsumerDeclaration } from '@rapport/messaging';
export {
  type EventSourcedServiceOptions,
  runEventSourcedService,
  serviceMain,
  type RunningService,
} from '@rapport/messaging/service-runtime';
export {
  READ_MODELS,
  ReadModelRebuilds,
  type RebuildRecord,
  type RebuildView,
} from './read-model-rebuilds';
