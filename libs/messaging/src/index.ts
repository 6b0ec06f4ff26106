export { type ConsumedEvent, PermanentError, REPLAY_FOR_GROUP_HEADER } from './consumed-event';
export {
  type ConsumerDeclaration,
  type ConsumerDependency,
  consumerFrom,
  consumersFrom,
  type DeclaredConsumerOptions,
} from './consumer-declaration';
export {
  DeadLetterQueue,
  type DeadLetterEntry,
  type DeadLetterReason,
  publishDeadLetter,
  REPLAY_OF_HEADER,
  sendDeadLetterBack,
} from './dead-letters';
export { EventConsumer, type EventConsumerOptions } from './event-consumer';
export { LatestVersionStore, type Versioned } from './latest-version-store';
export {
  type ApplyOptions,
  type EventPosition,
  type PositionedEvent,
  type Projection,
  type ProjectionChange,
  ProjectionStore,
  type ReadModelDocument,
  type RebuildListener,
  type RebuildPhase,
} from './projection';
export {
  isRebuildable,
  ProjectionSet,
  type ProjectionSetOptions,
  type RebuildableReadModels,
} from './projection-set';
export { StreamPositions } from './stream-positions';
export { ensureTopics } from './topics-admin';
