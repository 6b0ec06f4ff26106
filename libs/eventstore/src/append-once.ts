import { createHash } from 'node:crypto';
import { ConcurrencyError } from './concurrency-error';
import { eventKey } from './event-document';
import type { EventStore } from './event-store';
import type { AppendContext, NewEvent, StreamRef } from './events';

/** A few tries when another append to the same stream got in between; then the caller's retry. */
const APPEND_ATTEMPTS = 5;

/**
 * A UUID-shaped event id that follows from a key (version nibble 8, RFC 9562 "custom"), so that
 * whoever derives it from the same key names the same event.
 */
export function eventIdFromKey(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-b${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Appends one event (with its outbox messages) at the head of `stream`, unless an event with its
 * id is already stored: for facts that arrive from outside more than once (retried activities,
 * redelivered webhooks), with the id derived from their own key. The store's unique `eventId`
 * index (`EventStore.ensureIndexes`) refuses the second copy; nothing is looked up by event id,
 * which on FerretDB would scan the event collection. Answers whether this call appended it.
 */
export async function appendOnce(
  store: EventStore,
  stream: StreamRef,
  event: NewEvent,
  context: AppendContext,
): Promise<boolean> {
  let refusedOnFreeKey = 0;
  for (let attempt = 1; ; attempt += 1) {
    const { version, unsettled } = await store.tail(stream);
    try {
      await store.append(stream, version, [event], context, { headJustRead: true, unsettled });
      return true;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      // The server names no index in its duplicate-key error (FerretDB), so look at our position.
      const taken = await store.events.findOne(
        { _id: eventKey(stream, version + 1) },
        { projection: { eventId: 1 } },
      );
      // Another delivery of the same fact got there first.
      if (taken?.eventId === event.eventId) return false;
      // The position was free, so the unique event id refused us: the event is further down. Twice,
      // because a racing writer's refused batch can hold the position for a moment and then leave.
      if (!taken && ++refusedOnFreeKey >= 2) return false;
      if (attempt >= APPEND_ATTEMPTS) throw error;
    }
  }
}
