import { randomUUID } from 'node:crypto';
import { Binary } from 'mongodb';
import type {
  Actor,
  AppendContext,
  DomainEvent,
  NewEvent,
  RecordedEvent,
  StreamRef,
} from './events';

/**
 * One event as stored. The event documents are also the outbox: `pending` is true until the relay
 * has published `outbox` to Kafka. Events appended together share `batch`, so readers and the relay
 * can tell a whole append from one that is still being written (or was abandoned half-way: there
 * are no multi-document transactions on FerretDB, so a batch is made atomic by being ignored until
 * it is complete).
 */
export interface EventDocument {
  _id: string;
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
  /** Which relay lease covers this stream (see shardOf). */
  shard: number;
  pending: boolean;
  outbox: { topic: string; type: string; schemaVersion: number; payload: Binary } | null;
  publishedAt?: Date;
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

export function toDocuments(
  stream: StreamRef,
  expectedVersion: number,
  events: readonly NewEvent[],
  context: AppendContext,
  recordedAt: Date,
): EventDocument[] {
  const shard = shardOf(stream);
  const batchId = events[0]?.eventId ?? '';
  const token = randomUUID();
  return events.map(({ eventId, event, schemaVersion = 1, outbox }, index) => ({
    _id: eventId,
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
    causationId: context.causationId ?? context.correlationId,
    batch: { id: batchId, token, index, size: events.length },
    shard,
    pending: outbox !== undefined,
    outbox: outbox
      ? {
          topic: outbox.topic,
          type: outbox.type,
          schemaVersion: outbox.schemaVersion,
          payload: new Binary(outbox.payload),
        }
      : null,
  }));
}

export function toRecorded<E extends DomainEvent>(doc: EventDocument): RecordedEvent<E> {
  return {
    eventId: doc._id,
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
