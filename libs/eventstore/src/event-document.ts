import { randomUUID } from 'node:crypto';
import { Binary } from 'mongodb';
import type {
  Actor,
  AppendContext,
  DomainEvent,
  NewEvent,
  OutboxMessage,
  RecordedEvent,
  StreamRef,
} from './events';

/**
 * One event as stored, never changed once written. `_id` is the stream position itself
 * (tenant|stream|version), so the primary key enforces one event per version and a stream
 * position is read by key (an index lookup on MongoDB; FerretDB on SQLite scans for every query,
 * so the code reads the event collection as little as it can). Events appended together
 * share `batch`, so readers can tell a whole append from one still being written (or abandoned
 * half-way: there are no multi-document transactions, so a batch is ignored until it is whole).
 */
export interface EventDocument {
  _id: string;
  eventId: string;
  tenantId: string;
  streamId: string;
  version: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  actor: Actor;
  occurredAt: Date;
  recordedAt: Date;
  correlationId: string;
  causationId: string;
  /** `token` is unique per append attempt: a failed attempt removes exactly its own writes. */
  batch: { id: string; token: string; index: number; size: number };
}

/**
 * The outbox entry of one append: its integration messages, written *before* the events (an
 * intent), and deleted by the relay once published. Keeping it apart from the immutable events
 * keeps the relay's working set small; the relay reads the event collection only by key (an
 * entry's last event, to see whether its append went through).
 */
export interface OutboxDocument {
  _id: string;
  tenantId: string;
  streamId: string;
  shard: number;
  fromVersion: number;
  toVersion: number;
  /** Key of the batch's last event: when it exists, the whole batch does. */
  lastEventKey: string;
  /**
   * True once the entry's events are known whole. Appends write it false and mark it once their
   * events are in, one bulk write per group of appends, unless a relay of the writer's process
   * took the entry from memory and published it within a few seconds, or (a store without read
   * models) no relay there took it (`CommitMarks`); until then, when the mark was lost, or with
   * no mark to come, another relay looks the entry's last event up by key, and its
   * batch token tells whether this append wrote it. Entries copied or restored by tools are written true. Bulk
   * rounds (`startStreams`) commit by one marker instead.
   */
  committed: boolean;
  /**
   * Set with the commit mark when the writer's store applied its own read models to the events
   * before marking: the relay then has nothing to apply (nor any head to check) for this entry.
   */
  applied?: boolean;
  createdAt: Date;
  actor: Actor;
  occurredAt: Date;
  correlationId: string;
  causationId: string;
  messages: {
    eventId: string;
    version: number;
    topic: string;
    type: string;
    schemaVersion: number;
    payload: Binary;
  }[];
}

/** The event's key: its stream position, zero-padded so keys sort in version order. */
export function eventKey(stream: StreamRef, version: number): string {
  return `${stream.tenantId}|${stream.streamId}|${String(version).padStart(12, '0')}`;
}

/** Streams are spread over this many relay shards; changing it needs a migration of `shard`. */
export const SHARD_COUNT = 16;

/** FNV-1a over tenant and stream id: stable across processes and releases. */
export function shardOf(stream: StreamRef): number {
  let hash = 0x811c9dc5;
  for (const char of `${stream.tenantId}\u0000${stream.streamId}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % SHARD_COUNT;
}

function outboxMessagesOf(outbox: NewEvent['outbox']): readonly OutboxMessage[] {
  if (outbox === undefined) return [];
  return isMessageList(outbox) ? outbox : [outbox];
}

function isMessageList(
  outbox: OutboxMessage | readonly OutboxMessage[],
): outbox is readonly OutboxMessage[] {
  return Array.isArray(outbox);
}

export function toDocuments(
  stream: StreamRef,
  expectedVersion: number,
  events: readonly NewEvent[],
  context: AppendContext,
  recordedAt: Date,
  /** An entry even with no messages: the relay applies the store's read models from it. */
  alwaysOutbox = false,
): { events: EventDocument[]; outbox: OutboxDocument | null } {
  const batchId = events[0]?.eventId ?? '';
  const token = randomUUID();
  const causationId = context.causationId ?? context.correlationId;
  const docs = events.map(({ eventId, event, schemaVersion = 1 }, index) => ({
    _id: eventKey(stream, expectedVersion + index + 1),
    eventId,
    tenantId: stream.tenantId,
    streamId: stream.streamId,
    version: expectedVersion + index + 1,
    type: event.type,
    schemaVersion,
    data: event.data,
    actor: context.actor,
    occurredAt: context.occurredAt,
    recordedAt,
    correlationId: context.correlationId,
    causationId,
    batch: { id: batchId, token, index, size: events.length },
  }));
  const messages = events.flatMap(({ eventId, outbox }, index) =>
    outboxMessagesOf(outbox).map((message, n) => ({
      eventId: n === 0 ? eventId : `${eventId}:${n}`,
      version: expectedVersion + index + 1,
      topic: message.topic,
      type: message.type,
      schemaVersion: message.schemaVersion,
      payload: new Binary(message.payload),
    })),
  );
  const outbox: OutboxDocument | null =
    messages.length === 0 && !alwaysOutbox
      ? null
      : {
          _id: token,
          tenantId: stream.tenantId,
          streamId: stream.streamId,
          shard: shardOf(stream),
          fromVersion: expectedVersion + 1,
          toVersion: expectedVersion + events.length,
          lastEventKey: eventKey(stream, expectedVersion + events.length),
          committed: false,
          createdAt: recordedAt,
          actor: context.actor,
          occurredAt: context.occurredAt,
          correlationId: context.correlationId,
          causationId,
          messages,
        };
  return { events: docs, outbox };
}

export function toRecorded<E extends DomainEvent>(doc: EventDocument): RecordedEvent<E> {
  return {
    eventId: doc.eventId,
    tenantId: doc.tenantId,
    streamId: doc.streamId,
    version: doc.version,
    type: doc.type,
    data: doc.data,
    schemaVersion: doc.schemaVersion,
    actor: doc.actor,
    occurredAt: doc.occurredAt,
    recordedAt: doc.recordedAt,
    correlationId: doc.correlationId,
    causationId: doc.causationId,
  };
}

/**
 * Drops a trailing batch that is not complete (still being written, or abandoned half-way). An
 * ordered insert writes a batch front to back, so a batch is whole when its last member is there.
 * Earlier batches of a stream are always whole: an append needs a whole batch below it.
 * `docs` hold one stream's events in version order.
 */
export function wholeBatchesOnly<T extends Pick<EventDocument, 'batch'>>(docs: readonly T[]): T[] {
  const last = docs.at(-1);
  if (!last || last.batch.index === last.batch.size - 1) return [...docs];
  return docs.filter((d) => d.batch.id !== last.batch.id);
}
