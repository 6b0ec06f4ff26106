export { appendOnce, eventIdFromKey } from './append-once';
export { ConcurrencyError } from './concurrency-error';
export { type Creation, creationDifferences, dataDifferences, readCreation } from './creation';
export {
  foldEvents,
  handleCommand,
  loadStream,
  type AppendedEvent,
  type Decider,
  type Decision,
  type Handle,
  type HandleOptions,
  type HandleResult,
  type LoadedStream,
  type StreamFold,
  type ToOutbox,
} from './decider';
export { ensureIndexes } from './ensure-indexes';
export { SHARD_COUNT, shardOf, type EventDocument, type OutboxDocument } from './event-document';
export {
  EventStore,
  MAX_EVENTS_PER_APPEND,
  type AppendOptions,
  type AppendResult,
  type Tail,
} from './event-store';
export type { OwnReadModels, ReadModelApplyOptions } from './own-read-models';
export type { StreamHeadDocument, StreamSnapshot } from './stream-heads';
export type {
  Actor,
  AppendContext,
  DomainEvent,
  NewEvent,
  OutboxMessage,
  RecordedEvent,
  StreamRef,
} from './events';
export type { NewStream, StartStreamsResult } from './start-streams';
export { OutboxRelay, type OutboxRelayOptions } from './relay/outbox-relay';
