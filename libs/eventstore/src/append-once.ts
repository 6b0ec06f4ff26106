import { createHash } from 'node:crypto';
import { ConcurrencyError } from './concurrency-error';
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

async function headVersion(store: EventStore, stream: StreamRef): Promise<number> {
  const [last] = await store.events
    .find({ tenantId: stream.tenantId, streamId: stream.streamId })
    .sort({ version: -1 })
    .limit(1)
    .project<{ version: number }>({ version: 1 })
    .toArray();
  return last?.version ?? 0;
}

/**
 * Appends one event (with its outbox messages) at the head of `stream`, unless an event with its
 * id is already stored: for facts that arrive from outside more than once (retried activities,
 * redelivered webhooks), with the id derived from their own key. Relies on the store's unique
 * `eventId` index (`EventStore.ensureIndexes`) when two deliveries race. Answers whether this call
 * appended it.
 */
export async function appendOnce(
  store: EventStore,
  stream: StreamRef,
  event: NewEvent,
  context: AppendContext,
): Promise<boolean> {
  const { eventId } = event;
  const alreadyThere = async () => (await store.events.countDocuments({ eventId })) > 0;
  for (let attempt = 1; ; attempt += 1) {
    if (await alreadyThere()) return false;
    try {
      await store.append(stream, await headVersion(store, stream), [event], context);
      return true;
    } catch (error) {
      // The duplicate event id (a redelivery that raced the first) or another append in between.
      if (!(error instanceof ConcurrencyError)) throw error;
      if (await alreadyThere()) return false;
      if (attempt >= APPEND_ATTEMPTS) throw error;
    }
  }
}
